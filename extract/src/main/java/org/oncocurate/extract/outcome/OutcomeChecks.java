package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.List;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Measure;

/** Numeric checks run on every outcome figure set, so a curator sees at once which numbers to doubt. */
public final class OutcomeChecks {
    private OutcomeChecks() {
    }

    public static List<CheckResult> run(Measure measure, List<Double> values, List<Double> ci) {
        List<CheckResult> results = new ArrayList<>();
        if (measure.isRatio() && ci != null) {
            double estimate = values.get(0);
            double lower = ci.get(0);
            double upper = ci.get(1);
            results.add(lower < upper
                    ? new CheckResult("ci-ordered", true, "lower bound " + lower + " < upper bound " + upper, null)
                    : new CheckResult("ci-ordered", false, "lower bound " + lower + " is not below upper bound "
                            + upper, null));
            results.add(lower <= estimate && estimate <= upper
                    ? new CheckResult("ci-contains-estimate", true, "the CI contains " + estimate, null)
                    : new CheckResult("ci-contains-estimate", false, "the CI [" + lower + ", " + upper
                            + "] does not contain the estimate " + estimate, null));
        }
        return results;
    }
}
