package org.oncocurate.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the columns of a page from the positions of its words and puts its lines in reading order.
 *
 * <p>A gutter shows as many consecutive rows that each have a word starting at the same x after a wide gap, while no
 * word runs across that gap. Gaps are looked for in each row taken together with the row below it, since the lines
 * of two columns need not share baselines: when they alternate, every row holds the text of one column only. The page is cut into bands of rows that share the same open gutters; a row that runs
 * across a gutter (a title, a wide table or caption) forms a band of its own. A band is read column by column, so
 * two columns are never interleaved line by line.
 */
public final class ColumnDetector {
    /** Rows that must show a gutter before this page alone may claim it. */
    static final int MIN_SUPPORT = 4;
    /** Narrowest column of text, in ems of body text: narrower stretches between gaps are a table's cells. */
    static final double MIN_COLUMN_EMS = 10;
    private static final double ALIGNMENT = 2.0;
    /** Widest list number or bullet, in ems of body text. */
    static final double MAX_MARKER_EMS = 1.5;
    /** A list item's number or letter ("3.", "b)", "(iv)") or bullet. */
    private static final Pattern LIST_MARKER =
            Pattern.compile("\\(?(\\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)]"
                    + "|[\u2022\u25CF\u25AA\u25E6\u2023\u2219\u00B7*\u2013\u2014-]");
    /** A column whose lines fill less than this share of its width on average holds cells, not prose. */
    static final double MAX_CELL_FILL = 0.6;
    /** A gap between two words of a line this many ems wide separates cells; prose spaces its words closer. */
    static final double CELL_GAP_EMS = 1.5;

    private final double minGap;
    private final double cellGap;
    private final double minColumn;
    private final double maxMarkerWidth;

    public ColumnDetector(double bodyFontSize) {
        this.minGap = Math.max(4, 0.6 * bodyFontSize);
        this.cellGap = CELL_GAP_EMS * bodyFontSize;
        this.minColumn = MIN_COLUMN_EMS * bodyFontSize;
        this.maxMarkerWidth = MAX_MARKER_EMS * bodyFontSize;
    }

    /** The gutters that the rows of one page show on their own. */
    public List<Gutter> detect(List<List<Word>> rows) {
        List<double[]> gapEnds = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Word> pair = new ArrayList<>(rows.get(r));
            if (r + 1 < rows.size()) {
                pair.addAll(rows.get(r + 1));
            }
            pair.sort(Comparator.comparingDouble(Word::left));
            double reach = -Double.MAX_VALUE;
            for (int i = 0; i < pair.size(); i++) {
                Word word = pair.get(i);
                if (i > 0 && word.left() - reach >= minGap) {
                    gapEnds.add(new double[] {word.left(), reach});
                }
                reach = Math.max(reach, word.right());
            }
        }
        gapEnds.sort(Comparator.comparingDouble(gap -> gap[0]));
        List<Gutter> gutters = new ArrayList<>();
        int from = 0;
        while (from < gapEnds.size()) {
            int to = from;
            while (to < gapEnds.size() && gapEnds.get(to)[0] - gapEnds.get(from)[0] <= ALIGNMENT * 2) {
                to++;
            }
            if (to - from >= MIN_SUPPORT) {
                double start = Double.MAX_VALUE;
                double leftEnd = -Double.MAX_VALUE;
                for (int i = from; i < to; i++) {
                    start = Math.min(start, gapEnds.get(i)[0]);
                    leftEnd = Math.max(leftEnd, gapEnds.get(i)[1]);
                }
                if (start - leftEnd >= 0.75 * minGap) {
                    Gutter candidate = narrowed(new Gutter(leftEnd, start), rows);
                    if (strongestRun(candidate, rows) >= MIN_SUPPORT) {
                        gutters.add(candidate);
                    }
                }
            }
            from = to;
        }
        return select(gutters, rows);
    }

    /**
     * The gutters that leave every column at least {@value #MIN_COLUMN_EMS} ems wide, wider gutters chosen first:
     * the white space between page columns is wider than the spaces of justified lines or of table cells.
     */
    public List<Gutter> select(List<Gutter> candidates, List<List<Word>> rows) {
        double textLeft = Double.MAX_VALUE;
        double textRight = -Double.MAX_VALUE;
        for (List<Word> row : rows) {
            textLeft = Math.min(textLeft, row.get(0).left());
            textRight = Math.max(textRight, row.get(row.size() - 1).right());
        }
        List<Gutter> byWidth = new ArrayList<>(candidates);
        byWidth.sort(Comparator.comparingDouble(Gutter::width).reversed());
        List<Gutter> chosen = new ArrayList<>();
        for (Gutter candidate : byWidth) {
            if (leavesWideColumns(chosen, candidate, textLeft, textRight)) {
                addUnlessKnown(chosen, candidate);
            }
        }
        chosen.sort(Comparator.comparingDouble(Gutter::center));
        return chosen;
    }

    private boolean leavesWideColumns(List<Gutter> chosen, Gutter candidate, double textLeft, double textRight) {
        double left = textLeft;
        double right = textRight;
        for (Gutter gutter : chosen) {
            if (gutter.center() < candidate.center()) {
                left = Math.max(left, gutter.right());
            } else {
                right = Math.min(right, gutter.left());
            }
        }
        return candidate.left() - left >= minColumn && right - candidate.right() >= minColumn;
    }

    /** True when a gutter found elsewhere in the document also separates columns somewhere on this page. */
    public boolean confirms(Gutter gutter, List<List<Word>> rows) {
        return strongestRun(gutter, rows) >= 2;
    }

    /** Adds a gutter unless one at nearly the same place is already there. */
    public static void addUnlessKnown(List<Gutter> gutters, Gutter candidate) {
        for (Gutter known : gutters) {
            if (Math.abs(known.center() - candidate.center()) < Math.max(known.width(), candidate.width()) / 2 + 2) {
                return;
            }
        }
        gutters.add(candidate);
    }

    /**
     * The most rows aligned at the gutter within one run of consecutive rows that leave it open, counting only runs
     * in which at least half of the rows with text right of the gutter start at it.
     */
    private int strongestRun(Gutter gutter, List<List<Word>> rows) {
        int best = 0;
        int aligned = 0;
        int withRightText = 0;
        for (List<Word> row : rows) {
            if (gutter.blockedBy(row)) {
                best = Math.max(best, qualifying(aligned, withRightText));
                aligned = 0;
                withRightText = 0;
                continue;
            }
            if (alignedAt(gutter, row)) {
                aligned++;
            }
            if (row.get(row.size() - 1).right() > gutter.center()) {
                withRightText++;
            }
        }
        return Math.max(best, qualifying(aligned, withRightText));
    }

    private static int qualifying(int aligned, int withRightText) {
        return aligned * 2 >= withRightText ? aligned : 0;
    }

    /**
     * True when the row has a word starting, after a gap, at the gutter's right edge or where most of the column's
     * lines start (list numbers and outdented headings may start left of them).
     */
    private boolean alignedAt(Gutter gutter, List<Word> row) {
        for (int i = 0; i < row.size(); i++) {
            Word word = row.get(i);
            if (Math.abs(word.left() - gutter.right()) <= ALIGNMENT
                    || Math.abs(word.left() - gutter.columnStart()) <= ALIGNMENT) {
                return i == 0 || word.left() - row.get(i - 1).right() >= minGap / 2;
            }
        }
        return false;
    }

    /**
     * The gutter cut back to the white space that every row leaves: a list number or an outdented heading that
     * starts a column left of its body lines moves the gutter's right edge to it, as long as a gap of at least
     * the minimum remains. A list number may also end inside the white space, when the item's text follows it at the
     * gutter's right edge.
     */
    private Gutter narrowed(Gutter gutter, List<List<Word>> rows) {
        double right = gutter.right();
        double before;
        do {
            before = right;
            for (List<Word> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    Word word = row.get(i);
                    boolean startsSegment = i == 0 || word.left() - row.get(i - 1).right() >= minGap / 2;
                    boolean marker = i + 1 < row.size() && word.right() - word.left() <= maxMarkerWidth
                            && LIST_MARKER.matcher(word.text()).matches()
                            && Math.abs(row.get(i + 1).left() - right) <= ALIGNMENT;
                    if (startsSegment && word.left() < right && word.left() >= gutter.left() + minGap
                            && (word.right() > gutter.right() || marker)) {
                        right = word.left();
                    }
                }
            }
        } while (right < before);
        return new Gutter(gutter.left(), right, gutter.columnStart());
    }

    /** The rows of a page as bands in reading order, split into columns at the gutters each row leaves open. */
    public List<Band> layout(List<List<Word>> rows, List<Gutter> gutters) {
        List<Gutter> sorted = new ArrayList<>(gutters);
        sorted.sort(Comparator.comparingDouble(Gutter::center));
        long[] keys = new long[rows.size()];
        for (int g = 0; g < sorted.size() && g < Long.SIZE; g++) {
            markColumnRuns(sorted.get(g), rows, keys, 1L << g);
        }
        List<Band> bands = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || keys[i] != keys[start]) {
                bands.add(band(rows.subList(start, i), sorted, keys[start]));
                start = i;
            }
        }
        return bands;
    }

    /** Sets {@code bit} on every row of each open run in which some row is aligned at the gutter. */
    private void markColumnRuns(Gutter gutter, List<List<Word>> rows, long[] keys, long bit) {
        int runStart = 0;
        boolean anyAligned = false;
        for (int i = 0; i <= rows.size(); i++) {
            boolean open = i < rows.size() && !gutter.blockedBy(rows.get(i));
            if (open) {
                anyAligned |= alignedAt(gutter, rows.get(i));
                continue;
            }
            if (anyAligned) {
                for (int j = runStart; j < i; j++) {
                    keys[j] |= bit;
                }
            }
            runStart = i + 1;
            anyAligned = false;
        }
    }

    private Band band(List<List<Word>> rows, List<Gutter> gutters, long key) {
        List<Gutter> open = new ArrayList<>();
        for (int g = 0; g < gutters.size() && g < Long.SIZE; g++) {
            if ((key & (1L << g)) != 0) {
                open.add(gutters.get(g));
            }
        }
        List<List<TextLine>> columns = new ArrayList<>();
        for (int c = 0; c <= open.size(); c++) {
            columns.add(new ArrayList<>());
        }
        for (List<Word> row : rows) {
            List<List<Word>> parts = new ArrayList<>();
            for (int c = 0; c <= open.size(); c++) {
                parts.add(new ArrayList<>());
            }
            for (Word word : row) {
                int column = 0;
                while (column < open.size() && (word.left() + word.right()) / 2 > open.get(column).center()) {
                    column++;
                }
                parts.get(column).add(word);
            }
            for (int c = 0; c < parts.size(); c++) {
                if (!parts.get(c).isEmpty()) {
                    columns.get(c).add(new TextLine(parts.get(c)));
                }
            }
        }
        columns.removeIf(List::isEmpty);
        if (columns.size() >= 2 && tabular(rows, columns)) {
            List<TextLine> wholeRows = new ArrayList<>();
            for (List<Word> row : rows) {
                wholeRows.add(new TextLine(row));
            }
            return new Band(List.of(wholeRows), true, true);
        }
        return new Band(columns, open.isEmpty());
    }

    /**
     * True when the columns of a band are the cells of a table without rules rather than columns of text: most rows
     * hold words in more than one column, and either no column is filled the way prose fills its lines (short labels
     * and figures leave most of each column's width empty) or most lines hold a gap wider than prose's word spaces
     * (cells side by side). Such a band is read row by row.
     */
    boolean tabular(List<List<Word>> rows, List<List<TextLine>> columns) {
        if (rows.size() < MIN_SUPPORT) {
            return false;
        }
        int lineCount = 0;
        int withCellGap = 0;
        boolean prose = false;
        for (List<TextLine> column : columns) {
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double inked = 0;
            for (TextLine line : column) {
                left = Math.min(left, line.left());
                right = Math.max(right, line.right());
                inked += line.right() - line.left();
                lineCount++;
                if (hasCellGap(line)) {
                    withCellGap++;
                }
            }
            prose |= inked / column.size() >= MAX_CELL_FILL * (right - left);
        }
        boolean sideBySide = lineCount - rows.size() >= 0.6 * rows.size();
        return sideBySide && (!prose || withCellGap * 2 >= lineCount);
    }

    private boolean hasCellGap(TextLine line) {
        List<Word> words = line.words();
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).left() - words.get(i - 1).right() >= cellGap) {
                return true;
            }
        }
        return false;
    }}
