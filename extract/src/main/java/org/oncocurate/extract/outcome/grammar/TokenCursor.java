package org.oncocurate.extract.outcome.grammar;

import java.util.List;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;

/** Read access to a token list with bounds checks, and the readers of CIs and p values shared by the grammar. */
final class TokenCursor {
    private static final Set<String> P_VERBS = Set.of("was", "is", "of", "were");
    private static final Set<String> UNKNOWN_BOUNDS = Set.of("NE", "NR", "NA", "NE)", "N/A");
    private static final Set<String> NOT_BOUNDS = Set.of("estimable", "evaluable", "reached", "available",
            "calculable", "estimated");

    private final List<FigureToken> tokens;

    TokenCursor(List<FigureToken> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    FigureToken at(int index) {
        return tokens.get(index);
    }

    boolean is(int index, Kind kind) {
        return index >= 0 && index < tokens.size() && tokens.get(index).kind() == kind;
    }

    boolean isWord(int index, String word) {
        return index >= 0 && index < tokens.size() && tokens.get(index).isWord(word);
    }

    /** A confidence interval read at {@code index}; {@code next} is the index after it. */
    record Interval(double lower, double upper, Double level, int next) {
        boolean isNinetyFive() {
            return level == null || Math.abs(level - 95) < 1e-9;
        }

        /** [lower, upper] when both bounds are printed, else null. */
        List<Double> bounds() {
            return Double.isFinite(upper) ? List.of(lower, upper) : null;
        }

        /** The confidence level when the paper prints one other than 95% ("99.2% CI"), else null. */
        Double otherLevel() {
            return isNinetyFive() ? null : level;
        }
    }

    /**
     * Reads a labelled CI ("95% CI 0.45-0.70", "95% confidence interval (CI), 0.58 to 0.86", "95%CI 3.6~7.6",
     * "CI: [0.58, 0.86]") or, when {@code bare} is allowed, a bracketed one ("(0.58–0.86)", "[0.58, 0.86]").
     */
    Interval interval(int index, boolean bare) {
        int at = index;
        Double level = null;
        if (is(at, Kind.NUMBER) && is(at + 1, Kind.PERCENT) && is(at + 2, Kind.CI)) {
            level = at(at).number();
            at += 2;
        }
        if (is(at, Kind.CI)) {
            at++;
            if (is(at, Kind.OPEN) && is(at + 1, Kind.CI) && is(at + 2, Kind.CLOSE)) {
                at += 3;
            }
            if (is(at, Kind.COMMA) || is(at, Kind.COLON) || is(at, Kind.COMPARATOR) && "=".equals(at(at).canonical())) {
                at++;
            }
            boolean bracket = is(at, Kind.OPEN);
            Interval bounds = bounds(bracket ? at + 1 : at, true, level);
            if (bounds == null || bracket && !is(bounds.next(), Kind.CLOSE)) {
                return null;
            }
            return bracket ? new Interval(bounds.lower(), bounds.upper(), level, bounds.next() + 1) : bounds;
        }
        if (bare && is(index, Kind.OPEN)) {
            Interval bounds = bounds(index + 1, true, null);
            if (bounds != null && is(bounds.next(), Kind.CLOSE)) {
                return new Interval(bounds.lower(), bounds.upper(), null, bounds.next() + 1);
            }
        }
        return null;
    }

    private Interval bounds(int index, boolean commaSeparates, Double level) {
        int at = index;
        if (!is(at, Kind.NUMBER)) {
            return null;
        }
        double lower = at(at).number();
        at++;
        if (is(at, Kind.PERCENT)) {
            at++;
        }
        boolean separator = is(at, Kind.DASH) || isWord(at, "to") || commaSeparates && is(at, Kind.COMMA);
        int unknown = separator ? unknownBound(at + 1) : -1;
        if (unknown > 0) {
            return new Interval(lower, Double.NaN, level, unknown);
        }
        if (!separator || !is(at + 1, Kind.NUMBER)) {
            return null;
        }
        double upper = at(at + 1).number();
        at += 2;
        if (is(at, Kind.PERCENT)) {
            at++;
        }
        return new Interval(lower, upper, level, at);
    }

    /** The index after an upper bound printed as not estimable ("NE", "NR", "not reached"), or -1. */
    private int unknownBound(int index) {
        if (index < tokens.size() && tokens.get(index).kind() == Kind.WORD
                && UNKNOWN_BOUNDS.contains(tokens.get(index).text())) {
            return index + 1;
        }
        if (isWord(index, "not") && index + 1 < tokens.size()
                && NOT_BOUNDS.contains(tokens.get(index + 1).canonical())) {
            return index + 2;
        }
        return -1;
    }

    /** A p value read at a P token; {@code next} is the index after it. */
    record PValue(String printed, int next) {
    }

    /** Reads "P &lt; 0.001", "P=.003", "p value of 0.02", "P was &lt;0.05". */
    PValue pValue(int index) {
        if (!is(index, Kind.P)) {
            return null;
        }
        int at = index + 1;
        String comparator = null;
        if (index + 1 < tokens.size() && at(at).kind() == Kind.WORD && P_VERBS.contains(at(at).canonical())) {
            comparator = "=";
            at++;
        }
        if (is(at, Kind.COMPARATOR)) {
            comparator = at(at).canonical();
            at++;
        }
        if (comparator == null || !is(at, Kind.NUMBER) || at(at).number() > 1) {
            return null;
        }
        String number = at(at).canonical();
        return new PValue("=".equals(comparator) ? number : comparator + number, at + 1);
    }
}
