package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * A protein change tied to its gene, e.g. ESR1 D538G.
 *
 * @param gene   the gene's official symbol, or null when the paper does not say which gene
 * @param change the protein change in one-letter form ("D538G")
 */
public record VariantFinding(String gene, String change, List<Evidence> evidence, double confidence)
        implements Finding {
    public VariantFinding {
        Objects.requireNonNull(change, "change");
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    @Override
    public String key() {
        return "variant:" + (gene == null ? "?" : gene) + ":" + change;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.VARIANT;
    }
}
