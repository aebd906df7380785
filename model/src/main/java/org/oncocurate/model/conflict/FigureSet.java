package org.oncocurate.model.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.finding.TrialNames;

/**
 * What {@link ConflictRule} compares of an outcome fact, whether it comes from an extraction or from a stored
 * record: trial, endpoint, measure, figures, CI and the arms compared.
 *
 * @param trial      the trial's name, or null when unknown
 * @param figures    arm values (medians, rates) or the ratio
 * @param ci         [lower, upper] or null
 * @param comparison the labels of the arms compared, empty when unknown
 */
public record FigureSet(String trial, String endpoint, Measure measure, List<Double> figures, List<Double> ci,
                        List<String> comparison) {
    public FigureSet {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(measure, "measure");
        figures = List.copyOf(figures);
        ci = ci == null || ci.size() != 2 ? null : List.copyOf(ci);
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
    }

    public static FigureSet of(OutcomeFinding outcome) {
        return new FigureSet(outcome.trial(), outcome.endpoint(), outcome.measure(), outcome.figures(), outcome.ci(),
                outcome.comparison().stream().map(Treatment::label).toList());
    }

    /** Reads an outcome record of the JSON Lines export (the shape {@code ExportRecords} writes). */
    public static FigureSet fromRecord(JsonNode record) {
        Measure measure = Measure.fromLabel(record.path("measure").asText());
        List<Double> figures = new ArrayList<>();
        if (measure.isRatio()) {
            if (record.path("value").isNumber()) {
                figures.add(record.get("value").asDouble());
            }
        } else {
            for (JsonNode arm : record.path("arms")) {
                JsonNode value = arm.isObject() ? arm.get("value") : arm;
                if (value != null && value.isNumber()) {
                    figures.add(value.asDouble());
                }
            }
        }
        JsonNode ciNode = record.path("ci");
        List<Double> ci = ciNode.isArray() && ciNode.size() == 2 && ciNode.get(0).isNumber()
                && ciNode.get(1).isNumber() ? List.of(ciNode.get(0).asDouble(), ciNode.get(1).asDouble()) : null;
        List<String> comparison = new ArrayList<>();
        for (JsonNode arm : record.path("comparison_arms")) {
            if (arm.path("label").isTextual()) {
                comparison.add(arm.get("label").asText());
            }
        }
        JsonNode trial = record.get("trial");
        return new FigureSet(trial == null || trial.isNull() ? null : trial.asText(),
                record.path("endpoint").asText(), measure, figures, ci, comparison);
    }

    /** Trial, endpoint and measure as compared: facts about different ones never conflict. */
    public String subject() {
        return (trial == null ? "?" : TrialNames.normalize(trial)) + ":" + endpoint.toUpperCase(Locale.ROOT) + ":"
                + measure.label();
    }
}
