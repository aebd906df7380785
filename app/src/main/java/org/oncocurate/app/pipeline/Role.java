package org.oncocurate.app.pipeline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A service a process can run: one consumer group each; {@code all} runs the three in one process. */
public enum Role {
    INGEST, EXTRACT, STORE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "ingest", "extract", "store" or "all". */
    public static Set<Role> parse(String text) {
        if (text.equalsIgnoreCase("all")) {
            return EnumSet.allOf(Role.class);
        }
        try {
            return EnumSet.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "'; choose ingest, extract, store or all");
        }
    }
}
