package org.oncocurate.model.finding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One outcome figure set of a trial: e.g. PALOMA-2 · PFS · median · [27.6 (palbociclib + letrozole), 14.5
 * (letrozole)] months, or PALOMA-2 · PFS · HR 0.563 · 95% CI 0.461–0.687 · palbociclib + letrozole vs letrozole.
 *
 * @param trial      the trial's name, or null when the paper does not make it clear ("trial unknown")
 * @param endpoint   PFS, OS, DFS, EFS, ORR, CBR, CR ...
 * @param arms       one value per arm, in the paper's order (medians and rates); empty for ratios
 * @param value      the ratio (HR, OR, RR); null for medians and rates
 * @param ci         the confidence interval [lower, upper], or null
 * @param p          the p value as printed ("&lt;0.001", "0.02"), or null
 * @param unit       "months" (or the time unit printed) for medians, "%" for rates, null for ratios
 * @param comparison the arms compared, in the paper's order: for a ratio the arm and its reference, for medians and
 *                   rates the arm of each value; empty when the paper does not say
 * @param checks     results of the numeric checks run on the figures
 * @param conflicts  other statements of this trial, endpoint and measure in the paper with different figures
 * @param ciLevel    the CI's confidence level in percent when the paper prints one other than 95 ("99.2% CI"); null
 *                   for a 95% CI
 */
public record OutcomeFinding(String trial, String endpoint, Measure measure, List<Arm> arms, Double value,
                             List<Double> ci, String p, String unit, List<Treatment> comparison,
                             OutcomeSource source, List<CheckResult> checks, List<OutcomeConflict> conflicts,
                             List<Evidence> evidence, double confidence, Double ciLevel) implements Finding {
    public OutcomeFinding {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(source, "source");
        arms = arms == null ? List.of() : List.copyOf(arms);
        ci = ci == null ? null : List.copyOf(ci);
        comparison = comparison == null ? List.of() : List.copyOf(comparison);
        checks = checks == null ? List.of() : List.copyOf(checks);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        if (measure.isRatio() && value == null) {
            throw new IllegalArgumentException(measure.label() + " needs a value");
        }
        if (measure.isRatio() && !arms.isEmpty()) {
            throw new IllegalArgumentException(measure.label() + " carries its value, not arms");
        }
        if (!measure.isRatio() && arms.isEmpty()) {
            throw new IllegalArgumentException(measure.label() + " needs at least one arm");
        }
        if (!measure.isRatio() && value != null) {
            throw new IllegalArgumentException(measure.label() + " carries arms, not a value");
        }
        if (ci != null && ci.size() != 2) {
            throw new IllegalArgumentException("a confidence interval has two bounds: " + ci);
        }
        if (ciLevel != null && (ci == null || !(ciLevel > 0 && ciLevel < 100))) {
            throw new IllegalArgumentException("a confidence level goes with a CI and lies between 0 and 100");
        }
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    /** A fact whose CI, if any, is a 95% CI. */
    public OutcomeFinding(String trial, String endpoint, Measure measure, List<Arm> arms, Double value,
                          List<Double> ci, String p, String unit, List<Treatment> comparison, OutcomeSource source,
                          List<CheckResult> checks, List<OutcomeConflict> conflicts, List<Evidence> evidence,
                          double confidence) {
        this(trial, endpoint, measure, arms, value, ci, p, unit, comparison, source, checks, conflicts, evidence,
                confidence, null);
    }

    /**
     * The trial, endpoint, measure and the figures as read: one finding per figure set, so the same set stated twice
     * (table and prose) is one finding with two pieces of evidence.
     */
    @Override
    public String key() {
        String figures = figures().stream().map(String::valueOf).collect(Collectors.joining("|"));
        return "outcome:" + (trial == null ? "?" : TrialNames.normalize(trial)) + ":"
                + endpoint.toUpperCase(Locale.ROOT) + ":" + measure.label() + ":" + figures
                + (ci == null ? "" : ":ci=" + ci.get(0) + "-" + ci.get(1) + (ciLevel == null ? "" : "@" + ciLevel))
                + (p == null ? "" : ":p=" + p);
    }

    @Override
    public FindingKind kind() {
        return FindingKind.OUTCOME;
    }

    /** The figures: the arm values of a median or rate (a median not reached has none), the value of a ratio. */
    @JsonIgnore
    public List<Double> figures() {
        return measure.isRatio() ? List.of(value) : arms.stream().map(Arm::value).filter(Objects::nonNull).toList();
    }

    /** True when every check passed (or none ran). */
    @JsonIgnore
    public boolean checksPass() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    public OutcomeFinding withChecks(List<CheckResult> newChecks) {
        return new OutcomeFinding(trial, endpoint, measure, arms, value, ci, p, unit, comparison, source, newChecks,
                conflicts, evidence, confidence, ciLevel);
    }

    public OutcomeFinding withConflicts(List<OutcomeConflict> newConflicts) {
        return new OutcomeFinding(trial, endpoint, measure, arms, value, ci, p, unit, comparison, source, checks,
                newConflicts, evidence, confidence, ciLevel);
    }
}
