package org.oncocurate.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.oncocurate.ingest.layout.PageContent;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.ingest.structure.DocumentLayout;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/** Reads every page of a document (text layer, drawing, OCR where needed) and lays the paper's text out. */
final class PaperTextBuilder {
    private final String paperId;
    private final PDDocument document;

    PaperTextBuilder(String paperId, PDDocument document) {
        this.paperId = paperId;
        this.document = document;
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
                text.tables(), text.fragments());
    }

    private PageContent read(PDPage page, int number, TextLayerReader textLayer) throws IOException {
        PDRectangle box = page.getCropBox();
        double width = box.getWidth() > 0 ? box.getWidth() : 612;
        double height = box.getHeight() > 0 ? box.getHeight() : 792;
        List<Word> words = textLayer.read(document, number);
        String note = textLayer.truncated() ? "the page holds more words than " + TextLayerReader.MAX_WORDS_PER_PAGE
                + "; the rest were left out" : null;
        PageGraphics graphics = PageGraphics.of(page);
        if (TextLayerQuality.usable(words, graphics.imageCoverage())) {
            return new PageContent(number, width, height, words, graphics.rulings(), TextSource.TEXT_LAYER, note);
        }
        if (!TextLayerQuality.worthOcr(graphics.imageCoverage(), graphics.pathOperations())) {
            return new PageContent(number, width, height, List.of(), List.of(), TextSource.TEXT_LAYER,
                    "the page holds no text");
        }
        return new PageContent(number, width, height, List.of(), List.of(), TextSource.NEEDS_OCR,
                "the page has no usable text layer and OCR is not available");
    }
}
