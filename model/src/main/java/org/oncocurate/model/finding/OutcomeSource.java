package org.oncocurate.model.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a figure was read from running text, from a table, or stated identically in both. */
public enum OutcomeSource {
    TEXT("text"), TABLE("table"), TEXT_AND_TABLE("text+table");

    private final String label;

    OutcomeSource(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The source of one fact stated by both this source and {@code other}. */
    public OutcomeSource and(OutcomeSource other) {
        return this == other ? this : TEXT_AND_TABLE;
    }

    @JsonCreator
    public static OutcomeSource fromLabel(String label) {
        for (OutcomeSource source : values()) {
            if (source.label.equalsIgnoreCase(label) || source.name().equalsIgnoreCase(label)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown outcome source: " + label);
    }
}
