package org.oncocurate.ingest.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.oncocurate.ingest.layout.Rows;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.model.text.BoundingBox;

/**
 * Builds the grid of one table region. Columns come from vertical rules, or else from the white space that runs down
 * the whole region between its words. Rows come from the horizontal rules inside the region when the table rules its
 * rows; otherwise from the lines of text, where a line continues the row above when it is close to it and leaves the
 * first column empty (or continues a word broken there), which merges cells that wrap over several lines.
 */
final class GridBuilder {
    /** Bounds on what one table may be; beyond them the region is not treated as a table. */
    static final int MAX_ROWS = 400;
    static final int MAX_COLUMNS = 40;
    private static final double RESOLUTION = 0.5;
    private static final double ROW_GAP = 1.45;

    private GridBuilder() {
    }

    /**
     * The grid of the words in {@code region}, or null when they do not form a table of at least two columns and two
     * rows.
     *
     * @param innerRules y of the horizontal rules strictly inside the region, top to bottom
     * @param verticals  x of vertical rules that run down most of the region
     */
    static TableGrid build(List<Word> words, BoundingBox region, List<Double> innerRules, List<Double> verticals) {
        if (words.size() < 2) {
            return null;
        }
        List<double[]> columns = verticals.size() >= 1 ? columnsFromRules(words, region, verticals)
                : columnsFromWhiteSpace(words, region);
        if (columns.size() < 2 || columns.size() > MAX_COLUMNS) {
            return null;
        }
        List<RowSpan> rows = rows(words, region, innerRules, columns);
        if (rows.size() < 2 || rows.size() > MAX_ROWS) {
            return null;
        }
        int headerRows = headerRows(rows, innerRules, columns);
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            RowSpan row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                List<Word> cellWords = new ArrayList<>();
                for (Word word : row.words) {
                    if (columnOf(word, columns) == c) {
                        cellWords.add(word);
                    }
                }
                List<TextLine> lines = new ArrayList<>();
                for (List<Word> line : Rows.onBaselines(cellWords)) {
                    lines.add(new TextLine(line));
                }
                BoundingBox box = BoundingBox.ofCorners(columns.get(c)[0], row.top, columns.get(c)[1], row.bottom);
                cells.add(new GridCell(r, c, lines, box, r < headerRows));
            }
        }
        return new TableGrid(region, rows.size(), columns.size(), cells);
    }

    /** Column x-ranges between the vertical rules, keeping those that hold text. */
    private static List<double[]> columnsFromRules(List<Word> words, BoundingBox region, List<Double> verticals) {
        List<Double> edges = new ArrayList<>();
        edges.add(region.x());
        for (double x : verticals) {
            if (x > region.x() + 2 && x < region.right() - 2) {
                edges.add(x);
            }
        }
        edges.add(region.right());
        edges.sort(Comparator.naturalOrder());
        List<double[]> columns = new ArrayList<>();
        for (int i = 1; i < edges.size(); i++) {
            double[] column = {edges.get(i - 1), edges.get(i)};
            if (words.stream().anyMatch(word -> center(word) >= column[0] && center(word) < column[1])) {
                columns.add(column);
            }
        }
        return columns;
    }

    /**
     * Column x-ranges split at the gaps that no line's words cover (one line may cross a gap in a table of many
     * lines, for a cell spanning columns), where a gap is wider than a space between words.
     */
    private static List<double[]> columnsFromWhiteSpace(List<Word> words, BoundingBox region) {
        List<List<Word>> lines = Rows.onBaselines(words);
        double fontSize = Rows.bodyFontSize(words);
        double minGap = Math.max(3.0, 0.4 * fontSize);
        double left = words.stream().mapToDouble(Word::left).min().orElse(region.x());
        double right = words.stream().mapToDouble(Word::right).max().orElse(region.right());
        int cells = (int) Math.ceil((right - left) / RESOLUTION) + 1;
        if (cells > 100_000) {
            return List.of();
        }
        int[] coverage = new int[cells];
        for (List<Word> line : lines) {
            boolean[] covered = new boolean[cells];
            for (Word word : line) {
                int from = (int) Math.floor((word.left() - left) / RESOLUTION);
                int to = (int) Math.ceil((word.right() - left) / RESOLUTION);
                for (int i = Math.max(0, from); i < Math.min(cells, to); i++) {
                    covered[i] = true;
                }
            }
            for (int i = 0; i < cells; i++) {
                coverage[i] += covered[i] ? 1 : 0;
            }
        }
        int tolerated = lines.size() >= 8 ? 1 : 0;
        List<double[]> columns = new ArrayList<>();
        double columnStart = region.x();
        int gapStart = -1;
        for (int i = 0; i <= cells; i++) {
            boolean open = i < cells && coverage[i] <= tolerated;
            if (open && gapStart < 0) {
                gapStart = i;
            } else if (!open && gapStart >= 0) {
                double gapLeft = left + gapStart * RESOLUTION;
                double gapRight = left + i * RESOLUTION;
                if (i < cells && gapStart > 0 && gapRight - gapLeft >= minGap) {
                    double split = (gapLeft + gapRight) / 2;
                    columns.add(new double[] {columnStart, split});
                    columnStart = split;
                }
                gapStart = -1;
            }
        }
        columns.add(new double[] {columnStart, region.right()});
        return columns;
    }

    private static List<RowSpan> rows(List<Word> words, BoundingBox region, List<Double> innerRules,
                                      List<double[]> columns) {
        List<Double> edges = new ArrayList<>();
        edges.add(region.y());
        edges.addAll(innerRules);
        edges.add(region.bottom());
        List<List<Word>> bands = new ArrayList<>();
        List<double[]> bandEdges = new ArrayList<>();
        for (int i = 1; i < edges.size(); i++) {
            double top = edges.get(i - 1);
            double bottom = edges.get(i);
            List<Word> band = new ArrayList<>();
            for (Word word : words) {
                double middle = word.centerY();
                if (middle >= top && (middle < bottom || i == edges.size() - 1 && middle <= bottom)) {
                    band.add(word);
                }
            }
            if (!band.isEmpty()) {
                bands.add(band);
                bandEdges.add(new double[] {top, bottom});
            }
        }
        boolean rulesSeparateRows = bands.size() >= 3;
        List<RowSpan> rows = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            List<List<Word>> lines = Rows.onBaselines(bands.get(b));
            List<List<List<Word>>> groups = rulesSeparateRows ? splitAtGaps(lines) : splitIntoRows(lines, columns);
            for (int g = 0; g < groups.size(); g++) {
                List<Word> rowWords = new ArrayList<>();
                groups.get(g).forEach(rowWords::addAll);
                double top = g == 0 ? bandEdges.get(b)[0] : rowWords.stream().mapToDouble(Word::top).min().orElse(0);
                double bottom = g == groups.size() - 1 ? bandEdges.get(b)[1]
                        : rowWords.stream().mapToDouble(Word::bottom).max().orElse(0);
                rows.add(new RowSpan(rowWords, top, Math.max(top, bottom), groups.get(g)));
            }
        }
        return rows;
    }

    /** Lines split into rows wherever the distance between them is clearly larger than the usual line pitch. */
    private static List<List<List<Word>>> splitAtGaps(List<List<Word>> lines) {
        double pitch = minimumPitch(lines);
        List<List<List<Word>>> groups = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || baseline(lines.get(i)) - baseline(lines.get(i - 1)) > ROW_GAP * pitch) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(lines.get(i));
        }
        return groups;
    }

    /**
     * Lines split into rows in a region whose rows are not ruled: at clear gaps when the lines show them, and within
     * the stretches between gaps where a line has text in the first column that does not continue the line above
     * (a gap often sets off a group of rows, not one row).
     */
    private static List<List<List<Word>>> splitIntoRows(List<List<Word>> lines, List<double[]> columns) {
        List<List<List<Word>>> groups = new ArrayList<>();
        for (List<List<Word>> group : splitAtGaps(lines)) {
            groups.addAll(splitAtFirstColumn(group, columns));
        }
        return groups;
    }

    /** Lines split where a line has text in the first column that does not continue the line above. */
    private static List<List<List<Word>>> splitAtFirstColumn(List<List<Word>> lines, List<double[]> columns) {
        List<List<List<Word>>> groups = new ArrayList<>();
        String previousFirstCell = null;
        for (List<Word> line : lines) {
            String firstCell = firstColumnText(line, columns);
            boolean continues = firstCell.isEmpty() || previousFirstCell != null && previousFirstCell.endsWith("-")
                    || Character.isLowerCase(firstCell.charAt(0)) && !holdsFigures(line, columns)
                    || firstCell.startsWith("(");
            if (groups.isEmpty() || !continues) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(line);
            previousFirstCell = firstCell.isEmpty() ? previousFirstCell : firstCell;
        }
        return groups;
    }

    /**
     * True when the line holds figures in at least two columns besides the first: a sub-item's row of its own
     * ("related to cancer | 12 | 12"), not the end of a wrapped cell.
     */
    private static boolean holdsFigures(List<Word> line, List<double[]> columns) {
        boolean[] filled = new boolean[columns.size()];
        for (Word word : line) {
            int column = columnOf(word, columns);
            if (column > 0 && word.text().chars().anyMatch(Character::isDigit)) {
                filled[column] = true;
            }
        }
        int count = 0;
        for (boolean column : filled) {
            count += column ? 1 : 0;
        }
        return count >= 2;
    }

    private static String firstColumnText(List<Word> line, List<double[]> columns) {
        StringBuilder text = new StringBuilder();
        for (Word word : line) {
            if (columnOf(word, columns) == 0) {
                text.append(text.length() > 0 ? " " : "").append(word.text());
            }
        }
        return text.toString();
    }

    private static double minimumPitch(List<List<Word>> lines) {
        double pitch = Double.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            double distance = baseline(lines.get(i)) - baseline(lines.get(i - 1));
            if (distance > 0.5) {
                pitch = Math.min(pitch, distance);
            }
        }
        return pitch == Double.MAX_VALUE ? 1 : pitch;
    }

    /**
     * Leading rows in bold print are header rows; else the rows above the first inner rule, when rules split header
     * from body; else the first row, when it holds no digits while most rows below it do.
     */
    private static int headerRows(List<RowSpan> rows, List<Double> innerRules, List<double[]> columns) {
        int bold = 0;
        while (bold < rows.size() - 1 && rows.get(bold).words.stream().allMatch(Word::bold)) {
            bold++;
        }
        if (bold > 0) {
            return bold;
        }
        if (!innerRules.isEmpty()) {
            double firstRule = innerRules.get(0);
            int above = 0;
            while (above < rows.size() - 1 && rows.get(above).bottom <= firstRule + 1) {
                above++;
            }
            if (above > 0 && above <= 3 && above < rows.size() - 1) {
                return above;
            }
        }
        int withDigits = 0;
        for (int r = 1; r < rows.size(); r++) {
            withDigits += hasDigit(rows.get(r).words) ? 1 : 0;
        }
        return !hasDigit(rows.get(0).words) && withDigits * 2 >= rows.size() - 1 ? 1 : 0;
    }

    private static boolean hasDigit(List<Word> words) {
        return words.stream().anyMatch(word -> word.text().chars().anyMatch(Character::isDigit));
    }

    static int columnOf(Word word, List<double[]> columns) {
        double x = center(word);
        for (int c = 0; c < columns.size(); c++) {
            if (x < columns.get(c)[1]) {
                return c;
            }
        }
        return columns.size() - 1;
    }

    private static double center(Word word) {
        return (word.left() + word.right()) / 2;
    }

    private static double baseline(List<Word> line) {
        return line.get(0).baseline();
    }

    /** The words of one row and its vertical extent. */
    private record RowSpan(List<Word> words, double top, double bottom, List<List<Word>> lines) {
    }
}
