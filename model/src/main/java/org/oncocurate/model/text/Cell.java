package org.oncocurate.model.text;

import java.util.Objects;

/**
 * One cell of a table grid. Its text also stands in the paper's text at {@code [start, end)}, so that findings read
 * from a cell carry ordinary evidence spans.
 */
public record Cell(int row, int column, String text, int start, int end, BoundingBox box, boolean header) {
    public Cell {
        Objects.requireNonNull(text, "text");
        if (row < 0 || column < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad cell (" + row + "," + column + ")");
        }
    }
}
