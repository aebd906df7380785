package org.oncocurate.store.outbox;

/** Where an outbox message goes; the application maps each channel to its topic. */
public enum OutboxChannel {
    /** A {@code PaperSubmitted} event, keyed by paper id. */
    PAPER_SUBMITTED,
    /** A {@code CuratedRecord}, or a tombstone retracting one, keyed by record id. */
    CURATED_RECORD
}
