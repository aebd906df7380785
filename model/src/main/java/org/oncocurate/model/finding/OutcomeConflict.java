package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * Another statement of the same trial, endpoint and measure in the same paper whose figures disagree with this one
 * (a table saying 27.6 months where the prose says 24.8): a curator decides which is right.
 *
 * @param key    the other finding's key
 * @param values the other finding's figures: its arm values (medians, rates) or its ratio
 * @param ci     the other finding's confidence interval, or null
 * @param p      the other finding's p value as printed, or null
 */
public record OutcomeConflict(String key, OutcomeSource source, List<Double> values, List<Double> ci, String p) {
    public OutcomeConflict {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        values = List.copyOf(values);
        ci = ci == null ? null : List.copyOf(ci);
    }
}
