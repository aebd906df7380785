package org.oncocurate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.extract.eval.GoldScorer;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.json.Json;

/**
 * Ingest and extraction on the seed review's two PDFs (real tables; OCR text layer), scored by the evaluation rules
 * against the seed gold files: genes and drugs by entities.gold.json, trials by the trial list of outcomes.gold.json.
 */
class SeedCorpusEvaluationIT {
    private static Path seed;
    private static Extractor extractor;
    private static JsonNode entitiesGold;
    private static JsonNode outcomesGold;

    @BeforeAll
    static void load() throws IOException {
        seed = seedCorpus();
        extractor = Extractor.create(ExtractionResources.load());
        entitiesGold = Json.mapper().readTree(seed.resolve("entities.gold.json").toFile());
        outcomesGold = Json.mapper().readTree(seed.resolve("outcomes.gold.json").toFile());
    }

    private static List<JsonNode> records(String pdf) throws Exception {
        IngestLimits limits = new IngestLimits(100_000_000L, 500, Duration.ofMinutes(2), 805_306_368L);
        try (PdfIngest ingest = PdfIngest.inProcess(limits)) {
            return EvalCommand.records(extractor.apply(ingest.apply(Files.readAllBytes(seed.resolve(pdf)))));
        }
    }

    @Test
    void theTablesPdfMeetsTheGeneDrugAndTrialTargets() throws Exception {
        List<JsonNode> records = records("endocrine-resistance-review.tables.pdf");
        Map<String, KindScore> entities = GoldScorer.score(records, entitiesGold);
        KindScore trials = GoldScorer.score(records, outcomesGold).get("trial");

        assertF1(entities.get("gene"), 0.85);
        assertF1(entities.get("drug"), 0.90);
        assertF1(trials, 0.95);
    }

    @Test
    void theOcrTextLayerPdfMeetsTheGeneAndDrugTargets() throws Exception {
        Map<String, KindScore> entities = GoldScorer.score(records("endocrine-resistance-review.pdf"), entitiesGold);

        assertF1(entities.get("gene"), 0.80);
        assertF1(entities.get("drug"), 0.85);
    }

    private static void assertF1(KindScore score, double target) {
        assertThat(score.f1()).as("%s F1 (P=%s R=%s), missed %s, spurious %s", score.kind(), score.precision(),
                score.recall(), score.missed(), score.spurious()).isGreaterThanOrEqualTo(target);
    }

    private static Path seedCorpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("corpus/seed");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no corpus/seed above " + Path.of("").toAbsolutePath());
    }
}
