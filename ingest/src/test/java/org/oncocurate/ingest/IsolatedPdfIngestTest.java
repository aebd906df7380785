package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.text.PaperText;

/** The production reader: PDFs read in a child JVM of bounded heap, killed on timeout. */
class IsolatedPdfIngestTest {

    @Test
    void readsAPdfInTheChildProcessAndRejectsBadOnesWithTheirReason() throws Exception {
        try (PdfIngest ingest = PdfIngest.isolated(IngestLimits.DEFAULT)) {
            PaperText paper = ingest.apply(TestPdfs.seedBytes("endocrine-resistance-review.pdf"));
            assertThat(paper.pages()).hasSize(14);
            PdfIngestTest.assertRejected(ingest, TestPdfs.encrypted("x"), RejectionReason.ENCRYPTED_PDF);
            PdfIngestTest.assertRejected(ingest, TestPdfs.corrupt(), RejectionReason.CORRUPT_PDF);
            assertThat(ingest.apply(TestPdfs.withText("still reading after rejections")).text())
                    .contains("still reading after rejections");
        }
    }

    @Test
    void aPdfThatTakesTooLongIsRejectedAndTheNextOneIsStillRead() throws Exception {
        IngestLimits impatient = new IngestLimits(IngestLimits.DEFAULT.maxBytes(), 500, Duration.ofMillis(50),
                IngestLimits.DEFAULT.memoryBytes());
        try (PdfIngest ingest = PdfIngest.isolated(impatient)) {
            PdfIngestTest.assertRejected(ingest, TestPdfs.seedBytes("endocrine-resistance-review.tables.pdf"),
                    RejectionReason.PARSE_TIMEOUT);
        }
        try (PdfIngest ingest = PdfIngest.isolated(IngestLimits.DEFAULT)) {
            assertThat(ingest.apply(TestPdfs.withText("next paper")).text()).contains("next paper");
        }
    }

    @Test
    void aPdfThatNeedsMoreMemoryThanTheLimitIsRejectedAndTheNextOneIsStillRead() throws Exception {
        IngestLimits tight = new IngestLimits(IngestLimits.DEFAULT.maxBytes(), 500, Duration.ofSeconds(60),
                128L * 1024 * 1024);
        byte[] bomb = TestPdfs.memoryBomb(400);
        assertThat(bomb.length).as("the bomb is small on disk").isLessThan(2 * 1024 * 1024);
        try (PdfIngest ingest = PdfIngest.isolated(tight)) {
            PdfIngestTest.assertRejected(ingest, bomb, RejectionReason.MEMORY_LIMIT);
            assertThat(ingest.apply(TestPdfs.withText("after the bomb")).text()).contains("after the bomb");
        }
    }
}
