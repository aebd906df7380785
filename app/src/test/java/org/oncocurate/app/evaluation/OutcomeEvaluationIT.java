package org.oncocurate.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.extract.eval.GoldConflicts;
import org.oncocurate.extract.eval.GoldScorer;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.export.ExportRecords;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.Bibliography;

/**
 * Outcome extraction measured on the seed review's PDFs, read by ingest and extract as the pipeline reads them, and
 * scored against the gold with the project's scorer. The figures are printed for the record.
 */
class OutcomeEvaluationIT {
    private static final Path CORPUS = Path.of("..", "corpus", "seed");
    private static JsonNode gold;
    private static KindScore flattened;
    private static KindScore typeset;
    private static List<Finding> flattenedFindings;
    private static List<Finding> typesetFindings;

    @BeforeAll
    static void extractBothPdfs() throws IOException, StageRejection {
        gold = Json.read(Files.readAllBytes(CORPUS.resolve("outcomes.gold.json")), JsonNode.class);
        Extractor extractor = Extractor.create(ExtractionResources.load());
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT)) {
            flattenedFindings = extract(ingest, extractor, "endocrine-resistance-review.pdf");
            typesetFindings = extract(ingest, extractor, "endocrine-resistance-review.tables.pdf");
        }
        flattened = score(flattenedFindings, "endocrine-resistance-review.pdf");
        typeset = score(typesetFindings, "endocrine-resistance-review.tables.pdf");
    }

    /** Prose, and tables that OCR flattened into garbled lines of text: the target is F1 0.70. */
    @Test
    void outcomesOfTheReviewWithFlattenedTablesReachTheTarget() {
        assertThat(flattened.f1()).isGreaterThanOrEqualTo(0.70);
    }

    /** With TABLE 1 and TABLE 3 read as cell grids: F1 0.90, and every matched hazard ratio with its CI right. */
    @Test
    void outcomesOfTheReviewWithTypesetTablesReachTheTarget() {
        assertThat(typeset.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(typeset.ciTotal()).isPositive();
        assertThat(typeset.ciCorrect()).isEqualTo(typeset.ciTotal());
    }

    @Test
    void theThreeConflictsOfTheReviewAreFoundInBothPdfs() {
        assertThat(GoldConflicts.total(gold)).isEqualTo(3);
        assertThat(GoldConflicts.missed(typesetFindings, gold)).as("conflicts missed in the typeset PDF").isEmpty();
        assertThat(GoldConflicts.missed(flattenedFindings, gold)).as("conflicts missed in the flattened PDF")
                .isEmpty();
    }

    private static List<Finding> extract(PdfIngest ingest, Extractor extractor, String pdf)
            throws IOException, StageRejection {
        return extractor.apply(ingest.apply(Files.readAllBytes(CORPUS.resolve(pdf)))).findings();
    }

    private static KindScore score(List<Finding> findings, String pdf) {
        ExportRecords.Provenance provenance = new ExportRecords.Provenance(
                PaperId.of(pdf.getBytes(StandardCharsets.UTF_8)), Bibliography.UNKNOWN, "evaluation", Map.of());
        List<JsonNode> records = new ArrayList<>();
        for (Finding finding : findings) {
            records.add(ExportRecords.toRecord(provenance, finding, "pending"));
        }
        KindScore score = GoldScorer.score(records, gold).get("outcome");
        System.out.printf("outcomes of %s: P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d) ci=%d/%d%n", pdf,
                score.precision(), score.recall(), score.f1(), score.tp(), score.fp(), score.fn(), score.ciCorrect(),
                score.ciTotal());
        System.out.println("  missed: " + score.missed());
        System.out.println("  spurious: " + score.spurious());
        return score;
    }
}
