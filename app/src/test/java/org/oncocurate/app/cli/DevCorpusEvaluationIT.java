package org.oncocurate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.extract.eval.ScoreReport;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.PdfIngest;

/**
 * The regression guard of extraction on papers it was not built on: the development corpus (PDQ sections, trial
 * reports, conference abstracts; read from {@code -Doncocurate.dev.dir}, skipped when absent) read and scored as
 * {@code curate eval --corpus} does, micro-averaged over its documents. The floors sit just under the figures
 * measured when they were set, so a change that loses quality on papers in general fails here; raise them as
 * extraction improves. Per-document scores are printed for the record.
 */
class DevCorpusEvaluationIT {
    private static final Path DEV = Path.of(System.getProperty("oncocurate.dev.dir", "../../shared/corpus/dev"));
    private static Map<String, KindScore> micro;

    @BeforeAll
    static void scoreTheCorpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "no development corpus at " + DEV.toAbsolutePath());
        List<CorpusEvaluation.GoldDocument> documents = CorpusEvaluation.goldDocuments(List.of(DEV));
        Assumptions.assumeFalse(documents.isEmpty(), "no gold file naming a PDF in " + DEV.toAbsolutePath());
        IngestLimits limits = new IngestLimits(100_000_000L, 500, Duration.ofMinutes(2), 805_306_368L);
        List<CorpusEvaluation.Document> scored;
        try (PdfIngest ingest = PdfIngest.inProcess(limits)) {
            scored = CorpusEvaluation.evaluate(documents, ingest, Extractor.create(ExtractionResources.load()));
        }
        for (CorpusEvaluation.Document document : scored) {
            System.out.println("== " + document.name());
            System.out.print(ScoreReport.format(document.scores()));
        }
        micro = CorpusEvaluation.micro(scored);
        System.out.print(ScoreReport.formatMicro(micro, CorpusEvaluation.documentCounts(scored)));
        assertThat(scored).hasSize(documents.size());
    }

    @ParameterizedTest(name = "{0} F1 on the development corpus stays at or above {1}")
    @CsvSource({"gene, 0.97", "drug, 0.99", "trial, 0.97", "outcome, 0.75"})
    void microAveragedF1HoldsItsFloor(String kind, double floor) {
        KindScore score = micro.get(kind);
        assertThat(score).as(kind).isNotNull();
        assertThat(score.f1()).as(String.format(Locale.ROOT, "%s F1 (tp=%d fp=%d fn=%d)", kind, score.tp(),
                score.fp(), score.fn())).isGreaterThanOrEqualTo(floor);
    }

    /**
     * The facts a curator may approve in bulk (every check passes) must stay right at least 95 times in 100 and cover
     * most of the gold.
     */
    @Test
    void outcomeFactsWhoseChecksAllPassStayPrecise() {
        KindScore outcomes = micro.get("outcome");
        assertThat(outcomes.trustedPrecision()).as("precision of outcome facts whose checks all pass (tp=%d fp=%d)",
                outcomes.trustedTp(), outcomes.trustedFp()).isGreaterThanOrEqualTo(0.98);
        assertThat((double) outcomes.trustedTp() / (outcomes.tp() + outcomes.fn()))
                .as("share of the gold facts among them").isGreaterThanOrEqualTo(0.90);
    }
}
