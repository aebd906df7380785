package org.oncocurate.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's words into rows: words whose baselines agree, across the whole width of the page. A row of a
 * two-column page holds words of both columns; column detection splits it later. Superscripts and subscripts (a
 * citation number after an author's name or a trial's acronym, the charge of an ion) sit off the baseline of the line
 * they belong to; a smaller word that touches a word of a neighbouring row and sits within that row's type height
 * joins it, so that it neither forms a line of its own nor is read apart from its word.
 */
public final class Rows {
    private static final double BASELINE_TOLERANCE = 0.35;
    /** A script is set at most this share of its line's font size. */
    private static final double SCRIPT_SIZE = 0.85;
    /** Shifts of a script off its line's baseline, in ems of the line's font: at least, raised at most, lowered at most. */
    private static final double MIN_SCRIPT_SHIFT = 0.1;
    private static final double MAX_RAISE = 0.75;
    private static final double MAX_DROP = 0.45;
    /** A script touches its word: the gap between them is at most this share of the word's font size. */
    private static final double TOUCH = 0.3;

    private Rows() {
    }

    /** Rows top to bottom, each sorted left to right, with superscripts and subscripts in the rows of their words. */
    public static List<List<Word>> of(List<Word> words) {
        return withScriptsJoined(onBaselines(words));
    }

    /**
     * Rows of words whose baselines agree, top to bottom, each sorted left to right; scripts set off a baseline form
     * rows of their own (table cells are aligned by their baselines, markers included).
     */
    public static List<List<Word>> onBaselines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::left));
        List<List<Word>> rows = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        double rowBaseline = 0;
        double rowSize = 0;
        for (Word word : sorted) {
            double tolerance = BASELINE_TOLERANCE * Math.max(rowSize, word.fontSize());
            if (!row.isEmpty() && word.baseline() - rowBaseline > tolerance) {
                rows.add(sortedByX(row));
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowBaseline = word.baseline();
                rowSize = word.fontSize();
            }
            row.add(word);
        }
        if (!row.isEmpty()) {
            rows.add(sortedByX(row));
        }
        return rows;
    }

    /** Moves superscripts and subscripts set off their line's baseline into the line they belong to. */
    private static List<List<Word>> withScriptsJoined(List<List<Word>> rows) {
        List<List<Word>> joined = new ArrayList<>();
        for (List<Word> row : rows) {
            joined.add(new ArrayList<>(row));
        }
        boolean moved = false;
        for (int r = 0; r < rows.size(); r++) {
            for (Word word : rows.get(r)) {
                int host = r > 0 && hosts(rows.get(r - 1), word) ? r - 1
                        : r + 1 < rows.size() && hosts(rows.get(r + 1), word) ? r + 1 : -1;
                if (host >= 0) {
                    joined.get(r).remove(word);
                    joined.get(host).add(word);
                    moved = true;
                }
            }
        }
        if (!moved) {
            return rows;
        }
        joined.removeIf(List::isEmpty);
        joined.forEach(Rows::sortedByX);
        return joined;
    }

    /**
     * True when the word is a script of the row: clearly smaller than a word of the row that it touches on the left
     * or the right, raised or lowered by less than that word's type height.
     */
    static boolean hosts(List<Word> row, Word script) {
        for (Word word : row) {
            double size = word.fontSize();
            if (script.fontSize() > SCRIPT_SIZE * size) {
                continue;
            }
            double shift = word.baseline() - script.baseline();
            boolean raised = shift >= MIN_SCRIPT_SHIFT * size && shift <= MAX_RAISE * size;
            boolean lowered = -shift >= MIN_SCRIPT_SHIFT * size && -shift <= MAX_DROP * size;
            double after = script.left() - word.right();
            double before = word.left() - script.right();
            boolean touches = (after >= -TOUCH * size && after <= TOUCH * size)
                    || (before >= -TOUCH * size && before <= TOUCH * size);
            if ((raised || lowered) && touches) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> sortedByX(List<Word> row) {
        row.sort(Comparator.comparingDouble(Word::left));
        return row;
    }

    /** The typical font size of the words, weighted by their length; 10 when there are none. */
    public static double bodyFontSize(List<Word> words) {
        java.util.Map<Long, Integer> weights = new java.util.HashMap<>();
        for (Word word : words) {
            weights.merge(Math.round(word.fontSize() * 2), word.text().length(), Integer::sum);
        }
        return weights.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(entry -> entry.getKey() / 2.0).orElse(10.0);
    }
}
