package org.oncocurate.model.text;

import java.util.Objects;

/**
 * A section of the paper: its heading (with its number, e.g. "4.1", when it has one) and the text it spans.
 *
 * @param references true for the bibliography, which extraction skips
 */
public record Section(String number, String title, int start, int end, boolean references) {
    public Section {
        Objects.requireNonNull(title, "title");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad section [" + start + "," + end + ")");
        }
    }
}
