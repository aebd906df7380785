package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * A clinical trial the paper cites.
 *
 * @param name  the trial's name as the paper gives it ("PALOMA-2"), or its registry id when that is all there is
 * @param nct   the ClinicalTrials.gov id, or null when unknown
 * @param phase the trial's phase ("III"), or null when unknown
 */
public record TrialFinding(String name, String nct, String phase, List<Evidence> evidence, double confidence)
        implements Finding {
    public TrialFinding {
        Objects.requireNonNull(name, "name");
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    @Override
    public String key() {
        return "trial:" + TrialNames.normalize(name);
    }

    @Override
    public FindingKind kind() {
        return FindingKind.TRIAL;
    }
}
