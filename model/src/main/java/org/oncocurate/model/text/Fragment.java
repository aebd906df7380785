package org.oncocurate.model.text;

import java.util.Objects;

/** Maps the characters {@code [start, end)} of the paper's text to the region of the page they were read from. */
public record Fragment(int start, int end, int page, BoundingBox box) {
    public Fragment {
        if (start < 0 || end < start || page < 1) {
            throw new IllegalArgumentException("bad fragment [" + start + "," + end + ") on page " + page);
        }
        Objects.requireNonNull(box, "box");
    }
}
