package org.oncocurate.ingest.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;

/**
 * Renders one region of one page of a PDF to PNG with PDFBox. Only the region is drawn, at a resolution bounded
 * so that the image stays small; images inside the page are subsampled to the output resolution. The hard bounds on
 * memory and time are those of the child process that calls this ({@code IsolatedPdfReader}).
 */
public final class RegionRenderer {
    public static final int MAX_DPI = 200;
    /** Largest image rendered, in pixels; a larger region is drawn at a lower resolution. */
    public static final long MAX_PIXELS = 2_500_000;

    private RegionRenderer() {
    }

    /** A region of a page in points, origin top-left, and the wanted resolution. */
    public record Request(int page, double x, double y, double width, double height, int dpi) {
        public Request {
            if (page < 1) {
                throw new IllegalArgumentException("bad page " + page);
            }
            if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)
                    || !Double.isFinite(height)) {
                throw new IllegalArgumentException("bad region " + x + "," + y + " " + width + "x" + height);
            }
            if (dpi < 18 || dpi > MAX_DPI) {
                throw new IllegalArgumentException("dpi must lie in [18, " + MAX_DPI + "]: " + dpi);
            }
        }

        /** Pixels per point, lowered when the region would exceed {@link #MAX_PIXELS}. */
        public float scale() {
            double scale = dpi / 72.0;
            double pixels = width * scale * height * scale;
            if (pixels > MAX_PIXELS) {
                scale *= Math.sqrt(MAX_PIXELS / pixels);
            }
            return (float) scale;
        }
    }

    public static byte[] renderPng(byte[] pdfBytes, Request request, long memoryBytes) throws StageRejection {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(memoryBytes / 4);
        try (PDDocument document = Loader.loadPDF(pdfBytes, "", null, null, memory.streamCache)) {
            if (request.page() > document.getNumberOfPages()) {
                throw new StageRejection(RejectionReason.CORRUPT_PDF, "the PDF has no page " + request.page());
            }
            float scale = request.scale();
            int width = Math.max(1, (int) Math.ceil(request.width() * scale));
            int height = Math.max(1, (int) Math.ceil(request.height() * scale));
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            try {
                graphics.setBackground(Color.WHITE);
                graphics.clearRect(0, 0, width, height);
                graphics.translate(-request.x() * scale, -request.y() * scale);
                PDFRenderer renderer = new PDFRenderer(document);
                renderer.setSubsamplingAllowed(true);
                renderer.renderPageToGraphics(request.page() - 1, graphics, scale);
            } finally {
                graphics.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (InvalidPasswordException e) {
            throw new StageRejection(RejectionReason.ENCRYPTED_PDF, "the PDF is encrypted", e);
        } catch (IOException | RuntimeException e) {
            throw new StageRejection(RejectionReason.CORRUPT_PDF, "PDFBox cannot render the page: " + e, e);
        }
    }
}
