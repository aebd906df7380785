package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.oncocurate.model.finding.FindingKind;

/**
 * A finding as stored: the machine's record, the curator's record where they edited it, and the review state.
 *
 * @param record  the record in the export shape, as the extractor produced it
 * @param curated the record with the curator's edits, or null
 * @param version        increases with every decision
 * @param priorDecision  the decision the fact had under the previous extractor version, when the current one reads
 *                       it differently and it came back for review; else null
 * @param sentenceStarts where each evidence sentence starts in the paper's text, in the order of the record's
 *                       evidence (the export shape keeps the match's offsets, not the sentence's)
 */
public record StoredFinding(long id, String recordId, String paperId, String extractorVersion, FindingKind kind,
                            String factKey, ObjectNode record, ReviewStatus status, ObjectNode curated,
                            String decidedBy, Instant decidedAt, String decisionReason, long version,
                            ObjectNode priorDecision, List<Integer> sentenceStarts) {
    public StoredFinding {
        sentenceStarts = sentenceStarts == null ? List.of() : List.copyOf(sentenceStarts);
    }

    /** Where the {@code index}th evidence sentence starts in the paper's text, or -1 when unknown. */
    public int sentenceStart(int index) {
        return index < sentenceStarts.size() ? sentenceStarts.get(index) : -1;
    }

    /**
     * True for an outcome fact whose checks failed: on the curator's values where they edited it (the checks ran
     * again on them), else on the machine's. Other kinds have no checks.
     */
    public boolean failsChecks() {
        ObjectNode checked = curated != null && curated.has("checks_pass") ? curated : record;
        return checked.has("checks_pass") && !checked.get("checks_pass").asBoolean(true);
    }

    /** The record as it should be exported and published now: the curator's version if any, with its status. */
    public ObjectNode effectiveRecord() {
        ObjectNode effective = (curated != null ? curated : record).deepCopy();
        effective.put("status", status.label());
        return effective;
    }
}
