package org.oncocurate.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.extract.outcome.OutcomeChecks;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.TrialNames;

/**
 * Which conflicts of a gold file (its "conflicts": the same trial, endpoint and measure stated with different figures)
 * the extraction found: a conflict is found when two outcome facts of that subject with those figures list each
 * other as conflicting. Figures compare as {@code score.py} compares arm values (any order, ±0.01), a flagged lost
 * decimal point read as restored ("253" as 25.3).
 */
public final class GoldConflicts {
    private static final double TOLERANCE = 0.011;

    private GoldConflicts() {
    }

    /** The gold conflicts not found, each described as "TRIAL ENDPOINT MEASURE [figures] vs [figures]". */
    public static List<String> missed(List<Finding> findings, JsonNode gold) {
        List<String> missed = new ArrayList<>();
        for (JsonNode conflict : gold.path("conflicts")) {
            List<List<Double>> values = new ArrayList<>();
            for (JsonNode set : conflict.get("values")) {
                values.add(set.isArray() ? numbers(set) : List.of(set.asDouble()));
            }
            String trial = conflict.get("trial").asText();
            String endpoint = conflict.get("endpoint").asText();
            String measure = conflict.get("measure").asText();
            if (values.size() != 2 || !found(findings, trial, endpoint, measure, values.get(0), values.get(1))) {
                missed.add(trial + " " + endpoint + " " + measure + " " + String.join(" vs ",
                        values.stream().map(String::valueOf).toList()));
            }
        }
        return missed;
    }

    public static int total(JsonNode gold) {
        return gold.path("conflicts").size();
    }

    private static boolean found(List<Finding> findings, String trial, String endpoint, String measure,
                                 List<Double> first, List<Double> second) {
        List<OutcomeFinding> outcomes = findings.stream().filter(OutcomeFinding.class::isInstance)
                .map(OutcomeFinding.class::cast)
                .filter(fact -> fact.trial() != null
                        && TrialNames.normalize(fact.trial()).equals(TrialNames.normalize(trial))
                        && fact.endpoint().equalsIgnoreCase(endpoint) && fact.measure().label().equals(measure))
                .toList();
        Map<String, OutcomeFinding> byKey = new HashMap<>();
        outcomes.forEach(fact -> byKey.put(fact.key(), fact));
        for (OutcomeFinding fact : outcomes) {
            for (var conflict : fact.conflicts()) {
                OutcomeFinding other = byKey.get(conflict.key());
                if (other != null && same(OutcomeChecks.repairedFigures(fact), first)
                        && same(OutcomeChecks.repairedFigures(other), second)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(List<Double> found, List<Double> wanted) {
        List<Double> sortedFound = found.stream().sorted().toList();
        List<Double> sortedWanted = wanted.stream().sorted().toList();
        if (sortedFound.size() != sortedWanted.size()) {
            return false;
        }
        for (int i = 0; i < sortedFound.size(); i++) {
            if (Math.abs(sortedFound.get(i) - sortedWanted.get(i)) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asDouble()));
        return values;
    }
}
