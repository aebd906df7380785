package org.oncocurate.extract.eval;

import java.util.List;

/**
 * Precision, recall and F1 of one kind of record against a gold file; null where nothing was to be found and
 * nothing was found. {@code ciCorrect}/{@code ciTotal} count matched hazard ratios whose CI is right as well.
 * {@code trustedTp}/{@code trustedFp} count, for outcome facts that carry checks, the facts whose checks all pass
 * that match a gold fact and that do not; both null when the records carry no checks.
 */
public record KindScore(String kind, int tp, int fp, int fn, Double precision, Double recall, Double f1,
                        List<String> missed, List<String> spurious, int ciCorrect, int ciTotal, Integer trustedTp,
                        Integer trustedFp) {
    public KindScore {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        if ((trustedTp == null) != (trustedFp == null)) {
            throw new IllegalArgumentException("trusted counts come together");
        }
    }

    static KindScore of(String kind, int tp, int fp, int fn, List<String> missed, List<String> spurious,
                        int ciCorrect, int ciTotal) {
        return of(kind, tp, fp, fn, missed, spurious, ciCorrect, ciTotal, null, null);
    }

    static KindScore of(String kind, int tp, int fp, int fn, List<String> missed, List<String> spurious,
                        int ciCorrect, int ciTotal, Integer trustedTp, Integer trustedFp) {
        if (tp + fp + fn == 0) {
            return new KindScore(kind, tp, fp, fn, null, null, null, missed, spurious, ciCorrect, ciTotal,
                    trustedTp, trustedFp);
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new KindScore(kind, tp, fp, fn, precision, recall, f1, missed, spurious, ciCorrect, ciTotal,
                trustedTp, trustedFp);
    }

    KindScore withTrusted(int truePositives, int falsePositives) {
        return of(kind, tp, fp, fn, missed, spurious, ciCorrect, ciTotal, truePositives, falsePositives);
    }

    /** Precision of the facts whose checks all pass; null when there are none or the records carry no checks. */
    public Double trustedPrecision() {
        return trustedTp == null || trustedTp + trustedFp == 0 ? null : (double) trustedTp / (trustedTp + trustedFp);
    }

    /** Share of the gold facts matched by facts whose checks all pass; null without checks or gold facts. */
    public Double trustedShare() {
        return trustedTp == null || tp + fn == 0 ? null : (double) trustedTp / (tp + fn);
    }

    /** The sum of scores of the same kind over several documents: micro-averaging, as score.py --micro. */
    public static KindScore sum(String kind, List<KindScore> scores) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int ciCorrect = 0;
        int ciTotal = 0;
        Integer trustedTp = null;
        Integer trustedFp = null;
        for (KindScore score : scores) {
            tp += score.tp();
            fp += score.fp();
            fn += score.fn();
            ciCorrect += score.ciCorrect();
            ciTotal += score.ciTotal();
            if (score.trustedTp() != null) {
                trustedTp = (trustedTp == null ? 0 : trustedTp) + score.trustedTp();
                trustedFp = (trustedFp == null ? 0 : trustedFp) + score.trustedFp();
            }
        }
        return of(kind, tp, fp, fn, List.of(), List.of(), ciCorrect, ciTotal, trustedTp, trustedFp);
    }
}
