package org.oncocurate.ingest.ocr;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages without a usable text layer are read by Tesseract.
 *
 * @param command     the tesseract executable, a name looked up on PATH or a path
 * @param language    Tesseract's language code(s), e.g. "eng"
 * @param dpi         the resolution pages are rendered at for OCR
 * @param pageTimeout longest one page's OCR may take; the whole read stays bounded by the parse timeout
 */
public record OcrSettings(String command, String language, int dpi, Duration pageTimeout) {
    public static final OcrSettings DEFAULT = new OcrSettings("tesseract", "eng", 300, Duration.ofSeconds(60));

    public OcrSettings {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pageTimeout, "pageTimeout");
        if (command.isBlank() || !language.matches("[A-Za-z_+]{2,64}")) {
            throw new IllegalArgumentException("bad OCR command or language: '" + command + "', '" + language + "'");
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("OCR dpi must be between 72 and 600: " + dpi);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("OCR page timeout must be positive: " + pageTimeout);
        }
    }
}
