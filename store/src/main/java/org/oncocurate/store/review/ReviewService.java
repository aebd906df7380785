package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.event.CuratedRecord;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.outbox.OutboxChannel;

/**
 * Curator decisions. Each decision updates the finding, appends to the audit trail and, when it changes what
 * downstream knowledge bases should hold, queues the curated record (or its retraction) in the outbox: all in one
 * transaction, so the three never disagree.
 *
 * <p>An edit is a proposal until a different person approves it (two-person rule). Withdrawing a record that
 * downstream holds is for editors.
 */
public final class ReviewService {
    private static final String AUDIT_QUERY = """
            SELECT d.id, d.record_id, f.paper_id, d.actor, d.action, d.decided_at, d.before::text AS before,
                   d.after::text AS after, d.reason
            FROM decision d JOIN finding f ON f.id = d.finding_id""";

    private final Jdbi jdbi;
    private final Clock clock;
    private final OutcomeRecheck recheck;
    private final Supplier<Set<String>> inOpenConflict;

    /**
     * @param recheck        the checks an edited outcome fact is run through again
     * @param inOpenConflict the record ids of the facts in an open conflict, which are never approved in bulk
     */
    public ReviewService(Jdbi jdbi, Clock clock, OutcomeRecheck recheck, Supplier<Set<String>> inOpenConflict) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.recheck = recheck;
        this.inOpenConflict = inOpenConflict;
    }

    public StoredFinding approve(String recordId, Account actor) {
        return jdbi.inTransaction(handle -> approve(handle, recordId, actor));
    }

    /**
     * Approves every listed record, or none: only pending facts whose checks all pass, that carry no curator's edit
     * and that are in no open conflict can be approved in bulk; any other refuses the whole request, with one line
     * per refused record.
     */
    public List<StoredFinding> approveAll(List<String> recordIds, Account actor) {
        if (recordIds == null || recordIds.isEmpty()) {
            throw ReviewException.badRequest("select at least one record to approve");
        }
        if (recordIds.size() > 1000) {
            throw ReviewException.badRequest("at most 1000 records can be approved at once");
        }
        Set<String> conflicting = inOpenConflict.get();
        return jdbi.inTransaction(handle -> {
            List<String> refusals = new ArrayList<>();
            for (String recordId : new LinkedHashSet<>(recordIds)) {
                StoredFinding finding = FindingRepository.byRecordId(handle, recordId, true).orElse(null);
                List<String> reasons = finding == null ? List.of("no such record")
                        : whyNotInBulk(handle, finding, conflicting.contains(recordId), actor);
                if (!reasons.isEmpty()) {
                    refusals.add(recordId + ": " + String.join("; ", reasons));
                }
            }
            if (!refusals.isEmpty()) {
                throw new ReviewException(409, "nothing was approved: " + refusals.size() + " of "
                        + recordIds.size() + " selected records cannot be bulk-approved", refusals);
            }
            List<StoredFinding> approved = new ArrayList<>();
            for (String recordId : new LinkedHashSet<>(recordIds)) {
                approved.add(approve(handle, recordId, actor));
            }
            return approved;
        });
    }

    private static List<String> whyNotInBulk(Handle handle, StoredFinding finding, boolean inConflict,
                                             Account actor) {
        List<String> reasons = new ArrayList<>();
        if (finding.status() != ReviewStatus.PENDING) {
            reasons.add("it is " + finding.status().label() + "; only pending facts are approved in bulk");
        }
        if (finding.failsChecks()) {
            reasons.add("its checks failed; review it on its own");
        }
        if (inConflict) {
            reasons.add("it is in an open conflict; decide which side is right on its own");
        }
        if (finding.curated() != null) {
            // An edit is judged on its own page, by someone other than its editors.
            reasons.add(editors(handle, finding.recordId()).contains(actor.username())
                    ? "you edited it; a second person must approve the edit"
                    : "it carries a curator's edit; approve the edit on its own page");
        }
        return reasons;
    }

    public StoredFinding reject(String recordId, Account actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ReviewException.badRequest("a rejection needs a reason");
        }
        return jdbi.inTransaction(handle -> {
            StoredFinding before = lock(handle, recordId);
            if (isPublished(handle, recordId) && !actor.role().isEditor()) {
                throw ReviewException.forbidden("the record is published; withdrawing it is for an editor");
            }
            return decide(handle, before, actor, "reject", ReviewStatus.REJECTED, before.curated(), reason.strip());
        });
    }

    /** Proposes new values; an outcome fact's checks are run again on them and stored with them. */
    public StoredFinding edit(String recordId, Account actor, JsonNode changes, String reason) {
        return jdbi.inTransaction(handle -> {
            StoredFinding before = lock(handle, recordId);
            EditableFields.validate(before.kind(), changes);
            ObjectNode curated = (before.curated() != null ? before.curated() : before.record()).deepCopy();
            curated.setAll((ObjectNode) changes);
            if (before.kind() == FindingKind.OUTCOME) {
                curated = EditedOutcome.rechecked(machine(handle, before.id()), curated, recheck);
            }
            return decide(handle, before, actor, "edit", ReviewStatus.PROPOSED, curated,
                    reason == null || reason.isBlank() ? null : reason.strip());
        });
    }

    /**
     * Drops a proposed edit: the fact goes back to the machine's values, pending review, or to its published state
     * when it was approved before the edit was proposed (downstream still holds that). Nothing new is proposed, so
     * no second person is needed; the edits discarded no longer bar their authors from approving a later edit.
     */
    public StoredFinding discardEdit(String recordId, Account actor, String reason) {
        return jdbi.inTransaction(handle -> {
            StoredFinding before = lock(handle, recordId);
            if (before.status() != ReviewStatus.PROPOSED || before.curated() == null) {
                throw ReviewException.conflict("the fact has no proposed edit to discard; it is "
                        + before.status().label());
            }
            JsonNode published = publishedBeforeTheEdit(handle, recordId);
            ReviewStatus status = published == null ? ReviewStatus.PENDING
                    : ReviewStatus.fromLabel(published.path("status").asText());
            ObjectNode curated = status == ReviewStatus.EDITED ? ((ObjectNode) published).deepCopy() : null;
            if (curated != null) {
                curated.remove("status");
            }
            return decide(handle, before, actor, "discard-edit", status, curated,
                    reason == null || reason.isBlank() ? null : reason.strip());
        });
    }

    /** The record as published when the first edit still open was proposed, if it was published then; else null. */
    private static JsonNode publishedBeforeTheEdit(Handle handle, String recordId) {
        if (!isPublished(handle, recordId)) {
            return null;
        }
        String before = handle.createQuery("""
                        SELECT before::text FROM decision
                        WHERE record_id = :recordId AND action = 'edit' AND id > COALESCE((SELECT max(id) FROM decision
                            WHERE record_id = :recordId AND action IN ('approve', 'discard-edit')), 0)
                        ORDER BY id LIMIT 1""")
                .bind("recordId", recordId).mapTo(String.class).findOne().orElse(null);
        JsonNode record = before == null ? null : Json.read(before, JsonNode.class);
        return record != null && ReviewStatus.fromLabel(record.path("status").asText("pending")).published()
                ? record : null;
    }

    private static String machine(Handle handle, long findingId) {
        return handle.createQuery("SELECT machine::text FROM finding WHERE id = :id").bind("id", findingId)
                .mapTo(String.class).one();
    }

    private StoredFinding approve(Handle handle, String recordId, Account actor) {
        StoredFinding before = lock(handle, recordId);
        if (before.curated() == null) {
            return decide(handle, before, actor, "approve", ReviewStatus.APPROVED, null, null);
        }
        if (editors(handle, recordId).contains(actor.username())) {
            throw ReviewException.forbidden("you edited this record; a second person must approve the edit");
        }
        return decide(handle, before, actor, "approve", ReviewStatus.EDITED, before.curated(), null);
    }

    private static StoredFinding lock(Handle handle, String recordId) {
        return FindingRepository.byRecordId(handle, recordId, true)
                .orElseThrow(() -> ReviewException.notFound("no record " + recordId));
    }

    /**
     * Who edited the record since it was last approved or its edit discarded: none of them may approve the edit. A
     * rejection does not clear the list, or an editor could reject their own proposal and then approve it alone; a
     * discard may, since it drops the edited values.
     */
    public Set<String> editorsOf(String recordId) {
        return jdbi.withHandle(handle -> editors(handle, recordId));
    }

    static Set<String> editors(Handle handle, String recordId) {
        Set<String> editors = new LinkedHashSet<>(handle.createQuery("""
                        SELECT DISTINCT actor FROM decision
                        WHERE record_id = :recordId AND action = 'edit'
                          AND id > COALESCE((SELECT max(id) FROM decision
                                             WHERE record_id = :recordId
                                               AND action IN ('approve', 'discard-edit')), 0)""")
                .bind("recordId", recordId).mapTo(String.class).list());
        // The current row's own proposers too: the record's decisions may have been made on another extraction's
        // row, which must not clear the proposer of the edit this row holds.
        editors.addAll(handle.createQuery("SELECT DISTINCT unnest(f.proposed_by) FROM finding f "
                        + "JOIN paper p ON p.id = f.paper_id AND p.extractor_version = f.extractor_version "
                        + "WHERE f.record_id = :recordId")
                .bind("recordId", recordId).mapTo(String.class).list());
        return editors;
    }

    private StoredFinding decide(Handle handle, StoredFinding before, Account actor, String action,
                                 ReviewStatus status, ObjectNode curated, String reason) {
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        // An edit adds its author to the row's proposers; an approval or a discard settles the edit and clears them.
        String proposers = switch (action) {
            case "edit" -> "CASE WHEN :actor = ANY(proposed_by) THEN proposed_by ELSE array_append(proposed_by, "
                    + ":actor) END";
            case "approve", "discard-edit" -> "'{}'";
            default -> "proposed_by";
        };
        handle.createUpdate("""
                        UPDATE finding SET status = :status, curated = CAST(:curated AS jsonb), decided_by = :actor,
                            decided_at = :at, decision_reason = :reason, version = version + 1,
                            proposed_by = """ + proposers + " WHERE id = :id")
                .bind("status", status.label()).bind("curated", curated == null ? null : Json.writeString(curated))
                .bind("actor", actor.username()).bind("at", Timestamp.from(now)).bind("reason", reason)
                .bind("id", before.id())
                .execute();
        StoredFinding after = FindingRepository.byRecordId(handle, before.recordId(), false).orElseThrow();
        appendAudit(handle, after.id(), after.recordId(), actor.username(), action, before.effectiveRecord(),
                after.effectiveRecord(), reason, now);
        announce(handle, after);
        return after;
    }

    /** Appends a decision to a fact's audit trail, in the caller's transaction. */
    public static void appendAudit(Handle handle, long findingId, String recordId, String actor, String action,
                            JsonNode before, JsonNode after, String reason, Instant at) {
        handle.createUpdate("""
                        INSERT INTO decision (finding_id, record_id, actor, action, decided_at, before, after, reason)
                        VALUES (:findingId, :recordId, :actor, :action, :at, CAST(:before AS jsonb),
                                CAST(:after AS jsonb), :reason)""")
                .bind("findingId", findingId).bind("recordId", recordId).bind("actor", actor)
                .bind("action", action).bind("at", Timestamp.from(at))
                .bind("before", before == null ? null : Json.writeString(before))
                .bind("after", after == null ? null : Json.writeString(after)).bind("reason", reason)
                .execute();
    }

    /**
     * Publishes the record when it is curated; retracts it when downstream holds it and it is rejected. A proposed
     * edit of a published record changes nothing downstream until it is approved or rejected.
     */
    private static void announce(Handle handle, StoredFinding after) {
        if (after.status().published()) {
            CuratedRecord record = new CuratedRecord(after.recordId(), after.paperId(), after.status().label(),
                    after.effectiveRecord(), after.decidedBy(), after.decidedAt(), after.version());
            Outbox.append(handle, OutboxChannel.CURATED_RECORD, after.recordId(), Json.writeString(record));
        } else if (after.status() == ReviewStatus.REJECTED && isPublished(handle, after.recordId())) {
            Outbox.append(handle, OutboxChannel.CURATED_RECORD, after.recordId(), null);
        }
    }

    /** Whether downstream holds the record: the last message under its key is a record, not a tombstone. */
    static boolean isPublished(Handle handle, String recordId) {
        return handle.createQuery("""
                        SELECT payload IS NOT NULL FROM outbox WHERE channel = :channel AND message_key = :key
                        ORDER BY id DESC LIMIT 1""")
                .bind("channel", OutboxChannel.CURATED_RECORD.name()).bind("key", recordId)
                .mapTo(Boolean.class).findOne().orElse(false);
    }

    public List<AuditEntry> history(String recordId) {
        return jdbi.withHandle(handle -> handle
                .createQuery(AUDIT_QUERY + " WHERE d.record_id = :recordId ORDER BY d.id")
                .bind("recordId", recordId).map((rs, ctx) -> auditRow(rs)).list());
    }

    /** Every decision ever taken, oldest first, for export. */
    public void forEachDecision(Consumer<AuditEntry> consumer) {
        // In a transaction, because the PostgreSQL driver streams by the fetch size only with autocommit off.
        jdbi.useTransaction(handle -> handle.createQuery(AUDIT_QUERY + " ORDER BY d.id").setFetchSize(500)
                .map((rs, ctx) -> auditRow(rs)).useStream(stream -> stream.forEach(consumer)));
    }

    private static AuditEntry auditRow(ResultSet rs) throws SQLException {
        String before = rs.getString("before");
        String after = rs.getString("after");
        return new AuditEntry(rs.getLong("id"), rs.getString("record_id"), rs.getString("paper_id"),
                rs.getString("actor"), rs.getString("action"), rs.getTimestamp("decided_at").toInstant(),
                before == null ? null : Json.read(before, JsonNode.class),
                after == null ? null : Json.read(after, JsonNode.class), rs.getString("reason"));
    }
}
