package org.oncocurate.model.stage;

import java.util.Objects;

/**
 * Thrown by a stage whose input can never succeed. The runner sends it to the rejection topic at once and never
 * retries it; any other exception counts as transient.
 */
public final class StageRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public StageRejection(RejectionReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public StageRejection(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public RejectionReason reason() {
        return reason;
    }
}
