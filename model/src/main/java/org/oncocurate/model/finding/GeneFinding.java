package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * A gene the paper discusses, normalized to its official symbol and NCBI Gene id.
 *
 * @param ncbiGeneId NCBI Gene id, or null when the lexicon has none
 */
public record GeneFinding(String symbol, String ncbiGeneId, List<Evidence> evidence, double confidence)
        implements Finding {
    public GeneFinding {
        Objects.requireNonNull(symbol, "symbol");
        evidence = Finding.requireEvidence(evidence);
        Finding.requireConfidence(confidence);
    }

    @Override
    public String key() {
        return "gene:" + symbol;
    }

    @Override
    public FindingKind kind() {
        return FindingKind.GENE;
    }
}
