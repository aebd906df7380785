package org.oncocurate.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.extract.eval.GoldScorer;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.export.ExportRecords;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.StageRejection;

/**
 * Outcome extraction measured on the seed review's PDFs, read by ingest and extract as the pipeline reads them, and
 * scored against the gold with the project's scorer. The figures are printed for the record.
 */
class OutcomeEvaluationIT {
    private static final Path CORPUS = Path.of("..", "corpus", "seed");
    private static KindScore flattened;
    private static KindScore typeset;

    @BeforeAll
    static void extractBothPdfs() throws IOException, StageRejection {
        JsonNode gold = Json.read(Files.readAllBytes(CORPUS.resolve("outcomes.gold.json")), JsonNode.class);
        Extractor extractor = Extractor.create(ExtractionResources.load());
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT)) {
            flattened = score(ingest, extractor, "endocrine-resistance-review.pdf", gold);
            typeset = score(ingest, extractor, "endocrine-resistance-review.tables.pdf", gold);
        }
    }

    /** Prose, and tables that OCR flattened into lines of text. */
    @Test
    void outcomesOfTheReviewWithFlattenedTablesHoldTheirLevel() {
        assertThat(flattened.f1()).isGreaterThanOrEqualTo(0.60);
        assertThat(flattened.recall()).isGreaterThanOrEqualTo(0.67);
    }

    /** The floor for the typeset tables, whatever the shape they arrive in. */
    @Test
    void outcomesOfTheReviewWithTypesetTablesHoldTheirLevel() {
        assertThat(typeset.f1()).isGreaterThanOrEqualTo(0.59);
        assertThat(typeset.recall()).isGreaterThanOrEqualTo(0.67);
        assertThat(typeset.ciCorrect()).isGreaterThanOrEqualTo(7);
    }

    /** With TABLE 1 and TABLE 3 read as cell grids (PaperText.tables). */
    @Test
    void outcomesOfTheReviewWithTypesetTablesReachTheTarget() {
        assertThat(typeset.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(typeset.ciCorrect()).isEqualTo(typeset.ciTotal());
    }

    private static KindScore score(PdfIngest ingest, Extractor extractor, String pdf, JsonNode gold)
            throws IOException, StageRejection {
        Findings findings = extractor.apply(ingest.apply(Files.readAllBytes(CORPUS.resolve(pdf))));
        ExportRecords.Provenance provenance = new ExportRecords.Provenance(findings.paperId(),
                findings.bibliography(), findings.extractorVersion(), findings.lexiconVersions());
        List<JsonNode> records = new ArrayList<>();
        for (Finding finding : findings.findings()) {
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
