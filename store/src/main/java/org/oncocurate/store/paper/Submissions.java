package org.oncocurate.store.paper;

import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.account.SecurityEvents;
import org.oncocurate.store.blob.BlobStore;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.outbox.OutboxChannel;
import org.oncocurate.store.review.ReviewException;

/**
 * Accepts PDFs into the pipeline: stores the bytes, records the paper and queues its {@code PaperSubmitted} event,
 * in one transaction. Whether the file is a readable PDF is for ingest to judge; only the size is checked here, so
 * an oversized upload is refused before it is stored.
 */
public final class Submissions {
    private final Jdbi jdbi;
    private final long maxBytes;
    private final Clock clock;
    private final SecurityEvents events;

    /** @param events where re-submissions and re-processing are recorded, with who asked */
    public Submissions(Jdbi jdbi, long maxBytes, Clock clock, SecurityEvents events) {
        this.jdbi = jdbi;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param queued true when the paper was sent into the pipeline; false when it was already there (same bytes)
     */
    public record Receipt(String paperId, String fileName, boolean queued) {
    }

    private record Accepted(boolean queued, boolean resubmitted) {
    }

    /** Thrown for a file over the size limit. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * Sends a stored paper through the pipeline again, e.g. after the extractor improved: its findings stay as they
     * are until the new extraction arrives, which then carries decisions over.
     */
    public Receipt reprocess(String paperId, String requestedBy) {
        Receipt receipt = jdbi.inTransaction(handle -> {
            PaperRepository.Resubmission paper = PaperRepository.resubmit(handle, paperId)
                    .orElseThrow(() -> ReviewException.notFound("no stored PDF for paper " + paperId));
            PaperSubmitted event = new PaperSubmitted(paperId, paper.fileName(), paper.byteSize(), requestedBy,
                    clock.instant());
            Outbox.append(handle, OutboxChannel.PAPER_SUBMITTED, paperId, Json.writeString(event));
            return new Receipt(paperId, paper.fileName(), true);
        });
        events.record(SecurityEvents.Kind.PAPER_REPROCESSED, null, requestedBy, null, "paper " + paperId);
        return receipt;
    }

    public Receipt submit(byte[] bytes, String fileName, String submittedBy) {
        Objects.requireNonNull(bytes, "bytes");
        String name = FileName.of(fileName);
        if (bytes.length > maxBytes) {
            throw new TooLarge(name + " has " + bytes.length + " bytes; the limit is " + maxBytes);
        }
        PaperSubmitted event = new PaperSubmitted(PaperId.of(bytes), name, bytes.length, submittedBy, clock.instant());
        Accepted accepted = jdbi.inTransaction(handle -> {
            BlobStore.put(handle, bytes);
            boolean known = PaperRepository.exists(handle, event.paperId());
            boolean fresh = PaperRepository.submitted(handle, event);
            if (fresh) {
                Outbox.append(handle, OutboxChannel.PAPER_SUBMITTED, event.paperId(), Json.writeString(event));
            }
            return new Accepted(fresh, fresh && known);
        });
        if (accepted.resubmitted()) {
            // A rejected paper sent again: its first submitter stays on the paper; who resent it is recorded here.
            events.record(SecurityEvents.Kind.PAPER_RESUBMITTED, null, submittedBy, null,
                    "paper " + event.paperId() + " as " + name);
        }
        boolean queued = accepted.queued();
        return new Receipt(event.paperId(), name, queued);
    }
}
