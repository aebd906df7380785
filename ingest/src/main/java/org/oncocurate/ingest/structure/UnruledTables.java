package org.oncocurate.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncocurate.ingest.layout.Band;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.ingest.table.GridCell;
import org.oncocurate.ingest.table.TableDetector;
import org.oncocurate.ingest.table.TableGrid;

/**
 * Finds tables without rules among the lines of a page's bands and puts each in the text as a grid, like a ruled
 * table, so that it is read cell by cell (a cell that wraps over several lines stays one cell) instead of line by line
 * across its columns. A table shows as a run of lines that each hold at least three cells, set apart by gaps wider than
 * any space between words of prose (a short line of another column on the same baseline counts as cells of it, since
 * column detection may have taken a table's columns for columns of text); lines inside the run with fewer cells are
 * the continuations of wrapped cells. A band that column detection already found tabular is a table as a whole.
 */
final class UnruledTables {
    /** A gap between two words of a line this many ems wide separates cells; prose spaces its words closer. */
    static final double CELL_GAP_EMS = 1.5;
    /** Lines with at least this many cells that a run needs at each of its ends and in all. */
    static final int MIN_CELLS = 3;
    static final int MIN_CELL_LINES = 3;
    /** A line of running prose inside a run ends it: this many words and no cell gap. */
    static final int PROSE_WORDS = 7;
    /** A line of this many words is long for a table's cell. */
    static final int LONG_LINE_WORDS = 5;
    private static final String PLACEHOLDER = "\uFFFC";

    private UnruledTables() {
    }

    /** The bands with each table without rules replaced by a placeholder word registered in {@code placeholders}. */
    static List<Band> inBands(List<Band> bands, Map<Word, TableGrid> placeholders, double bodySize) {
        List<Band> result = new ArrayList<>();
        for (Band band : bands) {
            if (band.tabular()) {
                List<Word> words = new ArrayList<>();
                band.columns().forEach(column -> column.forEach(line -> words.addAll(line.words())));
                words.removeIf(placeholders::containsKey);
                TableGrid table = terse(TableDetector.unruled(words));
                result.add(table == null ? band
                        : new Band(List.of(List.of(placeholderLine(table, placeholders, bodySize))), true, true));
                continue;
            }
            List<List<TextLine>> columns = new ArrayList<>();
            band.columns().forEach(column -> columns.add(new ArrayList<>(column)));
            TextLine header = headerAbove(result, bodySize);
            for (int c = 0; c < columns.size(); c++) {
                if (findTables(columns, c, placeholders, bodySize, header)) {
                    result.remove(result.size() - 1);
                    header = null;
                }
            }
            columns.removeIf(List::isEmpty);
            result.add(columns.isEmpty() ? band : new Band(columns, band.spanning(), false));
        }
        return result;
    }

    /**
     * Replaces each run of table lines in column {@code c} by a placeholder. When lines of other columns sit on the
     * baselines of the run, the table runs across the band's gutter (its first column of labels was taken for a
     * column of text): those lines belong to the table too.
     */
    private static boolean findTables(List<List<TextLine>> columns, int c, Map<Word, TableGrid> placeholders,
                                      double bodySize, TextLine header) {
        boolean headerUsed = false;
        double cellGap = CELL_GAP_EMS * bodySize;
        List<TextLine> lines = columns.get(c);
        int i = 0;
        while (i < lines.size()) {
            int end = runEnd(lines, i, cellGap, columns);
            if (end == i) {
                i++;
                continue;
            }
            List<TextLine> run = lines.subList(i, end);
            List<Word> words = new ArrayList<>();
            run.forEach(line -> words.addAll(line.words()));
            List<TextLine> besides = new ArrayList<>();
            for (int d = 0; d < columns.size(); d++) {
                if (d != c) {
                    besides.addAll(sharingBaselines(columns.get(d), run, cellGap));
                }
            }
            besides.forEach(line -> words.addAll(line.words()));
            boolean withHeader = i == 0 && header != null && !headerUsed
                    && run.get(0).top() - header.bottom() < run.get(0).fontSize();
            if (withHeader) {
                words.addAll(header.words());
            }
            boolean hasPlaceholder = words.stream().anyMatch(placeholders::containsKey);
            TableGrid table = hasPlaceholder ? null : terse(TableDetector.unruled(words));
            if (table == null || table.columns() < MIN_CELLS) {
                i++;
                continue;
            }
            headerUsed |= withHeader;
            run.clear();
            lines.add(i, placeholderLine(table, placeholders, bodySize));
            for (List<TextLine> column : columns) {
                if (column != lines) {
                    column.removeAll(besides);
                }
            }
            i++;
        }
        return headerUsed;
    }

    /**
     * The line of the band just read when that band is one line of table cells: the header row of a table below it,
     * cut off from its body because its cells run across the gutter the body's columns leave open.
     */
    private static TextLine headerAbove(List<Band> bands, double bodySize) {
        if (bands.isEmpty()) {
            return null;
        }
        Band above = bands.get(bands.size() - 1);
        if (above.tabular() || above.columns().size() != 1 || above.columns().get(0).size() != 1) {
            return null;
        }
        TextLine line = above.columns().get(0).get(0);
        return cells(line, CELL_GAP_EMS * bodySize) >= MIN_CELLS ? line : null;
    }

    /**
     * The lines of another column that lie within the run's height, when at least half of the run's lines have a
     * line there on their baseline; else none.
     */
    private static List<TextLine> sharingBaselines(List<TextLine> column, List<TextLine> run, double cellGap) {
        double top = run.get(0).top();
        double bottom = run.get(run.size() - 1).bottom();
        List<TextLine> within = new ArrayList<>();
        for (TextLine line : column) {
            if (line.baseline() >= top && line.baseline() <= bottom) {
                within.add(line);
            }
        }
        int shared = 0;
        for (TextLine line : run) {
            for (TextLine other : within) {
                if (Math.abs(other.baseline() - line.baseline()) < 0.2 * line.fontSize()) {
                    shared++;
                    break;
                }
            }
        }
        boolean anyProse = within.stream().anyMatch(line -> prose(line, cellGap));
        return shared * 2 >= run.size() && !anyProse ? within : List.of();
    }

    /**
     * The end (exclusive) of the run of table lines that starts at {@code start}, or {@code start} when none does:
     * the run starts and ends at lines of at least {@value #MIN_CELLS} cells and holds at least
     * {@value #MIN_CELL_LINES} of them, with no line of prose and no wide vertical gap inside.
     */
    private static int runEnd(List<TextLine> lines, int start, double cellGap, List<List<TextLine>> columns) {
        if (cells(lines.get(start), cellGap, columns) < MIN_CELLS) {
            return start;
        }
        int cellLines = 0;
        int lastCellLine = start;
        for (int j = start; j < lines.size(); j++) {
            TextLine line = lines.get(j);
            if (j > start) {
                TextLine above = lines.get(j - 1);
                double size = Math.max(line.fontSize(), above.fontSize());
                if (line.top() - above.bottom() > 1.5 * size) {
                    break;
                }
            }
            int cells = cells(line, cellGap, columns);
            if (cells >= MIN_CELLS) {
                cellLines++;
                lastCellLine = j;
            } else if (prose(line, cellGap)) {
                break;
            }
        }
        if (cellLines < MIN_CELL_LINES) {
            return start;
        }
        int end = lastCellLine + 1;
        while (end < lines.size() && wrapsCell(lines.get(end - 1), lines.get(end))) {
            end++;
        }
        return end;
    }

    /** True when the line below the table's last row continues one of its cells: close under it, lower-case, short. */
    private static boolean wrapsCell(TextLine above, TextLine line) {
        String first = line.words().get(0).text();
        return line.top() - above.bottom() < 0.5 * line.fontSize() && Character.isLowerCase(first.codePointAt(0))
                && line.words().size() < PROSE_WORDS;
    }

    /**
     * The cells of the line: its own, set apart by wide gaps, and one for each line of another column on its baseline
     * that is no line of prose (a table whose label column was taken for a column of text).
     */
    private static int cells(TextLine line, double cellGap, List<List<TextLine>> columns) {
        int cells = cells(line, cellGap);
        for (List<TextLine> column : columns) {
            if (column.contains(line)) {
                continue;
            }
            for (TextLine other : column) {
                if (Math.abs(other.baseline() - line.baseline()) < 0.2 * line.fontSize()) {
                    cells += prose(other, cellGap) ? 0 : cells(other, cellGap);
                    break;
                }
            }
        }
        return cells;
    }

    private static boolean prose(TextLine line, double cellGap) {
        return line.words().size() >= PROSE_WORDS && cells(line, cellGap) == 1;
    }

    private static int cells(TextLine line, double cellGap) {
        List<Word> words = line.words();
        int cells = 1;
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).left() - words.get(i - 1).right() >= cellGap) {
                cells++;
            }
        }
        return cells;
    }

    /**
     * The grid when its cells are terse, as table cells are (labels, figures, a few words a line), or null when in
     * some column most lines are long: a column of prose, or of references set beside their numbers.
     */
    private static TableGrid terse(TableGrid table) {
        if (table == null) {
            return null;
        }
        int[] lines = new int[table.columns()];
        int[] longLines = new int[table.columns()];
        for (GridCell cell : table.cells()) {
            for (TextLine line : cell.lines()) {
                lines[cell.column()]++;
                longLines[cell.column()] += line.words().size() >= LONG_LINE_WORDS ? 1 : 0;
            }
        }
        for (int c = 0; c < lines.length; c++) {
            if (lines[c] > 0 && longLines[c] * 2 >= lines[c]) {
                return null;
            }
        }
        return table;
    }

    private static TextLine placeholderLine(TableGrid table, Map<Word, TableGrid> placeholders, double bodySize) {
        Word placeholder = new Word(PLACEHOLDER, table.box().x(), table.box().y(), table.box().right(),
                table.box().bottom(), table.box().y(), bodySize, false);
        placeholders.put(placeholder, table);
        return new TextLine(List.of(placeholder));
    }
}
