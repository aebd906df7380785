package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncocurate.model.text.Bibliography;

/** The citation the seed PDFs print about themselves. */
class SeedBibliographyTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"endocrine-resistance-review.pdf", "endocrine-resistance-review.tables.pdf"})
    void theTitleAndDoiComeOutExactlyAndTheJournalFromTheRunningHeader(String file) throws Exception {
        Bibliography bibliography;
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT)) {
            bibliography = ingest.apply(TestPdfs.seedBytes(file)).bibliography();
        }

        assertThat(bibliography.title())
                .isEqualTo("Mechanisms of endocrine resistance in hormone receptor-positive breast cancer");
        assertThat(bibliography.doi()).isEqualTo("10.3389/fonc.2024.1448687");
        assertThat(bibliography.journal()).isEqualTo("Frontiers in Oncology");
        assertThat(bibliography.year()).isEqualTo(2024);
        assertThat(bibliography.authors()).containsExactly("Lihua Kang");
    }
}
