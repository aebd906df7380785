package org.oncocurate.ingest.table;

import java.util.List;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.model.text.BoundingBox;

/** One cell of a {@link TableGrid}: its lines of text top to bottom (none for an empty cell) and its box. */
public record GridCell(int row, int column, List<TextLine> lines, BoundingBox box, boolean header) {
    public GridCell {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("bad cell (" + row + "," + column + ")");
        }
        lines = List.copyOf(lines);
    }
}
