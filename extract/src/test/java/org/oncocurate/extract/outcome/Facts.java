package org.oncocurate.extract.outcome;

import java.util.Arrays;
import java.util.List;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;

/** Crafted outcome facts for tests. */
final class Facts {
    private Facts() {
    }

    static OutcomeFinding median(String trial, String endpoint, double... values) {
        return medianComparing(trial, endpoint, List.of(), values);
    }

    static OutcomeFinding medianComparing(String trial, String endpoint, List<Treatment> comparison,
                                          double... values) {
        List<Arm> arms = Arrays.stream(values).mapToObj(Arm::unlabelled).toList();
        return new OutcomeFinding(trial, endpoint, Measure.MEDIAN, arms, null, null, null, "months", comparison,
                OutcomeSource.TEXT, List.of(), List.of(), List.of(evidence(0)), 0.8);
    }

    static OutcomeFinding medianWithCi(double value, double lower, double upper) {
        return new OutcomeFinding("PACE", "PFS", Measure.MEDIAN, List.of(Arm.unlabelled(value)), null,
                List.of(lower, upper), null, "months", List.of(), OutcomeSource.TABLE, List.of(), List.of(),
                List.of(evidence(0)), 0.8);
    }

    static OutcomeFinding rate(String endpoint, double... values) {
        List<Arm> arms = Arrays.stream(values).mapToObj(Arm::unlabelled).toList();
        return new OutcomeFinding("PALOMA-2", endpoint, Measure.RATE, arms, null, null, null, "%", List.of(),
                OutcomeSource.TEXT, List.of(), List.of(), List.of(evidence(0)), 0.8);
    }

    static OutcomeFinding hazardRatio(String trial, double value, List<Double> ci, String p) {
        return ratio(trial, value, ci, p, List.of(), OutcomeSource.TEXT, 0);
    }

    static OutcomeFinding ratio(String trial, double value, List<Double> ci, String p, List<Treatment> comparison,
                                OutcomeSource source, int start) {
        return new OutcomeFinding(trial, "PFS", Measure.HR, List.of(), value, ci, p, null, comparison, source,
                List.of(), List.of(), List.of(evidence(start)), 0.8);
    }

    static Treatment arm(String label, String... drugs) {
        return new Treatment(label, List.of(drugs));
    }

    static Evidence evidence(int start) {
        return new Evidence(1, start, start + 10, "0123456789", "0123456789", start, List.of(), false, null);
    }
}
