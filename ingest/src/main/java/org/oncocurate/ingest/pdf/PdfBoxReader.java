package org.oncocurate.ingest.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.PdfReader;
import org.oncocurate.ingest.ocr.OcrSettings;
import org.oncocurate.ingest.ocr.Tesseract;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/**
 * Reads a PDF with PDFBox in this JVM. Stream buffers beyond a quarter of the memory limit spill to temporary files;
 * the hard bound on memory and time is the child process of {@code IsolatedPdfReader}.
 */
public final class PdfBoxReader implements PdfReader {
    private static final int SIGNATURE_WINDOW = 1024;

    private final IngestLimits limits;
    private final OcrSettings ocrSettings;
    private Tesseract tesseract;

    public PdfBoxReader(IngestLimits limits) {
        this(limits, OcrSettings.DEFAULT);
    }

    /** A reader that OCRs pages without a usable text layer with the given Tesseract settings. */
    public PdfBoxReader(IngestLimits limits, OcrSettings ocrSettings) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ocrSettings = Objects.requireNonNull(ocrSettings, "ocrSettings");
    }

    @Override
    public PaperText read(String paperId, byte[] pdfBytes) throws StageRejection {
        long deadline = System.nanoTime() + limits.parseTimeout().toNanos();
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.memoryBytes() / 4);
        try (PDDocument document = Loader.loadPDF(pdfBytes, "", null, null, memory.streamCache)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new StageRejection(RejectionReason.EMPTY_PDF, "the PDF has no pages");
            }
            if (pageCount > limits.maxPages()) {
                throw new StageRejection(RejectionReason.TOO_MANY_PAGES,
                        "the PDF has " + pageCount + " pages; the limit is " + limits.maxPages());
            }
            PaperText text = new PaperTextBuilder(paperId, document, this::tesseract, deadline).build();
            requireSomeText(text);
            return text;
        } catch (InvalidPasswordException e) {
            throw new StageRejection(RejectionReason.ENCRYPTED_PDF,
                    "the PDF is encrypted with a password; submit an unencrypted copy", e);
        } catch (IOException e) {
            throw unreadable(pdfBytes, describe(e), e);
        } catch (StackOverflowError e) {
            throw unreadable(pdfBytes, "its objects are nested too deeply to read", null);
        } catch (RuntimeException e) {
            if (raisedByOwnCode(e)) {
                // A fault of the layout or table code is no verdict on the file: it surfaces as a failure.
                throw e;
            }
            // Fuzzed files drive PDFBox into states it does not anticipate; the file is at fault, not the service.
            throw unreadable(pdfBytes, describe(e), e);
        }
    }

    /** True when the exception was thrown by this project's code rather than by PDFBox. */
    static boolean raisedByOwnCode(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.oncocurate.");
    }

    /**
     * A file PDFBox cannot read is "not a PDF" when it lacks the header, else a damaged PDF. Files without a header
     * still get their chance: PDFBox reads many damaged ones, as browsers do.
     */
    private static StageRejection unreadable(byte[] bytes, String problem, Throwable cause) {
        if (!hasPdfSignature(bytes)) {
            return new StageRejection(RejectionReason.NOT_A_PDF,
                    "the file has no PDF header (%PDF-) and cannot be read as a PDF: " + problem, cause);
        }
        return new StageRejection(RejectionReason.CORRUPT_PDF, "PDFBox cannot read it: " + problem, cause);
    }

    /** PDF readers accept the header anywhere in the first kilobyte, as Acrobat does. */
    static boolean hasPdfSignature(byte[] bytes) {
        byte[] signature = {'%', 'P', 'D', 'F', '-'};
        int window = Math.min(bytes.length, SIGNATURE_WINDOW);
        for (int i = 0; i + signature.length <= window; i++) {
            if (Arrays.equals(bytes, i, i + signature.length, signature, 0, signature.length)) {
                return true;
            }
        }
        return false;
    }

    private Tesseract tesseract() {
        if (tesseract == null) {
            tesseract = Tesseract.locate(ocrSettings);
        }
        return tesseract;
    }

    private static void requireSomeText(PaperText text) throws StageRejection {
        boolean anyText = !text.text().isBlank();
        boolean anyPageNeedsOcr = text.pages().stream().anyMatch(page -> page.source() == TextSource.NEEDS_OCR);
        if (!anyText && !anyPageNeedsOcr) {
            throw new StageRejection(RejectionReason.EMPTY_PDF, "no page of the PDF holds any text");
        }
        if (!anyText) {
            throw new StageRejection(RejectionReason.EMPTY_PDF, "no page has a text layer and OCR is not available: "
                    + text.pages().get(0).note());
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return kind;
        }
        message = message.length() > 300 ? message.substring(0, 300) + "…" : message;
        return List.of("IOException", "RuntimeException").contains(kind) ? message : kind + ": " + message;
    }
}
