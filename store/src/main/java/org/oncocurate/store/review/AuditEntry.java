package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One decision of the audit trail: who did what to which record, when, with the record before and after. */
public record AuditEntry(long id, String recordId, String paperId, String actor, String action, Instant decidedAt,
                         JsonNode before, JsonNode after, String reason) {
}
