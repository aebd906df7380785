package org.oncocurate.extract.outcome.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Table;
import org.oncocurate.model.text.TextSource;

/**
 * Builds a paper as ingest gives one with table grids: prose paragraphs, and tables whose text stands one line per
 * row (cells separated by tabs, the lines of a multi-line cell joined by spaces) under a TABLE block, each cell with
 * its text as merged (lines kept), its offsets and its box.
 */
final class GridPaper {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();

    GridPaper paragraph(String paragraph) {
        separate();
        int start = text.length();
        text.append(paragraph);
        blocks.add(new Block(BlockKind.PARAGRAPH, 1, start, text.length(), null));
        return this;
    }

    /** A table: the first row is the header; each row lists its cells' texts. */
    GridPaper table(String label, String caption, List<List<String>> rows) {
        separate();
        int start = text.length();
        List<Cell> cells = new ArrayList<>();
        int columns = 0;
        for (int row = 0; row < rows.size(); row++) {
            if (row > 0) {
                text.append('\n');
            }
            List<String> cellTexts = rows.get(row);
            columns = Math.max(columns, cellTexts.size());
            for (int column = 0; column < cellTexts.size(); column++) {
                if (column > 0) {
                    text.append('\t');
                }
                int cellStart = text.length();
                text.append(cellTexts.get(column).replace('\n', ' '));
                cells.add(new Cell(row, column, cellTexts.get(column), cellStart, text.length(),
                        new BoundingBox(50 + 90 * column, 100 + 20 * row, 85, 18), row == 0));
            }
        }
        blocks.add(new Block(BlockKind.TABLE, 1, start, text.length(), null));
        tables.add(new Table(label, caption, 1, rows.size(), columns, new BoundingBox(50, 100, 540, 20 * rows.size()),
                cells));
        return this;
    }

    PaperText build() {
        String body = text.toString();
        return new PaperText(PaperId.of(body.getBytes(StandardCharsets.UTF_8)), null, body,
                List.of(new Page(1, 0, body.length(), 612, 792, TextSource.TEXT_LAYER, List.of(), null)), blocks,
                List.of(), tables, List.of());
    }

    private void separate() {
        if (text.length() > 0) {
            text.append("\n\n");
        }
    }
}
