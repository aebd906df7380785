package org.oncocurate.store.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an account may do. A curator reviews: reads papers, uploads PDFs, approves, rejects and edits facts (another
 * person's edits included, never their own), bulk-approves facts whose checks pass, exports. An editor may do all of
 * that and also withdraw a published record (which retracts it downstream), send a paper through the pipeline again,
 * and manage accounts.
 */
public enum Role {
    CURATOR, EDITOR;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + label + "'; choose curator or editor");
        }
    }

    /** Editors manage accounts, withdraw published records and re-process papers. */
    public boolean isEditor() {
        return this == EDITOR;
    }
}
