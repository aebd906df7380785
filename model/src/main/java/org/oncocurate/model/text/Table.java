package org.oncocurate.model.text;

import java.util.List;
import java.util.Objects;

/**
 * A table as a grid of cells. Header rows are marked on their cells; {@code rows} counts all rows, header included.
 *
 * @param label   the table's label as printed ("TABLE 1"), or null when it has none
 * @param caption the caption text, or null
 */
public record Table(String label, String caption, int page, int rows, int columns, BoundingBox box, List<Cell> cells) {
    public Table {
        if (page < 1 || rows < 0 || columns < 0) {
            throw new IllegalArgumentException("bad table " + label);
        }
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    }

    /** The cell at (row, column), or null where the grid has none. */
    public Cell cell(int row, int column) {
        for (Cell cell : cells) {
            if (cell.row() == row && cell.column() == column) {
                return cell;
            }
        }
        return null;
    }
}
