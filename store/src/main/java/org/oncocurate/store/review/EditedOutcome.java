package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.json.Json;

/**
 * An outcome fact with a curator's values: the machine's fact (its evidence, comparison and confidence) with the
 * edited figures, checked again so that the checks stored, shown and exported with the edit describe the edit.
 */
final class EditedOutcome {
    private EditedOutcome() {
    }

    /** {@code curated} with its checks replaced by those of its own values; a 400 when they do not make a fact. */
    static ObjectNode rechecked(String machineJson, ObjectNode curated, OutcomeRecheck recheck) {
        OutcomeFinding machine = (OutcomeFinding) Json.read(machineJson, Finding.class);
        OutcomeFinding edited;
        try {
            List<Double> ci = numbers(curated.get("ci"));
            edited = new OutcomeFinding(text(curated, "trial"), text(curated, "endpoint"),
                    Measure.fromLabel(text(curated, "measure")), arms(curated.get("arms")),
                    curated.path("value").isNumber() ? curated.get("value").asDouble() : null, ci,
                    text(curated, "p"), text(curated, "unit"), machine.comparison(), machine.source(), List.of(),
                    machine.conflicts(), machine.evidence(), machine.confidence(),
                    ci == null ? null : machine.ciLevel());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReviewException.badRequest("the edited values do not make an outcome fact: " + e.getMessage());
        }
        List<CheckResult> checks = recheck.run(edited);
        ObjectNode result = curated.deepCopy();
        ArrayNode array = result.putArray("checks");
        checks.forEach(check -> array.add(Json.mapper().valueToTree(check)));
        result.put("checks_pass", checks.stream().allMatch(CheckResult::passed));
        result.put("trial_unknown", edited.trial() == null);
        if (edited.ci() == null) {
            result.remove("ci_level");
        }
        return result;
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<Double> numbers(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        List<Double> numbers = new ArrayList<>();
        array.forEach(number -> numbers.add(number.asDouble()));
        return numbers;
    }

    private static List<Arm> arms(JsonNode array) {
        List<Arm> arms = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return arms;
        }
        for (JsonNode arm : array) {
            List<String> drugs = new ArrayList<>();
            arm.path("drugs").forEach(drug -> drugs.add(drug.asText()));
            arms.add(new Arm(text(arm, "label"), arm.path("value").isNumber() ? arm.get("value").asDouble() : null,
                    drugs));
        }
        return arms;
    }
}
