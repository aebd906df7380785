package org.oncocurate.model.event;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A record a curator approved or edited, as published to downstream knowledge bases. Keyed by {@code recordId}; a
 * withdrawn approval is published as a tombstone (a null value) under the same key.
 *
 * @param status  "approved" or "edited"
 * @param record  the record in the export shape, carrying the curator's values where they edited it
 * @param version increases with every decision on the record
 */
public record CuratedRecord(String recordId, String paperId, String status, ObjectNode record, String decidedBy,
                            Instant decidedAt, long version) {
    public CuratedRecord {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
