package org.oncocurate.ingest.layout;

import java.util.Objects;
import org.oncocurate.model.text.BoundingBox;

/**
 * A word as placed on a page: its text and box in points from the top-left corner, the baseline it sits on, and the
 * font facts that layout analysis needs (size, weight). Words come from the text layer or from OCR alike.
 */
public record Word(String text, double left, double top, double right, double bottom, double baseline,
                   double fontSize, boolean bold) {
    public Word {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || !(right >= left) || !(bottom >= top) || !(fontSize > 0)
                || !Double.isFinite(left) || !Double.isFinite(top) || !Double.isFinite(baseline)) {
            throw new IllegalArgumentException("bad word '" + text + "' at " + left + "," + top);
        }
    }

    public double width() {
        return right - left;
    }

    public double height() {
        return bottom - top;
    }

    public double centerY() {
        return (top + bottom) / 2;
    }

    public BoundingBox box() {
        return BoundingBox.ofCorners(left, top, right, bottom);
    }

    /** True when the two words share part of their vertical extent. */
    public boolean overlapsVertically(Word other) {
        return other.top < bottom && top < other.bottom;
    }
}
