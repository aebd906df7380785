package org.oncocurate.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores exported records against a gold file (schema curation-gold/1) by the rules of the project's evaluation
 * guide, exactly as {@code score.py} does: document-level sets for genes, drugs and trials; outcome facts matched on
 * trial, endpoint, measure and values, identical facts counted once per side, optional gold facts neither rewarded
 * nor penalised. Records with status "rejected" are not counted.
 */
public final class GoldScorer {
    private static final double ARM_TOLERANCE = 0.011;
    private static final double RATIO_TOLERANCE = 0.0006;

    private GoldScorer() {
    }

    public static Map<String, KindScore> score(List<JsonNode> allRecords, JsonNode gold) {
        List<JsonNode> records = allRecords.stream()
                .filter(record -> !"rejected".equals(record.path("status").asText())).toList();
        Function<String, String> resolve = trialResolver(gold, records);
        Map<String, KindScore> result = new LinkedHashMap<>();
        if (gold.has("genes")) {
            result.put("gene", entities(records, "gene", "symbol", gold, "genes", false));
        }
        if (gold.has("drugs")) {
            result.put("drug", entities(records, "drug", "name", gold, "drugs", true));
        }
        if (gold.has("trials")) {
            Set<String> goldTrials = new TreeSet<>();
            gold.get("trials").forEach(trial -> goldTrials.add(normalizeTrial(trial.get("name").asText())));
            Set<String> found = new TreeSet<>();
            for (JsonNode record : records) {
                if ("trial".equals(record.path("kind").asText()) && !record.path("name").asText("").isEmpty()) {
                    found.add(resolve.apply(record.get("name").asText()));
                }
            }
            result.put("trial", setScore("trial", found, goldTrials, Set.of()));
        }
        if (gold.has("outcomes")) {
            result.put("outcome", outcomes(records, gold, resolve));
        }
        return result;
    }

    private static KindScore entities(List<JsonNode> records, String kind, String field, JsonNode gold, String key,
                                      boolean caseless) {
        Set<String> required = new TreeSet<>();
        Set<String> optional = new TreeSet<>();
        for (JsonNode item : gold.get(key)) {
            String name = item.isObject() ? item.get(field).asText() : item.asText();
            (item.isObject() && truthy(item.get("doubtful"), false) ? optional : required)
                    .add(caseless ? name.toLowerCase(Locale.ROOT) : name);
        }
        for (JsonNode item : gold.path("optional_" + key)) {
            String name = item.isObject() ? item.get(field).asText() : item.asText();
            optional.add(caseless ? name.toLowerCase(Locale.ROOT) : name);
        }
        Set<String> found = new TreeSet<>();
        for (JsonNode record : records) {
            JsonNode raw = record.get(field);
            String value = raw == null || raw.isContainerNode() ? "" : raw.asText("").strip();
            if (kind.equals(record.path("kind").asText()) && truthy(raw, false)) {
                found.add(caseless ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        return setScore(kind, found, required, optional);
    }

    private static KindScore setScore(String kind, Set<String> found, Set<String> required, Set<String> optional) {
        Set<String> truePositives = new TreeSet<>(found);
        truePositives.retainAll(required);
        Set<String> spurious = new TreeSet<>(found);
        spurious.removeAll(required);
        spurious.removeAll(optional);
        Set<String> missed = new TreeSet<>(required);
        missed.removeAll(found);
        return KindScore.of(kind, truePositives.size(), spurious.size(), missed.size(), new ArrayList<>(missed),
                new ArrayList<>(spurious), 0, 0);
    }

    private static KindScore outcomes(List<JsonNode> records, JsonNode gold, Function<String, String> resolve) {
        List<JsonNode> core = new ArrayList<>();
        List<JsonNode> optional = new ArrayList<>();
        for (JsonNode outcome : gold.get("outcomes")) {
            (truthy(outcome.get("core"), true) ? core : optional).add(outcome);
        }
        gold.path("optional_outcomes").forEach(optional::add);
        List<JsonNode> golds = dedupe(core, resolve);
        List<JsonNode> outcomeRecords = records.stream()
                .filter(record -> "outcome".equals(record.path("kind").asText())).toList();
        List<JsonNode> predictions = dedupe(outcomeRecords, resolve);
        Matching matching = match(predictions, golds, optional, resolve);
        List<String> missed = matching.missed().stream().map(GoldScorer::describeGold).toList();
        List<String> spurious = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            if (!matching.used().contains(i)) {
                spurious.add(describe(predictions.get(i)));
            }
        }
        KindScore score = KindScore.of("outcome", matching.truePositives(),
                predictions.size() - matching.used().size(), golds.size() - matching.truePositives(), missed,
                spurious, matching.ciCorrect(), matching.ciTotal());
        if (outcomeRecords.stream().noneMatch(record -> record.has("checks_pass"))) {
            return score;
        }
        // Curator trust: the facts whose checks all pass are the ones a curator may approve in bulk.
        List<JsonNode> trusted = dedupe(outcomeRecords.stream()
                .filter(record -> record.path("checks_pass").isBoolean() && record.get("checks_pass").booleanValue())
                .toList(), resolve);
        Matching trustedMatching = match(trusted, golds, optional, resolve);
        return score.withTrusted(trustedMatching.truePositives(),
                trusted.size() - trustedMatching.used().size());
    }

    /** Which predictions match which gold facts, first come first served, as score.py's match_outcomes. */
    private static Matching match(List<JsonNode> predictions, List<JsonNode> golds, List<JsonNode> optional,
                                  Function<String, String> resolve) {
        Set<Integer> used = new HashSet<>();
        int truePositives = 0;
        int ciCorrect = 0;
        int ciTotal = 0;
        List<JsonNode> missed = new ArrayList<>();
        for (JsonNode expected : golds) {
            Integer hit = null;
            for (int i = 0; i < predictions.size() && hit == null; i++) {
                if (!used.contains(i) && matches(predictions.get(i), expected, resolve)) {
                    hit = i;
                }
            }
            if (hit == null) {
                missed.add(expected);
                continue;
            }
            used.add(hit);
            truePositives++;
            if (truthy(expected.get("ci"), false)) {
                ciTotal++;
                ciCorrect += sameCi(predictions.get(hit), expected) ? 1 : 0;
            }
        }
        for (int i = 0; i < predictions.size(); i++) {
            JsonNode prediction = predictions.get(i);
            if (!used.contains(i) && optional.stream().anyMatch(o -> matches(prediction, o, resolve))) {
                used.add(i);
            }
        }
        return new Matching(truePositives, used, missed, ciCorrect, ciTotal);
    }

    private record Matching(int truePositives, Set<Integer> used, List<JsonNode> missed, int ciCorrect,
                            int ciTotal) {
    }

    private static boolean matches(JsonNode prediction, JsonNode expected, Function<String, String> resolve) {
        return outcomeKey(prediction, resolve).equals(outcomeKey(expected, resolve)) && sameValues(prediction, expected);
    }

    static String normalizeTrial(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static Function<String, String> trialResolver(JsonNode gold, List<JsonNode> records) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode trial : gold.path("trials")) {
            String canonical = normalizeTrial(trial.get("name").asText());
            names.put(canonical, canonical);
            trial.path("aliases").forEach(alias -> names.put(normalizeTrial(alias.asText()), canonical));
            if (trial.hasNonNull("nct")) {
                names.put(normalizeTrial(trial.get("nct").asText()), canonical);
            }
        }
        // A trial record that gives a registry id the gold knows names that trial, whatever name it prints.
        for (JsonNode record : records) {
            if ("trial".equals(record.path("kind").asText()) && truthy(record.get("name"), false)
                    && truthy(record.get("nct"), false)) {
                String canonical = names.get(normalizeTrial(record.get("nct").asText()));
                if (canonical != null) {
                    names.putIfAbsent(normalizeTrial(record.get("name").asText()), canonical);
                }
            }
        }
        return name -> {
            String normalized = normalizeTrial(name);
            return names.getOrDefault(normalized, normalized);
        };
    }

    private static List<Object> outcomeKey(JsonNode outcome, Function<String, String> resolve) {
        return List.of(resolve.apply(text(outcome.get("trial"))), text(outcome.get("endpoint")).toUpperCase(Locale.ROOT),
                text(outcome.get("measure")).toUpperCase(Locale.ROOT));
    }

    /** Python's str() of a JSON value as score.py applies it: a null reads "None", a missing field "". */
    private static String text(JsonNode value) {
        if (value == null) {
            return "";
        }
        return value.isNull() ? "None" : value.asText();
    }

    /** Python's truth value of a JSON value, as score.py tests fields; {@code missing} when the field is absent. */
    static boolean truthy(JsonNode value, boolean missing) {
        if (value == null || value.isMissingNode()) {
            return missing;
        }
        if (value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }

    private static List<Double> armValues(JsonNode outcome) {
        List<Double> values = new ArrayList<>();
        for (JsonNode arm : outcome.path("arms")) {
            JsonNode value = arm.isObject() ? arm.get("value") : arm;
            if (value != null && !value.isNull()) {
                values.add(value.asDouble());
            }
        }
        values.sort(null);
        return values;
    }

    private static boolean sameValues(JsonNode prediction, JsonNode expected) {
        String measure = expected.path("measure").asText().toLowerCase(Locale.ROOT);
        if (measure.equals("median") || measure.equals("rate")) {
            List<Double> predicted = armValues(prediction);
            List<Double> wanted = armValues(expected);
            if (predicted.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (Math.abs(predicted.get(i) - wanted.get(i)) > ARM_TOLERANCE) {
                    return false;
                }
            }
            return true;
        }
        return close(prediction.get("value"), expected.get("value"), RATIO_TOLERANCE);
    }

    private static boolean sameCi(JsonNode prediction, JsonNode expected) {
        JsonNode predicted = prediction.get("ci");
        JsonNode wanted = expected.get("ci");
        return predicted != null && predicted.isArray() && predicted.size() == 2
                && close(predicted.get(0), wanted.get(0), RATIO_TOLERANCE)
                && close(predicted.get(1), wanted.get(1), RATIO_TOLERANCE);
    }

    private static boolean close(JsonNode a, JsonNode b, double tolerance) {
        return a != null && b != null && !a.isNull() && !b.isNull() && Math.abs(a.asDouble() - b.asDouble()) <= tolerance;
    }

    private static List<JsonNode> dedupe(List<JsonNode> outcomes, Function<String, String> resolve) {
        Set<List<Object>> seen = new HashSet<>();
        List<JsonNode> unique = new ArrayList<>();
        for (JsonNode outcome : outcomes) {
            JsonNode value = outcome.get("value");
            List<Object> signature = List.of(outcomeKey(outcome, resolve), armValues(outcome),
                    value == null || value.isNull() ? "None" : value.isNumber() ? (Object) value.asDouble()
                            : "text:" + value.asText());
            if (seen.add(signature)) {
                unique.add(outcome);
            }
        }
        return unique;
    }

    /** A predicted fact as score.py lists it: its arm values sorted, else its value. */
    private static String describe(JsonNode outcome) {
        List<Double> arms = armValues(outcome);
        String values = arms.isEmpty() ? PythonRepr.of(outcome.get("value")) : Objects.toString(arms);
        return PythonRepr.str(outcome.get("trial")) + " " + PythonRepr.str(outcome.get("endpoint")) + " "
                + PythonRepr.str(outcome.get("measure")) + " " + values;
    }

    /** A gold fact as score.py lists it: its arms as written, else its value. */
    private static String describeGold(JsonNode outcome) {
        JsonNode arms = outcome.get("arms");
        String values = truthy(arms, false) ? PythonRepr.of(arms) : PythonRepr.of(outcome.get("value"));
        return PythonRepr.str(outcome.get("trial")) + " " + PythonRepr.str(outcome.get("endpoint")) + " "
                + PythonRepr.str(outcome.get("measure")) + " " + values;
    }
}
