package org.oncocurate.ingest.table;

import java.util.List;
import java.util.Objects;
import org.oncocurate.model.text.BoundingBox;

/**
 * A table found on a page, as a grid of cells whose text lines are still to be joined into text.
 *
 * @param rows    all rows, header rows included
 * @param columns all columns
 */
public record TableGrid(BoundingBox box, int rows, int columns, List<GridCell> cells) {
    public TableGrid {
        Objects.requireNonNull(box, "box");
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a table needs a row and a column");
        }
        cells = List.copyOf(cells);
    }

    /** The cell at (row, column), or null where the grid has none. */
    public GridCell cell(int row, int column) {
        for (GridCell cell : cells) {
            if (cell.row() == row && cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    /** Rows that are not header rows. */
    public int dataRows() {
        int data = 0;
        for (int row = 0; row < rows; row++) {
            boolean header = false;
            for (GridCell cell : cells) {
                header |= cell.row() == row && cell.header();
            }
            data += header ? 0 : 1;
        }
        return data;
    }
}
