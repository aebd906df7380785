package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * A class of drugs the paper names as a class ("aromatase inhibitors", "CDK4/6 inhibitors", SERDs). Kept apart from
 * drugs: a class is not a claim about any one of its members.
 *
 * @param name    the class's name ("CDK4/6 inhibitor")
 * @param members INNs of the class's drugs the lexicon knows, empty when it knows none
 */
public record DrugClassFinding(String name, List<String> members, List<Evidence> evidence, double confidence)
        implements Finding {
    public DrugClassFinding {
        Objects.requireNonNull(name, "name");
        members = members == null ? List.of() : List.copyOf(members);
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    @Override
    public String key() {
        return "drug_class:" + name;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.DRUG_CLASS;
    }
}
