package org.oncocurate.store.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an API token may do, within what its account's role allows. */
public enum TokenScope {
    /** Reads only: papers, facts, exports. */
    READ,
    /** Reads, uploads and review decisions; not account administration or re-processing. */
    REVIEW,
    /** Everything the account's role allows. */
    ADMIN;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TokenScope fromLabel(String label) {
        try {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AccountException(400, "a token scope is read, review or admin, not '" + label + "'");
        }
    }
}
