package org.oncocurate.store.web.view;

/**
 * A paper in the review queue.
 *
 * @param progress  how far through the pipeline, in percent
 * @param rejection why the pipeline gave up on it ("ingest: ENCRYPTED_PDF - ..."), or null
 * @param pendingCount how many of its facts wait for a person
 */
public record PaperRow(String id, String title, String doi, String fileName, String submittedBy, String submittedAt,
                       String state, int progress, String rejection, long findingCount,
                       long pendingCount) {
    public boolean inProgress() {
        return "submitted".equals(state) || "ingested".equals(state);
    }
}
