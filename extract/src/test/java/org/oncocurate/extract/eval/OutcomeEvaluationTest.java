package org.oncocurate.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.model.export.ExportRecords;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;

/**
 * Outcome extraction measured against the seed gold on the review's OCR text, read as plain text: the prose as OCR
 * gave it and its tables as flattened, garbled lines. The figures are printed for the record; the assertions hold the
 * level this text reaches so that a regression fails the build.
 */
class OutcomeEvaluationTest {
    private static Findings findings;
    private static KindScore score;

    @BeforeAll
    static void extract() {
        findings = Extractor.create(ExtractionResources.load()).apply(SeedCorpus.ocrText());
        ExportRecords.Provenance provenance = new ExportRecords.Provenance(findings.paperId(),
                findings.bibliography(), findings.extractorVersion(), findings.lexiconVersions());
        List<JsonNode> records = new ArrayList<>();
        for (Finding finding : findings.findings()) {
            records.add(ExportRecords.toRecord(provenance, finding, "pending"));
        }
        score = GoldScorer.score(records, SeedCorpus.outcomeGold()).get("outcome");
        System.out.printf("outcomes on the OCR text: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) ci=%d/%d%n",
                score.precision(), score.recall(), score.f1(), score.tp(), score.fp(), score.fn(), score.ciCorrect(),
                score.ciTotal());
        System.out.println("missed: " + score.missed());
        System.out.println("spurious: " + score.spurious());
    }

    @Test
    void outcomeF1OnTheOcrTextHoldsItsLevel() {
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.61);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.69);
    }

    @Test
    void nearlyEveryFigureStatedInTheProseIsFound() {
        List<String> prose = new ArrayList<>();
        for (JsonNode gold : SeedCorpus.outcomeGold().get("outcomes")) {
            if (gold.path("source").asText().startsWith("text")) {
                prose.add(describe(gold));
            }
        }
        List<String> missed = prose.stream().filter(score.missed()::contains).toList();
        System.out.println("prose facts missed: " + missed);

        assertThat(1.0 - (double) missed.size() / prose.size()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findsTheThreeConflictsOfTheGold() {
        assertThat(GoldConflicts.total(SeedCorpus.outcomeGold())).isEqualTo(3);
        assertThat(GoldConflicts.missed(findings.findings(), SeedCorpus.outcomeGold())).isEmpty();
    }

    /** A gold fact as {@link GoldScorer} lists it when missed. */
    private static String describe(JsonNode gold) {
        List<Double> arms = toList(gold.path("arms"));
        return gold.get("trial").asText() + " " + gold.get("endpoint").asText() + " " + gold.get("measure").asText()
                + " " + (arms.isEmpty() ? gold.get("value").asText() : arms.stream().sorted().toList());
    }

    private static List<Double> toList(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asDouble()));
        return values;
    }
}
