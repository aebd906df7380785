package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.event.CuratedRecord;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.outbox.OutboxChannel;

/**
 * Curator decisions. Each decision updates the finding, appends to the audit trail and, when it changes what
 * downstream knowledge bases should hold, queues the curated record (or its retraction) in the outbox: all in one
 * transaction, so the three never disagree.
 */
public final class ReviewService {
    private final Jdbi jdbi;
    private final Clock clock;

    public ReviewService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public StoredFinding approve(String recordId, String actor) {
        return decide(recordId, actor, "approve", null, null);
    }

    public StoredFinding reject(String recordId, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ReviewException.badRequest("a rejection needs a reason");
        }
        return decide(recordId, actor, "reject", null, reason);
    }

    public StoredFinding edit(String recordId, String actor, JsonNode changes, String reason) {
        return decide(recordId, actor, "edit", changes, reason);
    }

    private StoredFinding decide(String recordId, String actor, String action, JsonNode changes, String reason) {
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            StoredFinding before = FindingRepository.byRecordId(handle, recordId, true)
                    .orElseThrow(() -> ReviewException.notFound("no record " + recordId));
            ReviewStatus status;
            ObjectNode curated = before.curated();
            switch (action) {
                case "approve" -> status = curated != null ? ReviewStatus.EDITED : ReviewStatus.APPROVED;
                case "reject" -> status = ReviewStatus.REJECTED;
                case "edit" -> {
                    EditableFields.validate(before.kind(), changes);
                    curated = (curated != null ? curated : before.record()).deepCopy();
                    curated.setAll((ObjectNode) changes);
                    status = ReviewStatus.EDITED;
                }
                default -> throw new IllegalArgumentException("unknown action " + action);
            }
            handle.createUpdate("""
                            UPDATE finding SET status = :status, curated = CAST(:curated AS jsonb), decided_by = :actor,
                                decided_at = :at, decision_reason = :reason, version = version + 1
                            WHERE id = :id""")
                    .bind("status", status.label()).bind("curated", curated == null ? null : Json.writeString(curated))
                    .bind("actor", actor).bind("at", Timestamp.from(now)).bind("reason", reason)
                    .bind("id", before.id())
                    .execute();
            StoredFinding after = FindingRepository.byRecordId(handle, recordId, false).orElseThrow();
            appendAudit(handle, before, after, actor, action, reason);
            announce(handle, before, after);
            return after;
        });
    }

    private static void appendAudit(Handle handle, StoredFinding before, StoredFinding after, String actor,
                                    String action, String reason) {
        handle.createUpdate("""
                        INSERT INTO decision (finding_id, record_id, actor, action, decided_at, before, after, reason)
                        VALUES (:findingId, :recordId, :actor, :action, :at, CAST(:before AS jsonb),
                                CAST(:after AS jsonb), :reason)""")
                .bind("findingId", after.id()).bind("recordId", after.recordId()).bind("actor", actor)
                .bind("action", action).bind("at", Timestamp.from(after.decidedAt()))
                .bind("before", Json.writeString(before.effectiveRecord()))
                .bind("after", Json.writeString(after.effectiveRecord())).bind("reason", reason)
                .execute();
    }

    /** Publishes the record when it is (still) curated; retracts it when an approval is withdrawn. */
    private static void announce(Handle handle, StoredFinding before, StoredFinding after) {
        if (after.status().published()) {
            CuratedRecord record = new CuratedRecord(after.recordId(), after.paperId(), after.status().label(),
                    after.effectiveRecord(), after.decidedBy(), after.decidedAt(), after.version());
            Outbox.append(handle, OutboxChannel.CURATED_RECORD, after.recordId(), Json.writeString(record));
        } else if (before.status().published()) {
            Outbox.append(handle, OutboxChannel.CURATED_RECORD, after.recordId(), null);
        }
    }

    public List<AuditEntry> history(String recordId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, record_id, actor, action, decided_at, before::text AS before, after::text AS after,
                               reason
                        FROM decision WHERE record_id = :recordId ORDER BY id""")
                .bind("recordId", recordId)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getString("record_id"), rs.getString("actor"),
                        rs.getString("action"), rs.getTimestamp("decided_at").toInstant(),
                        Json.read(rs.getString("before"), JsonNode.class), Json.read(rs.getString("after"), JsonNode.class),
                        rs.getString("reason")))
                .list());
    }
}
