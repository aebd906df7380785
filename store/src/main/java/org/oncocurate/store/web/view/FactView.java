package org.oncocurate.store.web.view;

import java.util.List;

/**
 * A fact as the review pages show it: what it states (curators' values where they edited it), its review state,
 * checks, conflicts and evidence.
 *
 * @param label        what the fact is: a gene symbol, a drug name, a trial name, "PALOMA-2 · PFS · HR"
 * @param detail       a secondary identifier: NCBI Gene id, drug class, NCT id and phase
 * @param machineDiffs for an edited fact, "field: machine value → curator's value" per changed field
 * @param conflicts    the other facts this one conflicts with, described
 * @param prior        the decision under the previous extractor version, when the fact came back for review
 * @param editors      who edited the fact since its last approval; none of them may approve the edit
 */
public record FactView(String recordId, String paperId, String paperTitle, String kind, String status, String label,
                       String detail, String trial, String endpoint, String measure, String arms, String value,
                       String ci, String p, String unit, String source, boolean hasChecks, boolean checksPass,
                       List<CheckView> checks, List<String> conflicts, String decidedBy, String decidedAt,
                       String decisionReason, String prior, List<String> machineDiffs, List<String> editors,
                       List<EvidenceView> evidence, double confidence) {

    public EvidenceView firstEvidence() {
        return evidence.isEmpty() ? null : evidence.get(0);
    }

    /**
     * Only pending facts whose checks all pass, that carry no curator's edit and that are in no open conflict can
     * be approved in bulk (the review service refuses any other).
     */
    public boolean bulkApprovable() {
        return notBulkApprovable().isEmpty();
    }

    /** Why the fact cannot be approved in bulk, or "" when it can. */
    public String notBulkApprovable() {
        if (!"pending".equals(status)) {
            return "already " + status + ": decide it on its own";
        }
        if (!checksPass) {
            return "a check failed: review it on its own";
        }
        if (!conflicts.isEmpty()) {
            return "in an open conflict: decide which side is right";
        }
        if (!machineDiffs.isEmpty()) {
            return "carries a curator's edit: approve the edit on its own";
        }
        return "";
    }

    public boolean edited() {
        return !machineDiffs.isEmpty();
    }

    public boolean needsAttention() {
        return !checksPass || !conflicts.isEmpty();
    }

    public boolean ratio() {
        return "HR".equals(measure) || "OR".equals(measure) || "RR".equals(measure);
    }
}
