package org.oncocurate.store.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A finding's review state. Approved records (the machine's reading) and edited records (a curator's correction,
 * approved by a second person) are published downstream; a proposed edit waits for that second person.
 */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED, EDITED, PROPOSED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean published() {
        return this == APPROVED || this == EDITED;
    }

    @JsonCreator
    public static ReviewStatus fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
