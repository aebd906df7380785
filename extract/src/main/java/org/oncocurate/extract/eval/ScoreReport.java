package org.oncocurate.extract.eval;

import java.util.Locale;
import java.util.Map;

/** Scores printed as score.py prints them: one line per kind with P/R/F1 and counts, then misses and spurious items. */
public final class ScoreReport {
    private ScoreReport() {
    }

    public static String format(Map<String, KindScore> scores) {
        StringBuilder out = new StringBuilder();
        scores.forEach((kind, score) -> {
            out.append(String.format(Locale.ROOT, "%-8s P=%s R=%s F1=%s (tp=%d fp=%d fn=%d)", kind,
                    number(score.precision()), number(score.recall()), number(score.f1()), score.tp(), score.fp(),
                    score.fn()));
            if (kind.equals("outcome")) {
                out.append(" ci=").append(score.ciCorrect()).append('/').append(score.ciTotal());
            }
            out.append('\n');
            trusted(out, score);
            if (!score.missed().isEmpty()) {
                out.append("  missed:   ").append(String.join(", ", score.missed())).append('\n');
            }
            if (!score.spurious().isEmpty()) {
                out.append("  spurious: ").append(String.join(", ", score.spurious())).append('\n');
            }
        });
        return out.toString();
    }

    /**
     * Scores summed over several documents, as {@code score.py --micro} prints them: one line per kind with the
     * number of documents, and the facts whose checks all pass.
     */
    public static String formatMicro(Map<String, KindScore> scores, Map<String, Integer> documents) {
        StringBuilder out = new StringBuilder();
        scores.forEach((kind, score) -> {
            out.append(String.format(Locale.ROOT, "%-8s P=%s R=%s F1=%s (tp=%d fp=%d fn=%d, %d documents)", kind,
                    number(score.precision()), number(score.recall()), number(score.f1()), score.tp(), score.fp(),
                    score.fn(), documents.getOrDefault(kind, 0)));
            if (kind.equals("outcome")) {
                out.append(" ci=").append(score.ciCorrect()).append('/').append(score.ciTotal());
            }
            out.append('\n');
            trusted(out, score);
        });
        return out.toString();
    }

    private static void trusted(StringBuilder out, KindScore score) {
        if (score.trustedTp() != null) {
            out.append(String.format(Locale.ROOT, "  checks pass: precision=%s share of gold=%s (tp=%d fp=%d)\n",
                    number(score.trustedPrecision()), number(score.trustedShare()), score.trustedTp(),
                    score.trustedFp()));
        }
    }

    private static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
