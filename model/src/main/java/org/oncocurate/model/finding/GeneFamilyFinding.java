package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * A gene family or complex the paper names without saying which member it means (PI3K, AKT, NF-κB, FGFR, ER when
 * not isoform-specific). Kept apart from genes: a family is not a claim about any one of its members.
 *
 * @param name    the family's name as the lexicon gives it ("PI3K")
 * @param members official symbols of the family's genes, empty when the lexicon lists none
 */
public record GeneFamilyFinding(String name, List<String> members, List<Evidence> evidence, double confidence)
        implements Finding {
    public GeneFamilyFinding {
        Objects.requireNonNull(name, "name");
        members = members == null ? List.of() : List.copyOf(members);
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    @Override
    public String key() {
        return "gene_family:" + name;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.GENE_FAMILY;
    }
}
