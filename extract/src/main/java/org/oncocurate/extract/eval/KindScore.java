package org.oncocurate.extract.eval;

import java.util.List;

/**
 * Precision, recall and F1 of one kind of record against a gold file; null where nothing was to be found and
 * nothing was found. {@code ciCorrect}/{@code ciTotal} count matched hazard ratios whose CI is right as well.
 */
public record KindScore(String kind, int tp, int fp, int fn, Double precision, Double recall, Double f1,
                        List<String> missed, List<String> spurious, int ciCorrect, int ciTotal) {
    public KindScore {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    static KindScore of(String kind, int tp, int fp, int fn, List<String> missed, List<String> spurious,
                        int ciCorrect, int ciTotal) {
        if (tp + fp + fn == 0) {
            return new KindScore(kind, tp, fp, fn, null, null, null, missed, spurious, ciCorrect, ciTotal);
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new KindScore(kind, tp, fp, fn, precision, recall, f1, missed, spurious, ciCorrect, ciTotal);
    }
}
