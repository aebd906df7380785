package org.oncocurate.ingest.ocr;

/** OCR of one page failed; the page is then marked as needing OCR, with this message as its note. */
public final class OcrException extends Exception {
    private static final long serialVersionUID = 1L;

    public OcrException(String message) {
        super(message);
    }
}
