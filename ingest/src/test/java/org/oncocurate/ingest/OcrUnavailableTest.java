package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.ocr.OcrSettings;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/** Where Tesseract is missing, pages without a text layer say so instead of coming out silently empty. */
class OcrUnavailableTest {
    private static final OcrSettings MISSING = new OcrSettings("/nonexistent/oncocurate-test/tesseract", "eng", 300,
            Duration.ofSeconds(30));

    @Test
    void aScannedPageAmongTextPagesIsMarkedAsNeedingOcrWithTheReason() throws Exception {
        byte[] mixed;
        try (PDDocument text = Loader.loadPDF(TestPdfs.withText("A page with a text layer about ESR1"));
             PDDocument scanned = Loader.loadPDF(TestPdfs.seedBytes("endocrine-resistance-review.scanned-p1-3.pdf"))) {
            text.importPage(scanned.getPage(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            text.save(out);
            mixed = out.toByteArray();
        }

        PaperText paper;
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT, MISSING)) {
            paper = ingest.apply(mixed);
        }

        assertThat(paper.pages()).hasSize(2);
        assertThat(paper.pages().get(0).source()).isEqualTo(TextSource.TEXT_LAYER);
        assertThat(paper.pages().get(1).source()).isEqualTo(TextSource.NEEDS_OCR);
        assertThat(paper.pages().get(1).note()).contains("OCR is not available").contains("tesseract-ocr");
        assertThat(paper.text()).contains("A page with a text layer about ESR1");
    }

    @Test
    void aWhollyScannedPdfIsRejectedAsEmptySayingThatOcrIsNotAvailable() throws Exception {
        byte[] scanned = TestPdfs.seedBytes("endocrine-resistance-review.scanned-p1-3.pdf");

        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT, MISSING)) {
            assertThatThrownBy(() -> ingest.apply(scanned)).isInstanceOfSatisfying(StageRejection.class, rejection -> {
                assertThat(rejection.reason()).isEqualTo(RejectionReason.EMPTY_PDF);
                assertThat(rejection.getMessage()).contains("OCR is not available");
            });
        }
    }
}
