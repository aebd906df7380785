package org.oncocurate.extract.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;

/**
 * Numeric checks run on every outcome fact, so a curator sees at once which numbers to doubt. A check that does not
 * apply (no CI, no p value, no named comparison) is not reported.
 * <ul>
 *   <li>{@code ci-ordered}: the lower bound is below the upper bound;</li>
 *   <li>{@code ci-contains-estimate}: the CI contains the ratio (or the single median or rate);</li>
 *   <li>{@code p-agrees-with-ci}: a 95% CI of a ratio that excludes 1 goes with p &lt; 0.05, one that contains 1
 *   with p &gt; 0.05 (for a CI of another level, the threshold is one less that level: 0.008 for a 99.2% CI);</li>
 *   <li>{@code plausible-range}: medians within {@value #MAX_MEDIAN_MONTHS} months (or the same span in other time
 *   units), rates within 0-100%, ratios above 0 and at most {@value #MAX_RATIO}; a value out of range printed
 *   without a decimal point gets the reading with the point restored offered ("253" months → 25.3);</li>
 *   <li>{@code arm-count}: as many values as arms compared, and two arms to a ratio;</li>
 *   <li>{@code trial-resolved}: the fact is tied to a trial; figures whose study the paper does not name are kept
 *   with their trial unknown, and are not safe to approve until a curator names it.</li>
 * </ul>
 */
public final class OutcomeChecks {
    static final double MAX_MEDIAN_MONTHS = 120;
    static final double MAX_RATIO = 20;
    private static final double ALPHA = 0.05;
    /** CI bounds this close to 1 may cross it by rounding alone, so they say nothing against the p value. */
    private static final double ROUNDING_MARGIN = 0.01;
    private static final Map<String, Double> MONTHS_PER_UNIT = Map.of("months", 1.0, "weeks", 12.0 / 52,
            "years", 12.0, "days", 12.0 / 365);
    private static final Pattern P_VALUE = Pattern.compile("^\\s*([<>≤≥=]?)\\s*(\\d*\\.?\\d+)\\s*$");

    private OutcomeChecks() {
    }

    public static List<CheckResult> run(OutcomeFinding fact) {
        List<CheckResult> results = new ArrayList<>();
        List<Double> ci = fact.ci();
        if (ci != null) {
            results.add(ciOrdered(ci));
            Double estimate = fact.measure().isRatio() ? fact.value()
                    : fact.arms().size() == 1 ? fact.arms().get(0).value() : null;
            if (estimate != null) {
                results.add(ciContains(ci, estimate));
            }
            if (fact.measure().isRatio() && fact.p() != null) {
                double alpha = fact.ciLevel() == null ? ALPHA : 1 - fact.ciLevel() / 100;
                CheckResult agreement = pAgreesWithCi(ci, fact.p(), alpha);
                if (agreement != null) {
                    results.add(agreement);
                }
            }
        }
        results.add(plausibleRange(fact));
        if (!fact.comparison().isEmpty()) {
            results.add(armCount(fact));
        }
        results.add(trialResolved(fact));
        return results;
    }

    private static CheckResult trialResolved(OutcomeFinding fact) {
        return fact.trial() != null
                ? new CheckResult("trial-resolved", true, "tied to " + fact.trial(), null)
                : new CheckResult("trial-resolved", false, "no trial named in the sentence, its paragraph, list, "
                        + "section or as the paper's own trial: name the study before approving", null);
    }

    private static CheckResult ciOrdered(List<Double> ci) {
        double lower = ci.get(0);
        double upper = ci.get(1);
        return lower < upper
                ? new CheckResult("ci-ordered", true, "lower bound " + number(lower) + " < upper bound "
                        + number(upper), null)
                : new CheckResult("ci-ordered", false, "lower bound " + number(lower)
                        + " is not below upper bound " + number(upper), number(Math.min(lower, upper)) + "-"
                        + number(Math.max(lower, upper)));
    }

    private static CheckResult ciContains(List<Double> ci, double estimate) {
        double lower = Math.min(ci.get(0), ci.get(1));
        double upper = Math.max(ci.get(0), ci.get(1));
        return lower <= estimate && estimate <= upper
                ? new CheckResult("ci-contains-estimate", true, "the CI contains " + number(estimate), null)
                : new CheckResult("ci-contains-estimate", false, "the CI [" + number(ci.get(0)) + ", "
                        + number(ci.get(1)) + "] does not contain the estimate " + number(estimate), null);
    }

    /**
     * Null when the p value cannot be read or the CI sits too close to 1 to tell. {@code alpha} is one less the CI's
     * level: 0.05 for a 95% CI, 0.008 for a 99.2% CI.
     */
    static CheckResult pAgreesWithCi(List<Double> ci, String p, double alpha) {
        Matcher matcher = P_VALUE.matcher(p);
        if (!matcher.matches()) {
            return null;
        }
        String comparator = matcher.group(1);
        double value = Double.parseDouble(matcher.group(2));
        boolean significant = switch (comparator) {
            case "<", "≤" -> value <= alpha;
            case "", "=" -> value < alpha;
            default -> false;
        };
        boolean notSignificant = switch (comparator) {
            case ">", "≥" -> value >= alpha;
            case "", "=" -> value > alpha;
            default -> false;
        };
        double lower = Math.min(ci.get(0), ci.get(1));
        double upper = Math.max(ci.get(0), ci.get(1));
        if (Math.abs(lower - 1) < ROUNDING_MARGIN || Math.abs(upper - 1) < ROUNDING_MARGIN) {
            return null;
        }
        boolean excludesOne = upper < 1 || lower > 1;
        String interval = "the CI [" + number(ci.get(0)) + ", " + number(ci.get(1)) + "]";
        if (excludesOne && notSignificant) {
            return new CheckResult("p-agrees-with-ci", false, interval + " excludes 1 but p is " + p, null);
        }
        if (!excludesOne && significant) {
            return new CheckResult("p-agrees-with-ci", false, interval + " contains 1 but p is " + p, null);
        }
        return new CheckResult("p-agrees-with-ci", true, interval + (excludesOne ? " excludes" : " contains")
                + " 1, as p " + p + " says", null);
    }

    /**
     * The fact's figures with each implausible value printed without a decimal point replaced by its repaired
     * reading; the figures themselves when there is nothing to repair.
     */
    public static List<Double> repairedFigures(OutcomeFinding fact) {
        double max = maximum(fact);
        List<Double> repaired = new ArrayList<>();
        for (double value : fact.figures()) {
            Double repair = value > max ? lostDecimalPoint(value, max, fact.measure().isRatio()) : null;
            repaired.add(repair == null ? value : repair);
        }
        return repaired;
    }

    private static double maximum(OutcomeFinding fact) {
        if (fact.measure().isRatio()) {
            return MAX_RATIO;
        }
        if (fact.measure() == Measure.RATE) {
            return 100;
        }
        double monthsPerUnit = MONTHS_PER_UNIT.getOrDefault(fact.unit() == null ? "months"
                : fact.unit().toLowerCase(Locale.ROOT), 1.0);
        return Math.round(MAX_MEDIAN_MONTHS / monthsPerUnit);
    }

    static CheckResult plausibleRange(OutcomeFinding fact) {
        Measure measure = fact.measure();
        double max = maximum(fact);
        String what = measure.isRatio() ? "a " + measure.label() : measure == Measure.RATE ? "a rate in %"
                : "a median in " + (fact.unit() == null ? "months" : fact.unit());
        boolean zeroAllowed = measure == Measure.RATE;
        List<Double> implausible = fact.figures().stream()
                .filter(value -> value > max || value < 0 || value == 0 && !zeroAllowed).toList();
        if (fact.measure().isRatio() && fact.ci() != null && fact.ci().stream().anyMatch(bound -> bound <= 0)) {
            return new CheckResult("plausible-range", false, "the CI of a " + measure.label()
                    + " lies above 0, but reads [" + number(fact.ci().get(0)) + ", " + number(fact.ci().get(1))
                    + "]", null);
        }
        if (implausible.isEmpty()) {
            return new CheckResult("plausible-range", true, "within the plausible range of " + what + " ("
                    + (zeroAllowed ? "0" : "above 0") + " to " + number(max) + ")", null);
        }
        List<String> repaired = new ArrayList<>();
        for (double value : implausible) {
            Double repair = lostDecimalPoint(value, max, measure.isRatio());
            if (repair == null) {
                repaired.clear();
                break;
            }
            repaired.add(number(repair));
        }
        String values = implausible.stream().map(OutcomeChecks::number).collect(Collectors.joining(", "));
        return new CheckResult("plausible-range", false, values + " is not plausible as " + what
                + (repaired.isEmpty() ? "" : "; with its decimal point restored it reads "
                + String.join(", ", repaired)), repaired.isEmpty() ? null : String.join(", ", repaired));
    }

    /**
     * The reading of an integer with its decimal point restored: the fewest digits moved behind the point that make
     * it plausible (253 → 25.3); for a ratio, all digits (056 read as 56 → 0.56).
     */
    private static Double lostDecimalPoint(double value, double max, boolean ratio) {
        if (value != Math.rint(value) || value <= max) {
            return null;
        }
        if (ratio) {
            int digits = String.valueOf((long) value).length();
            return value / Math.pow(10, digits);
        }
        for (double repaired = value / 10; repaired >= 1; repaired /= 10) {
            if (repaired <= max) {
                return BigDecimal.valueOf(repaired).stripTrailingZeros().doubleValue();
            }
        }
        return null;
    }

    private static CheckResult armCount(OutcomeFinding fact) {
        int arms = fact.comparison().size();
        if (fact.measure().isRatio()) {
            return arms == 2
                    ? new CheckResult("arm-count", true, "a ratio of two arms", null)
                    : new CheckResult("arm-count", false, "a " + fact.measure().label() + " compares two arms, but "
                            + arms + " are named", null);
        }
        return arms == fact.arms().size()
                ? new CheckResult("arm-count", true, arms + " values for " + arms + " arms", null)
                : new CheckResult("arm-count", false, fact.arms().size() + " values for " + arms + " arms named",
                        null);
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
