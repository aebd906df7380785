package org.oncocurate.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.oncocurate.ingest.layout.PageContent;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.ingest.ocr.OcrException;
import org.oncocurate.ingest.ocr.Tesseract;
import org.oncocurate.ingest.structure.DocumentLayout;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/**
 * Reads every page of a document (its text layer and drawing, or OCR where the text layer is missing or unusable)
 * and lays the paper's text out.
 */
final class PaperTextBuilder {
    private final String paperId;
    private final PDDocument document;
    private final Supplier<Tesseract> tesseract;
    private final long deadlineNanos;
    private PageOcr ocr;

    /**
     * @param tesseract     gives the OCR engine when a page first needs it
     * @param deadlineNanos {@link System#nanoTime()} after which no further page is OCR'd
     */
    PaperTextBuilder(String paperId, PDDocument document, Supplier<Tesseract> tesseract, long deadlineNanos) {
        this.paperId = paperId;
        this.document = document;
        this.tesseract = tesseract;
        this.deadlineNanos = deadlineNanos;
    }

    PaperText build() throws IOException {
        TextLayerReader textLayer = new TextLayerReader();
        List<PageContent> contents = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            contents.add(read(page, number, textLayer));
        }
        PaperText text = DocumentLayout.build(paperId, Bibliography.UNKNOWN, contents);
        Bibliography bibliography = BibliographyReader.read(document, text);
        return new PaperText(paperId, bibliography, text.text(), text.pages(), text.blocks(), text.sections(),
                text.tables(), text.fragments(), PdfIngest.VERSION);
    }

    private PageContent read(PDPage page, int number, TextLayerReader textLayer) throws IOException {
        PDRectangle box = page.getCropBox();
        boolean quarterTurn = page.getRotation() % 180 != 0;
        double width = positive(quarterTurn ? box.getHeight() : box.getWidth(), 612);
        double height = positive(quarterTurn ? box.getWidth() : box.getHeight(), 792);
        List<Word> words = textLayer.read(document, number);
        String note = textLayer.truncated() ? "the page holds more words than " + TextLayerReader.MAX_WORDS_PER_PAGE
                + "; the rest were left out" : null;
        PageGraphics graphics = PageGraphics.of(page);
        if (TextLayerQuality.usable(words, graphics.imageCoverage())) {
            return new PageContent(number, width, height, words, graphics.rulings(), TextSource.TEXT_LAYER, note);
        }
        boolean garbled = !words.isEmpty();
        if (!garbled && !TextLayerQuality.worthOcr(graphics.imageCoverage())) {
            return new PageContent(number, width, height, List.of(), List.of(), TextSource.TEXT_LAYER,
                    "the page holds no text");
        }
        return ocr(number, width, height);
    }

    private PageContent ocr(int number, double width, double height) {
        Tesseract engine = tesseract.get();
        if (!engine.available()) {
            return needsOcr(number, width, height, "the page has no usable text layer and OCR is not available: "
                    + engine.unavailableReason());
        }
        if (System.nanoTime() > deadlineNanos) {
            return needsOcr(number, width, height,
                    "the page has no usable text layer and the time limit for reading was spent before its OCR");
        }
        if (ocr == null) {
            ocr = new PageOcr(document, engine);
        }
        try {
            List<Word> words = ocr.read(number - 1, width, height);
            return new PageContent(number, width, height, words, List.of(), TextSource.OCR,
                    words.isEmpty() ? "OCR found no text on the page" : null);
        } catch (OcrException e) {
            return needsOcr(number, width, height, "the page has no usable text layer and OCR failed: "
                    + e.getMessage());
        } catch (IOException | RuntimeException e) {
            // A page PDFBox cannot render costs that page its text, not the whole paper.
            return needsOcr(number, width, height, "the page has no usable text layer and cannot be rendered for "
                    + "OCR: " + PdfBoxReader.describe(e));
        }
    }

    private static PageContent needsOcr(int number, double width, double height, String note) {
        return new PageContent(number, width, height, List.of(), List.of(), TextSource.NEEDS_OCR, note);
    }

    private static double positive(double value, double fallback) {
        return value > 0 && Double.isFinite(value) ? value : fallback;
    }
}
