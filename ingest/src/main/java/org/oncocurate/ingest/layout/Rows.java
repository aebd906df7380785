package org.oncocurate.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's words into rows: words whose baselines agree, across the whole width of the page. A row of a
 * two-column page holds words of both columns; column detection splits it later.
 */
public final class Rows {
    private static final double BASELINE_TOLERANCE = 0.35;

    private Rows() {
    }

    /** Rows top to bottom, each sorted left to right. */
    public static List<List<Word>> of(List<Word> words) {
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
