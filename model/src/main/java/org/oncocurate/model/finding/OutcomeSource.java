package org.oncocurate.model.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a figure was read from running text or from a table. */
public enum OutcomeSource {
    TEXT, TABLE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static OutcomeSource fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
