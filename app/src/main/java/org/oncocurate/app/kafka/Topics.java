package org.oncocurate.app.kafka;

import java.util.List;
import java.util.Map;
import org.oncocurate.model.event.CuratedRecord;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.event.PaperIngested;
import org.oncocurate.model.event.PaperRejected;
import org.oncocurate.model.event.PaperSubmitted;

/** The topic registry: every topic, its event type and the one service that writes it. */
public final class Topics {
    /** Paper texts with their layout run to some megabytes for long reviews. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    public static final Topic<PaperSubmitted> PAPER_SUBMITTED =
            new Topic<>("paper.submitted.v1", PaperSubmitted.class, "store", Map.of());
    public static final Topic<PaperIngested> PAPER_INGESTED = new Topic<>("paper.ingested.v1", PaperIngested.class,
            "ingest", Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES)));
    public static final Topic<FindingsExtracted> FINDINGS_EXTRACTED = new Topic<>("findings.extracted.v1",
            FindingsExtracted.class, "extract", Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES)));
    public static final Topic<PaperRejected> PAPER_REJECTED =
            new Topic<>("paper.rejected.v1", PaperRejected.class, "ingest, extract, store (dead letters)", Map.of());
    /** Compacted: downstream knowledge bases read the latest state of each record; a tombstone retracts one. */
    public static final Topic<CuratedRecord> RECORDS_CURATED = new Topic<>("records.curated.v1", CuratedRecord.class,
            "store", Map.of("cleanup.policy", "compact"));

    public static final List<Topic<?>> ALL =
            List.of(PAPER_SUBMITTED, PAPER_INGESTED, FINDINGS_EXTRACTED, PAPER_REJECTED, RECORDS_CURATED);

    private Topics() {
    }
}
