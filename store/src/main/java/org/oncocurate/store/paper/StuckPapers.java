package org.oncocurate.store.paper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.outbox.OutboxChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds papers left in a non-final state ({@code submitted} or {@code ingested}) longer than a limit and sends each
 * through the pipeline again, from its stored PDF; one that is still stuck after the allowed number of re-drives is
 * rejected as {@link RejectionReason#STUCK}, so no paper waits for ever. A paper whose submission is still waiting
 * in the outbox (the broker is down) is not stuck: the relay will send it. Safe to run in several processes at once:
 * each paper is claimed with {@code FOR UPDATE SKIP LOCKED} and its clock restarted.
 */
public final class StuckPapers {
    private static final Logger LOG = LoggerFactory.getLogger(StuckPapers.class);
    private static final int BATCH = 100;

    private final Jdbi jdbi;
    private final Clock clock;

    public StuckPapers(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** What one sweep did. */
    public record Sweep(int redriven, int givenUp) {
        public boolean isEmpty() {
            return redriven == 0 && givenUp == 0;
        }
    }

    private record Stuck(String id, String state, String fileName, String submittedBy, Long byteSize, int redrives,
                         Instant since) {
    }

    /**
     * Re-drives every paper that has been in a non-final state for longer than {@code stuckAfter}, or rejects it
     * when it has already been re-driven {@code maxRedrives} times.
     */
    public Sweep sweep(Duration stuckAfter, int maxRedrives) {
        if (stuckAfter.isNegative() || maxRedrives < 0) {
            throw new IllegalArgumentException("stuckAfter and maxRedrives must not be negative");
        }
        return jdbi.inTransaction(handle -> {
            List<Stuck> stuck = handle.createQuery("""
                            SELECT p.id, p.state, p.file_name, p.submitted_by, b.byte_size, p.redrives, p.updated_at
                            FROM paper p LEFT JOIN pdf_blob b ON b.sha256 = p.id
                            WHERE p.state IN ('submitted', 'ingested') AND p.updated_at < now() - :millis * interval '1 millisecond'
                              AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_key = p.id
                                              AND o.channel = 'PAPER_SUBMITTED' AND o.published_at IS NULL)
                            ORDER BY p.updated_at LIMIT :limit
                            FOR UPDATE OF p SKIP LOCKED""")
                    .bind("millis", stuckAfter.toMillis()).bind("limit", BATCH)
                    .map((rs, ctx) -> new Stuck(rs.getString("id"), rs.getString("state"), rs.getString("file_name"),
                            rs.getString("submitted_by"), (Long) rs.getObject("byte_size"), rs.getInt("redrives"),
                            rs.getTimestamp("updated_at").toInstant()))
                    .list();
            int redriven = 0;
            int givenUp = 0;
            for (Stuck paper : stuck) {
                if (paper.byteSize() != null && paper.redrives() < maxRedrives) {
                    redrive(handle, paper);
                    redriven++;
                } else {
                    giveUp(handle, paper);
                    givenUp++;
                }
            }
            return new Sweep(redriven, givenUp);
        });
    }

    /** Papers in a non-final state for longer than {@code limit}: what an operator's alert watches. */
    public long overdue(Duration limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT count(*) FROM paper WHERE state IN ('submitted', 'ingested')
                          AND updated_at < now() - :millis * interval '1 millisecond'""")
                .bind("millis", limit.toMillis()).mapTo(Long.class).one());
    }

    private void redrive(Handle handle, Stuck paper) {
        PaperSubmitted event = new PaperSubmitted(paper.id(), paper.fileName(), paper.byteSize(), paper.submittedBy(),
                clock.instant());
        Outbox.append(handle, OutboxChannel.PAPER_SUBMITTED, paper.id(), Json.writeString(event));
        handle.createUpdate("UPDATE paper SET redrives = redrives + 1, updated_at = now() WHERE id = :id")
                .bind("id", paper.id()).execute();
        LOG.warn("paper {} was stuck in state '{}' since {}; sent through the pipeline again (re-drive {})",
                paper.id(), paper.state(), paper.since(), paper.redrives() + 1);
    }

    private void giveUp(Handle handle, Stuck paper) {
        String message = paper.byteSize() == null
                ? "stuck in state '" + paper.state() + "' since " + paper.since() + " and its PDF is not stored"
                : "stuck in state '" + paper.state() + "' since " + paper.since() + " after " + paper.redrives()
                        + " re-drives through the pipeline";
        handle.createUpdate("""
                        UPDATE paper SET state = 'rejected', rejected_stage = 'store', rejection_reason = :reason,
                            rejection_message = :message, rejected_at = now(), updated_at = now()
                        WHERE id = :id""")
                .bind("id", paper.id()).bind("reason", RejectionReason.STUCK.name()).bind("message", message)
                .execute();
        LOG.error("paper {} rejected: {}", paper.id(), message);
    }
}
