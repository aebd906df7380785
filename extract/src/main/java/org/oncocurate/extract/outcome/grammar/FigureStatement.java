package org.oncocurate.extract.outcome.grammar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.oncocurate.model.finding.Measure;

/**
 * One figure set read from text: a series of medians or rates (one per arm), or a ratio with its CI and p value.
 *
 * @param readings    the values: one per arm for medians and rates, one for a ratio
 * @param ci          [lower, upper] of the CI, or null
 * @param p           the p value ("&lt;0.001", "0.02"), or null
 * @param unit        "months" (or another time unit), "%" for rates, null for ratios
 * @param labels      for a series, the words naming each value's arm where the text gives them (null entries
 *                    elsewhere); empty for a ratio
 * @param series      for a ratio stated with a series of medians or rates, that series' index among the statements
 *                    of the same parse; -1 otherwise
 * @param afterValue  for a ratio stated with a series, how many of the series' values precede it
 * @param respectively true when the series ends in "respectively": its arms were named before it, in order
 * @param start       where the figures start in the text (the first value, or the ratio's name)
 * @param end         where they end
 * @param repairs     OCR repairs made in reading it ("PES → PFS")
 * @param ciLevel     the CI's confidence level when the paper prints one other than 95% ("99.2% CI"), else null
 */
public record FigureStatement(String endpoint, Measure measure, List<Reading> readings, List<Double> ci, String p,
                              String unit, List<LabelSpan> labels, int series, int afterValue, boolean respectively,
                              int start, int end, List<String> repairs, Double ciLevel) {
    public FigureStatement {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(measure, "measure");
        readings = List.copyOf(readings);
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one value");
        }
        ci = ci == null ? null : List.copyOf(ci);
        labels = Collections.unmodifiableList(new ArrayList<>(labels));
        repairs = List.copyOf(repairs);
        if (ciLevel != null && (ci == null || !(ciLevel > 0 && ciLevel < 100))) {
            throw new IllegalArgumentException("a confidence level goes with a CI and lies between 0 and 100");
        }
    }

    /** A statement whose CI, if any, is a 95% CI. */
    public FigureStatement(String endpoint, Measure measure, List<Reading> readings, List<Double> ci, String p,
                           String unit, List<LabelSpan> labels, int series, int afterValue, boolean respectively,
                           int start, int end, List<String> repairs) {
        this(endpoint, measure, readings, ci, p, unit, labels, series, afterValue, respectively, start, end, repairs,
                null);
    }

    FigureStatement withP(String newP, int newEnd) {
        return new FigureStatement(endpoint, measure, readings, ci, newP, unit, labels, series, afterValue,
                respectively, start, Math.max(end, newEnd), repairs, ciLevel);
    }
}
