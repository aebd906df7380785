package org.oncocurate.model.finding;

import java.util.List;

/**
 * One arm's value in a comparison.
 *
 * @param label what the paper calls the arm ("palbociclib + letrozole"), or null when it does not say
 * @param value the arm's median or rate; null for a median the paper says was not reached
 * @param drugs the drugs of the arm, as lowercase INNs, as far as the paper names them; empty when unknown
 */
public record Arm(String label, Double value, List<String> drugs) {
    public Arm {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("arm value must be a number: " + value);
        }
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
    }

    /** An arm whose label and drugs are not known. */
    public static Arm unlabelled(double value) {
        return new Arm(null, value, List.of());
    }
}
