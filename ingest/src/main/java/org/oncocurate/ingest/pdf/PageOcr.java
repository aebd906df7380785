package org.oncocurate.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.ingest.ocr.OcrException;
import org.oncocurate.ingest.ocr.Tesseract;

/**
 * Renders a page in greyscale and reads it with Tesseract. The rendering is capped at {@value #MAX_PIXELS} pixels
 * (the resolution drops for oversized pages) so that a page claiming to be kilometres wide cannot exhaust memory.
 */
final class PageOcr {
    static final long MAX_PIXELS = 40_000_000L;
    private static final int MIN_DPI = 100;

    private final PDFRenderer renderer;
    private final Tesseract tesseract;

    PageOcr(PDDocument document, Tesseract tesseract) {
        this.renderer = new PDFRenderer(document);
        this.tesseract = tesseract;
    }

    /**
     * The words of a page (0-based index) of the given size in points, read by OCR.
     *
     * @throws OcrException when the page cannot be rendered small enough or Tesseract fails
     */
    List<Word> read(int pageIndex, double width, double height) throws OcrException, IOException {
        double dpi = tesseract.dpi();
        double pixels = (width * dpi / 72) * (height * dpi / 72);
        if (pixels > MAX_PIXELS) {
            dpi = 72 * Math.sqrt(MAX_PIXELS / (width * height));
        }
        if (dpi < MIN_DPI) {
            throw new OcrException("the page is too large (" + Math.round(width) + " x " + Math.round(height)
                    + " pt) to render for OCR at " + MIN_DPI + " dpi");
        }
        BufferedImage image = renderer.renderImageWithDPI(pageIndex, (float) dpi, ImageType.GRAY);
        double pointsPerPixel = width / image.getWidth();
        return tesseract.read(image, (int) Math.round(dpi), pointsPerPixel);
    }
}
