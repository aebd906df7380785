package org.oncocurate.model.event;

import java.time.Instant;
import java.util.Objects;
import org.oncocurate.model.stage.RejectionReason;

/**
 * A stage gave up on a paper: either the input is unusable (never retried) or retries were exhausted.
 *
 * @param paperId  the paper, or null when the input event was too malformed to name one
 * @param stage    the stage that rejected it ("ingest", "extract", "store")
 * @param attempts how many times the stage tried
 */
public record PaperRejected(String paperId, String stage, RejectionReason reason, String message, int attempts,
                            Instant rejectedAt) {
    public PaperRejected {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
