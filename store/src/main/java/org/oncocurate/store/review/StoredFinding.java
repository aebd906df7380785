package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.oncocurate.model.finding.FindingKind;

/**
 * A finding as stored: the machine's record, the curator's record where they edited it, and the review state.
 *
 * @param record  the record in the export shape, as the extractor produced it
 * @param curated the record with the curator's edits, or null
 * @param version increases with every decision
 */
public record StoredFinding(long id, String recordId, String paperId, String extractorVersion, FindingKind kind,
                            String factKey, ObjectNode record, ReviewStatus status, ObjectNode curated,
                            String decidedBy, Instant decidedAt, String decisionReason, long version) {

    /** The record as it should be exported and published now: the curator's version if any, with its status. */
    public ObjectNode effectiveRecord() {
        ObjectNode effective = (curated != null ? curated : record).deepCopy();
        effective.put("status", status.label());
        return effective;
    }
}
