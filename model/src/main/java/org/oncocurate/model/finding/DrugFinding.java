package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * A drug the paper discusses, normalized to its lowercase INN (else its development code).
 *
 * @param drugClass the drug's class ("CDK4/6 inhibitor"), or null when unknown
 */
public record DrugFinding(String name, String drugClass, List<Evidence> evidence, double confidence)
        implements Finding {
    public DrugFinding {
        Objects.requireNonNull(name, "name");
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    @Override
    public String key() {
        return "drug:" + name;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.DRUG;
    }
}
