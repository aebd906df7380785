package org.oncocurate.store.paper;

import java.time.Instant;
import java.util.List;

/**
 * A paper as the review queue shows it. Fields the pipeline has not reached yet are null.
 *
 * @param pendingCount how many of its current facts wait for a person: pending, or an edit proposed
 */
public record PaperSummary(String id, String fileName, String submittedBy, Instant submittedAt, PaperState state,
                           String title, String doi, String journal, Integer year, List<String> authors,
                           Integer pageCount, String extractorVersion, Instant extractedAt, String rejectedStage,
                           String rejectionReason, String rejectionMessage, long findingCount,
                           long pendingCount) {
}
