package org.oncocurate.store.paper;

import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
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

    public Submissions(Jdbi jdbi, long maxBytes, Clock clock) {
        this.jdbi = jdbi;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * @param queued true when the paper was sent into the pipeline; false when it was already there (same bytes)
     */
    public record Receipt(String paperId, String fileName, boolean queued) {
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
        return jdbi.inTransaction(handle -> {
            PaperRepository.Resubmission paper = PaperRepository.resubmit(handle, paperId)
                    .orElseThrow(() -> ReviewException.notFound("no stored PDF for paper " + paperId));
            PaperSubmitted event = new PaperSubmitted(paperId, paper.fileName(), paper.byteSize(), requestedBy,
                    clock.instant());
            Outbox.append(handle, OutboxChannel.PAPER_SUBMITTED, paperId, Json.writeString(event));
            return new Receipt(paperId, paper.fileName(), true);
        });
    }

    public Receipt submit(byte[] bytes, String fileName, String submittedBy) {
        Objects.requireNonNull(bytes, "bytes");
        String name = FileName.of(fileName);
        if (bytes.length > maxBytes) {
            throw new TooLarge(name + " has " + bytes.length + " bytes; the limit is " + maxBytes);
        }
        PaperSubmitted event = new PaperSubmitted(PaperId.of(bytes), name, bytes.length, submittedBy, clock.instant());
        boolean queued = jdbi.inTransaction(handle -> {
            BlobStore.put(handle, bytes);
            boolean fresh = PaperRepository.submitted(handle, event);
            if (fresh) {
                Outbox.append(handle, OutboxChannel.PAPER_SUBMITTED, event.paperId(), Json.writeString(event));
            }
            return fresh;
        });
        return new Receipt(event.paperId(), name, queued);
    }
}
