package org.oncocurate.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncocurate.model.json.Json;

/**
 * GoldScorer must score exactly as the project's reference scorer, score.py. The fixture records and gold file hold
 * the edge cases (rejected records, blank and missing fields, drug case, doubtful and optional items, trial aliases
 * and registry ids, a trial record naming its registry id, duplicate and optional outcome facts, missing versus null
 * trials, empty CIs, facts whose checks pass or fail); score.py.json is
 * score.py's verdict on them (python3 score.py records.jsonl gold.json --json).
 */
class GoldScorerTest {
    private static final Path SCORE_PY = Path.of(System.getProperty("oncocurate.tools.dir", "../shared/tools"),
            "score.py");

    @TempDir
    Path folder;

    @Test
    void theScoresAreTheReferenceScorersOnTheFixture() throws IOException {
        Map<String, KindScore> scores = GoldScorer.score(records(resource("records.jsonl")),
                Json.mapper().readTree(resource("gold.json")));
        assertAgree(scores, Json.mapper().readTree(resource("score.py.json")));
    }

    @Test
    void theScoresAreWhatScorePyPrintsWhenItCanBeRun() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SCORE_PY), "score.py is not at " + SCORE_PY.toAbsolutePath());
        Path records = folder.resolve("records.jsonl");
        Path gold = folder.resolve("gold.json");
        Files.writeString(records, resource("records.jsonl"));
        Files.writeString(gold, resource("gold.json"));
        JsonNode reference = runScorePy(records, gold);

        assertAgree(GoldScorer.score(records(Files.readString(records)), Json.mapper().readTree(gold.toFile())),
                reference);
    }

    static JsonNode runScorePy(Path records, Path gold) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("python3", SCORE_PY.toString(), records.toString(), gold.toString(), "--json")
                    .redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.abort("python3 cannot be started here: " + e.getMessage());
            throw e;
        }
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return Json.mapper().readTree(output);
    }

    static void assertAgree(Map<String, KindScore> scores, JsonNode reference) {
        List<String> kinds = new ArrayList<>();
        reference.fieldNames().forEachRemaining(kinds::add);
        assertThat(scores.keySet()).containsExactlyElementsOf(kinds);
        for (String kind : kinds) {
            JsonNode expected = reference.get(kind);
            KindScore actual = scores.get(kind);
            assertThat(actual.tp()).as(kind + " tp").isEqualTo(expected.get("tp").asInt());
            assertThat(actual.fp()).as(kind + " fp").isEqualTo(expected.get("fp").asInt());
            assertThat(actual.fn()).as(kind + " fn").isEqualTo(expected.get("fn").asInt());
            assertNumber(kind + " precision", actual.precision(), expected.get("precision"));
            assertNumber(kind + " recall", actual.recall(), expected.get("recall"));
            assertNumber(kind + " f1", actual.f1(), expected.get("f1"));
            assertThat(actual.missed()).as(kind + " missed").containsExactlyElementsOf(texts(expected.get("missed")));
            assertThat(actual.spurious()).as(kind + " spurious")
                    .containsExactlyElementsOf(texts(expected.get("spurious")));
            if (expected.has("ci_correct")) {
                assertThat(actual.ciCorrect() + "/" + actual.ciTotal()).as(kind + " ci")
                        .isEqualTo(expected.get("ci_correct").asText());
            }
            if (expected.has("trusted_tp")) {
                assertThat(actual.trustedTp()).as(kind + " trusted tp").isEqualTo(expected.get("trusted_tp").asInt());
                assertThat(actual.trustedFp()).as(kind + " trusted fp").isEqualTo(expected.get("trusted_fp").asInt());
                assertNumber(kind + " trusted precision", actual.trustedPrecision(), expected.get("trusted_precision"));
                assertNumber(kind + " trusted share", actual.trustedShare(), expected.get("trusted_share"));
            } else {
                assertThat(actual.trustedTp()).as(kind + " trusted tp").isNull();
            }
        }
    }

    private static void assertNumber(String what, Double actual, JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isCloseTo(expected.asDouble(), org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    static List<JsonNode> records(String jsonLines) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                records.add(Json.mapper().readTree(line));
            }
        }
        return records;
    }

    private static String resource(String name) throws IOException {
        try (InputStream stream = GoldScorerTest.class.getResourceAsStream(name)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
