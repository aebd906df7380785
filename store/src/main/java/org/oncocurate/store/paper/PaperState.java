package org.oncocurate.store.paper;

import java.util.Locale;

/** Where a paper is in the pipeline. */
public enum PaperState {
    SUBMITTED, INGESTED, EXTRACTED, REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaperState fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
