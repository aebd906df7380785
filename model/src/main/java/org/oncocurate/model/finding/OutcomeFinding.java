package org.oncocurate.model.finding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One outcome figure set of a trial: e.g. PALOMA-2 · PFS · median · [27.6, 14.5] months, or PALOMA-2 · PFS · HR
 * 0.563 · 95% CI 0.461–0.687.
 *
 * @param trial    the trial's name, or null when the paper does not make it clear ("trial unknown")
 * @param endpoint PFS, OS, DFS, EFS, ORR, CBR, CR ...
 * @param arms     one value per arm, experimental arm first (medians and rates); empty for ratios
 * @param value    the ratio (HR, OR, RR); null for medians and rates
 * @param ci       the 95% confidence interval [lower, upper], or null
 * @param p        the p value as printed ("&lt;0.001", "0.02"), or null
 * @param unit     "months" for medians, "%" for rates, null for ratios
 * @param checks   results of the numeric checks run on the figures
 */
public record OutcomeFinding(String trial, String endpoint, Measure measure, List<Arm> arms, Double value,
                             List<Double> ci, String p, String unit, OutcomeSource source, List<CheckResult> checks,
                             List<Evidence> evidence, double confidence) implements Finding {
    public OutcomeFinding {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(source, "source");
        arms = arms == null ? List.of() : List.copyOf(arms);
        ci = ci == null ? null : List.copyOf(ci);
        checks = checks == null ? List.of() : List.copyOf(checks);
        if (measure.isRatio() && value == null) {
            throw new IllegalArgumentException(measure.label() + " needs a value");
        }
        if (!measure.isRatio() && arms.isEmpty()) {
            throw new IllegalArgumentException(measure.label() + " needs at least one arm");
        }
        if (ci != null && ci.size() != 2) {
            throw new IllegalArgumentException("a confidence interval has two bounds: " + ci);
        }
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    @Override
    public String key() {
        String values = measure.isRatio()
                ? String.valueOf(value)
                : arms.stream().map(arm -> String.valueOf(arm.value())).collect(Collectors.joining("|"));
        return "outcome:" + (trial == null ? "?" : TrialNames.normalize(trial)) + ":"
                + endpoint.toUpperCase(Locale.ROOT) + ":" + measure.label() + ":" + values;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.OUTCOME;
    }

    /** True when every check passed (or none ran). */
    public boolean checksPass() {
        return checks.stream().allMatch(CheckResult::passed);
    }
}
