package org.oncocurate.ingest;

import java.util.Objects;
import org.oncocurate.ingest.isolation.IsolatedPdfReader;
import org.oncocurate.ingest.ocr.OcrSettings;
import org.oncocurate.ingest.pdf.PdfBoxReader;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.Stage;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;

/**
 * The ingest stage: PDF bytes to {@link PaperText}. The paper id is the SHA-256 of the bytes. Not thread-safe: use
 * one per worker thread.
 */
public final class PdfIngest implements Stage<byte[], PaperText>, AutoCloseable {
    /** Changes whenever the same PDF would come out as different text. */
    public static final String VERSION = "ingest-0.3.3";

    private final IngestLimits limits;
    private final PdfReader reader;

    private PdfIngest(IngestLimits limits, PdfReader reader) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Reads PDFs in a child JVM of bounded heap that is killed on timeout: the production setting. */
    public static PdfIngest isolated(IngestLimits limits) {
        return isolated(limits, OcrSettings.DEFAULT);
    }

    /** Reads PDFs in a child JVM, OCR included, with the given Tesseract settings. */
    public static PdfIngest isolated(IngestLimits limits, OcrSettings ocr) {
        return new PdfIngest(limits, new IsolatedPdfReader(limits, ocr));
    }

    /** Reads PDFs in this JVM; for trusted files and tests. A hostile PDF can exhaust this JVM's memory. */
    public static PdfIngest inProcess(IngestLimits limits) {
        return inProcess(limits, OcrSettings.DEFAULT);
    }

    /** Reads PDFs in this JVM with the given Tesseract settings; for trusted files and tests. */
    public static PdfIngest inProcess(IngestLimits limits, OcrSettings ocr) {
        return new PdfIngest(limits, new PdfBoxReader(limits, ocr));
    }

    @Override
    public PaperText apply(byte[] pdfBytes) throws StageRejection {
        if (pdfBytes.length > limits.maxBytes()) {
            throw new StageRejection(RejectionReason.TOO_LARGE,
                    "the file has " + pdfBytes.length + " bytes; the limit is " + limits.maxBytes());
        }
        return ControlCharacters.replaceIn(reader.read(PaperId.of(pdfBytes), pdfBytes));
    }

    @Override
    public void close() {
        reader.close();
    }
}
