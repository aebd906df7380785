package org.oncocurate.model.finding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * Something a paper states that a curator may want in a knowledge base. Each finding has a key, stable across
 * re-runs of the same extractor on the same paper, that identifies it within the paper.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = GeneFinding.class, name = "gene"),
        @JsonSubTypes.Type(value = DrugFinding.class, name = "drug"),
        @JsonSubTypes.Type(value = VariantFinding.class, name = "variant"),
        @JsonSubTypes.Type(value = TrialFinding.class, name = "trial"),
        @JsonSubTypes.Type(value = OutcomeFinding.class, name = "outcome"),
        @JsonSubTypes.Type(value = GeneFamilyFinding.class, name = "gene_family"),
        @JsonSubTypes.Type(value = DrugClassFinding.class, name = "drug_class")
})
public sealed interface Finding permits GeneFinding, DrugFinding, VariantFinding, TrialFinding, OutcomeFinding,
        GeneFamilyFinding, DrugClassFinding {

    /** Identifies the finding within its paper, e.g. {@code gene:ESR1}. */
    @JsonIgnore
    String key();

    @JsonIgnore
    FindingKind kind();

    /** Every place the paper states it, first occurrence first; never empty. */
    List<Evidence> evidence();

    /** How sure the extractor is, from 0 to 1. */
    double confidence();

    static List<Evidence> requireEvidence(List<Evidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding needs at least one piece of evidence");
        }
        return List.copyOf(evidence);
    }

    static double requireConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
        return confidence;
    }
}
