package org.oncocurate.ingest.layout;

/**
 * The white space between two columns of text: from the right edge of the column on its left to the left edge of the
 * column on its right, in points; {@code columnStart} is where most lines of the right column start (at or right of
 * {@code right}, which a list number or an outdented heading may hold further left).
 */
public record Gutter(double left, double right, double columnStart) {
    public Gutter {
        if (!(right > left) || columnStart < right) {
            throw new IllegalArgumentException("bad gutter " + left + ".." + right + " (column at " + columnStart + ")");
        }
    }

    public Gutter(double left, double right) {
        this(left, right, right);
    }

    public double center() {
        return (left + right) / 2;
    }

    public double width() {
        return right - left;
    }

    /** True when some word of the row reaches into the middle half of the gutter, so the row runs across it. */
    boolean blockedBy(java.util.List<Word> row) {
        double from = left + width() / 4;
        double to = right - width() / 4;
        for (Word word : row) {
            if (word.left() < to && word.right() > from) {
                return true;
            }
        }
        return false;
    }

    /** True when the row has a word that starts at this gutter's right edge after a gap of at least {@code gap}. */
    boolean supportedBy(java.util.List<Word> row, double gap, double tolerance) {
        for (int i = 1; i < row.size(); i++) {
            Word word = row.get(i);
            if (Math.abs(word.left() - right) <= tolerance && word.left() - row.get(i - 1).right() >= gap) {
                return true;
            }
        }
        return false;
    }
}
