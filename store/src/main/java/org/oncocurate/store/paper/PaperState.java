package org.oncocurate.store.paper;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a paper is in the pipeline. */
public enum PaperState {
    SUBMITTED, INGESTED, EXTRACTED, REJECTED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PaperState fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
