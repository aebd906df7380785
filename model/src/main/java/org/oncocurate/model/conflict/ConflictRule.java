package org.oncocurate.model.conflict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When two statements of an outcome disagree: the same trial, endpoint and measure, about the same comparison, with
 * figures that cannot both be right. Figures agree when one is the other rounded to fewer decimals (a table's HR
 * 0.568 and the prose's 0.57); a fact with fewer arms agrees when its values are among the other's (one arm's median
 * quoted from a three-arm table). Facts of unknown trial never conflict: nothing ties them together. Values travel
 * as numbers, so a printed "16.0" compares like "16": the rule errs towards agreement rather than false alarms.
 */
public final class ConflictRule {
    private static final double SLACK = 1e-9;

    private ConflictRule() {
    }

    public static boolean inConflict(FigureSet first, FigureSet second) {
        if (first.trial() == null || second.trial() == null || !first.subject().equals(second.subject())) {
            return false;
        }
        if (!sameComparison(first.comparison(), second.comparison())) {
            return false;
        }
        if (first.figures().isEmpty() || second.figures().isEmpty()) {
            return false;
        }
        return !figuresAgree(first.figures(), second.figures()) || !intervalsAgree(first.ci(), second.ci());
    }

    /** Comparisons differ only when both are known and name different arms (PACE: two HRs, two comparisons). */
    static boolean sameComparison(List<String> first, List<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return true;
        }
        return normalized(first).equals(normalized(second));
    }

    private static List<String> normalized(List<String> labels) {
        return labels.stream().map(label -> label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+]", "")).toList();
    }

    /** True when every value of the shorter list rounds to a distinct value of the longer one. */
    public static boolean figuresAgree(List<Double> first, List<Double> second) {
        List<Double> shorter = first.size() <= second.size() ? first : second;
        List<Double> longer = new ArrayList<>(shorter == first ? second : first);
        for (double value : shorter.stream().sorted().toList()) {
            Double match = null;
            for (double candidate : longer) {
                if (roundingAgrees(value, candidate)) {
                    match = candidate;
                    break;
                }
            }
            if (match == null) {
                return false;
            }
            longer.remove(match);
        }
        return true;
    }

    private static boolean intervalsAgree(List<Double> first, List<Double> second) {
        return first == null || second == null
                || roundingAgrees(first.get(0), second.get(0)) && roundingAgrees(first.get(1), second.get(1));
    }

    /** One value is the other rounded to its decimals: 0.57 and 0.568 agree, 28.1 and 28.2 do not. */
    public static boolean roundingAgrees(double first, double second) {
        int decimals = Math.min(decimals(first), decimals(second));
        return Math.abs(first - second) <= 0.5 * Math.pow(10, -decimals) + SLACK;
    }

    private static int decimals(double value) {
        return Math.max(0, BigDecimal.valueOf(value).stripTrailingZeros().scale());
    }
}
