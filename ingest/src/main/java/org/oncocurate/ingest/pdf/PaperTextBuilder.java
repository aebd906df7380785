package org.oncocurate.ingest.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.model.text.Fragment;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/** Collects the text of every page with the page region each run of characters came from. */
final class PaperTextBuilder {
    private final String paperId;
    private final PDDocument document;

    PaperTextBuilder(String paperId, PDDocument document) {
        this.paperId = paperId;
        this.document = document;
    }

    PaperText build() throws IOException {
        Collector collector = new Collector();
        collector.writeText(document, collector.output);
        String text = collector.output.toString();
        Bibliography bibliography = BibliographyReader.read(document, text);
        return new PaperText(paperId, bibliography, text, collector.pages, List.of(), List.of(), List.of(),
                collector.fragments);
    }

    private static final class Collector extends PDFTextStripper {
        final StringWriter output = new StringWriter();
        final List<Page> pages = new ArrayList<>();
        final List<Fragment> fragments = new ArrayList<>();
        private int pageStart;

        Collector() {
            setSortByPosition(false);
            setPageEnd("\n\n");
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            pageStart = output.getBuffer().length();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            int end = output.getBuffer().length();
            PDRectangle box = page.getCropBox();
            String pageText = output.getBuffer().substring(pageStart, end);
            TextSource source = pageText.isBlank() ? TextSource.NEEDS_OCR : TextSource.TEXT_LAYER;
            String note = source == TextSource.NEEDS_OCR ? "the page has no text layer" : null;
            pages.add(new Page(getCurrentPageNo(), pageStart, end, box.getWidth(), box.getHeight(), source,
                    List.of(), note));
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            int start = output.getBuffer().length();
            super.writeString(text, positions);
            int end = output.getBuffer().length();
            if (end > start && !positions.isEmpty()) {
                fragments.add(new Fragment(start, end, getCurrentPageNo(), boxOf(positions)));
            }
        }

        private static BoundingBox boxOf(List<TextPosition> positions) {
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (TextPosition position : positions) {
                left = Math.min(left, position.getXDirAdj());
                right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
                top = Math.min(top, position.getYDirAdj() - position.getHeightDir());
                bottom = Math.max(bottom, position.getYDirAdj());
            }
            return BoundingBox.ofCorners(left, top, right, bottom);
        }
    }
}
