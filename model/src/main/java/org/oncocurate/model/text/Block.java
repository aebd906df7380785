package org.oncocurate.model.text;

import java.util.Objects;

/** A run of the paper's text, {@code [start, end)}, with its structural role and where it sits on its page. */
public record Block(BlockKind kind, int page, int start, int end, BoundingBox box) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        if (page < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad block " + kind + " [" + start + "," + end + ") on page " + page);
        }
    }
}
