package org.oncocurate.ingest.pdf;

/**
 * One glyph of a text line as the text layer places it: its text, left edge and advance width, baseline and font
 * size in points, whether its font is bold, and whether a space character stood right before it.
 */
record Glyph(String text, double x, double width, double baseline, double fontSize, boolean bold,
             boolean spaceBefore) {
    Glyph {
        if (text.isEmpty() || !(width >= 0) || !(fontSize > 0) || !Double.isFinite(x) || !Double.isFinite(baseline)) {
            throw new IllegalArgumentException("bad glyph '" + text + "' at " + x);
        }
    }

    double right() {
        return x + width;
    }
}
