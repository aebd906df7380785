package org.oncocurate.ingest;

import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;

/** Reads the bytes of one PDF, already checked for size and signature, into text. */
public interface PdfReader extends AutoCloseable {
    PaperText read(String paperId, byte[] pdfBytes) throws StageRejection;

    @Override
    default void close() {
    }
}
