package org.oncocurate.store.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A finding's review state. Approved and edited records are published downstream. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED, EDITED;

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
