package org.oncocurate.model.text;

import java.util.Objects;

/** A box on one page: where a piece of evidence can be seen in the source PDF. */
public record Region(int page, BoundingBox box) {
    public Region {
        if (page < 1) {
            throw new IllegalArgumentException("bad page " + page);
        }
        Objects.requireNonNull(box, "box");
    }
}
