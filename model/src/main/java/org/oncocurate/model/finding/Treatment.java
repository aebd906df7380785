package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;

/**
 * A trial arm as the paper names it: its label ("palbociclib + letrozole", "placebo + fulvestrant", "TPC") and the
 * drugs named in it as lowercase INNs (placebo and unnamed regimens contribute none).
 */
public record Treatment(String label, List<String> drugs) {
    public Treatment {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a treatment needs a label");
        }
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
    }
}
