package org.oncocurate.model.finding;

/**
 * One arm's value in a comparison.
 *
 * @param label what the paper calls the arm ("palbociclib + letrozole"), or null when it does not say
 */
public record Arm(String label, double value) {
    public Arm {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("arm value must be a number: " + value);
        }
    }
}
