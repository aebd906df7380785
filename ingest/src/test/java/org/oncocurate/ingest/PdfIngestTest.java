package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.Fragment;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;

class PdfIngestTest {
    private static PdfIngest ingest;

    @BeforeAll
    static void startReader() {
        ingest = PdfIngest.inProcess(IngestLimits.DEFAULT);
    }

    @AfterAll
    static void stopReader() {
        ingest.close();
    }

    @Test
    void readsTheSeedReviewIntoPagesWhoseTextMapsBackToPageRegions() throws Exception {
        byte[] bytes = TestPdfs.seedBytes("endocrine-resistance-review.tables.pdf");

        PaperText paper = ingest.apply(bytes);

        assertThat(paper.paperId()).isEqualTo(PaperId.of(bytes));
        assertThat(paper.pages()).hasSize(13);
        assertThat(paper.text()).contains("endocrine resistance");
        assertThat(paper.bibliography().doi()).isEqualTo("10.3389/fonc.2024.1448687");
        for (Page page : paper.pages()) {
            assertThat(paper.text().substring(page.start(), page.end())).as("page %d", page.number()).isNotBlank();
        }
        for (Fragment fragment : paper.fragments()) {
            Page page = paper.pages().get(fragment.page() - 1);
            assertThat(fragment.start()).isGreaterThanOrEqualTo(page.start());
            assertThat(fragment.end()).isLessThanOrEqualTo(page.end());
            assertThat(fragment.box().right()).isLessThanOrEqualTo(page.width() + 1);
        }
        int covered = paper.fragments().stream().mapToInt(fragment -> fragment.end() - fragment.start()).sum();
        long visible = paper.text().chars().filter(c -> !Character.isWhitespace(c)).count();
        assertThat(covered).as("characters with a page region").isGreaterThanOrEqualTo((int) visible);
    }

    @Test
    void theSameBytesAlwaysGiveTheSamePaperId() throws Exception {
        byte[] bytes = TestPdfs.withText("ESR1 mutations");
        assertThat(ingest.apply(bytes).paperId()).isEqualTo(ingest.apply(bytes.clone()).paperId());
    }

    @Test
    void rejectsAFileThatIsNotAPdf() {
        assertRejected(ingest, "just some text".getBytes(StandardCharsets.UTF_8), RejectionReason.NOT_A_PDF);
    }

    @Test
    void rejectsAPasswordProtectedPdfSayingItIsEncrypted() throws Exception {
        assertRejected(ingest, TestPdfs.encrypted("secret trial results"), RejectionReason.ENCRYPTED_PDF);
    }

    @Test
    void rejectsACorruptPdf() {
        assertRejected(ingest, TestPdfs.corrupt(), RejectionReason.CORRUPT_PDF);
    }

    @Test
    void rejectsAPdfWithoutAnyText() throws Exception {
        assertRejected(ingest, TestPdfs.blankPages(2), RejectionReason.EMPTY_PDF);
    }

    @Test
    void rejectsAPdfLargerThanTheLimit() throws Exception {
        try (PdfIngest small = PdfIngest.inProcess(new IngestLimits(2048, 500, Duration.ofSeconds(30),
                IngestLimits.DEFAULT.memoryBytes()))) {
            assertRejected(small, TestPdfs.seedBytes("endocrine-resistance-review.pdf"), RejectionReason.TOO_LARGE);
        }
    }

    @Test
    void rejectsAPdfWithMorePagesThanTheLimit() throws Exception {
        try (PdfIngest few = PdfIngest.inProcess(new IngestLimits(IngestLimits.DEFAULT.maxBytes(), 3,
                Duration.ofSeconds(30), IngestLimits.DEFAULT.memoryBytes()))) {
            assertRejected(few, TestPdfs.seedBytes("endocrine-resistance-review.pdf"), RejectionReason.TOO_MANY_PAGES);
        }
    }

    static void assertRejected(PdfIngest ingest, byte[] bytes, RejectionReason reason) {
        assertThatThrownBy(() -> ingest.apply(bytes))
                .isInstanceOfSatisfying(StageRejection.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(reason);
                    assertThat(rejection.getMessage()).isNotBlank();
                });
    }
}
