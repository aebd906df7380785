package org.oncocurate.model.finding;

import java.util.Locale;

/** The kinds of finding, named as in the JSON Lines export. */
public enum FindingKind {
    GENE, DRUG, VARIANT, TRIAL, OUTCOME, GENE_FAMILY, DRUG_CLASS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FindingKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
