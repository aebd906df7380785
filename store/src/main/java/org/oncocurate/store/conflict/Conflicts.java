package org.oncocurate.store.conflict;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.conflict.ConflictRule;
import org.oncocurate.model.conflict.FigureSet;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.review.FindingRepository;
import org.oncocurate.store.review.ReviewException;
import org.oncocurate.store.review.ReviewService;
import org.oncocurate.store.review.StoredFinding;

/**
 * Open conflicts between current outcome facts, within a paper and across papers: the same trial, endpoint and
 * measure, about the same comparison, with figures that disagree by {@link ConflictRule} (the rule extraction applies
 * within a paper: a value and its rounding agree). A conflict is open while neither fact is rejected and no curator
 * kept both; the curators' values count where they edited a fact.
 */
public final class Conflicts {
    /**
     * Candidate pairs: same normalized trial, endpoint and measure; the figures are compared by the rule. Only the
     * facts that share their key with another are joined, which keeps a paper of thousands of facts fast.
     */
    private static final String PAIRS = """
            WITH outcome AS (
                SELECT f.record_id, COALESCE(f.curated, f.record) AS r
                FROM finding f JOIN paper p ON p.id = f.paper_id AND p.extractor_version = f.extractor_version
                WHERE f.kind = 'outcome' AND f.status <> 'rejected'
            ), keyed AS (
                SELECT record_id, r,
                       regexp_replace(upper(r->>'trial'), '[^A-Z0-9]', '', 'g') AS trial,
                       upper(r->>'endpoint') AS endpoint, r->>'measure' AS measure
                FROM outcome WHERE r->>'trial' IS NOT NULL
            ), shared AS (
                SELECT * FROM keyed WHERE (trial, endpoint, measure) IN (
                    SELECT trial, endpoint, measure FROM keyed GROUP BY trial, endpoint, measure HAVING count(*) > 1)
            )
            SELECT a.trial, a.endpoint, a.measure, a.record_id AS first, a.r::text AS first_record,
                   b.record_id AS second, b.r::text AS second_record
            FROM shared a JOIN shared b ON a.trial = b.trial AND a.endpoint = b.endpoint AND a.measure = b.measure
                                       AND a.record_id < b.record_id
            WHERE NOT EXISTS (SELECT 1 FROM conflict_kept_both k
                              WHERE k.first_record = a.record_id AND k.second_record = b.record_id)
            ORDER BY a.trial, a.endpoint, a.measure, a.record_id, b.record_id""";

    private final Jdbi jdbi;
    private final FindingRepository findings;
    private final Clock clock;

    public Conflicts(Jdbi jdbi, FindingRepository findings, Clock clock) {
        this.jdbi = jdbi;
        this.findings = findings;
        this.clock = clock;
    }

    /**
     * Closes an open conflict as none: both statements are right (different populations, timepoints or analyses).
     * The pair is recorded with the reason, and each fact's audit trail says who kept both and why.
     */
    public void keepBoth(String oneRecordId, String otherRecordId, Account actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ReviewException.badRequest("keeping both sides of a conflict needs a reason");
        }
        Conflict conflict = open().stream()
                .filter(open -> open.involves(oneRecordId) && open.involves(otherRecordId)
                        && !oneRecordId.equals(otherRecordId))
                .findFirst().orElseThrow(() -> ReviewException.conflict("no open conflict between " + oneRecordId
                        + " and " + otherRecordId));
        Instant now = clock.instant();
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            INSERT INTO conflict_kept_both (first_record, second_record, actor, decided_at, reason)
                            VALUES (:first, :second, :actor, :at, :reason) ON CONFLICT DO NOTHING""")
                    .bind("first", conflict.first().recordId()).bind("second", conflict.second().recordId())
                    .bind("actor", actor.username()).bind("at", Timestamp.from(now)).bind("reason", reason.strip())
                    .execute();
            for (StoredFinding side : List.of(conflict.first(), conflict.second())) {
                ReviewService.appendAudit(handle, side.id(), side.recordId(), actor.username(), "keep-both",
                        side.effectiveRecord(), side.effectiveRecord(), reason.strip() + " (kept beside "
                                + conflict.other(side.recordId()).recordId() + ")", now);
            }
        });
    }

    private record Pair(String trial, String endpoint, String measure, String first, String second) {
    }

    public List<Conflict> open() {
        List<Pair> pairs = jdbi.withHandle(handle -> handle.createQuery(PAIRS)
                .map((rs, ctx) -> inConflict(rs.getString("first_record"), rs.getString("second_record"))
                        ? new Pair(rs.getString("trial"), rs.getString("endpoint"), rs.getString("measure"),
                                rs.getString("first"), rs.getString("second"))
                        : null)
                .list()).stream().filter(Objects::nonNull).toList();
        Map<String, StoredFinding> byId = findings.byRecordIds(pairs.stream()
                        .flatMap(pair -> Stream.of(pair.first(), pair.second())).distinct().toList())
                .stream().collect(Collectors.toMap(StoredFinding::recordId, finding -> finding));
        return pairs.stream()
                .map(pair -> new Conflict(pair.trial(), pair.endpoint(), pair.measure(), byId.get(pair.first()),
                        byId.get(pair.second())))
                .toList();
    }

    private static boolean inConflict(String firstRecord, String secondRecord) {
        return ConflictRule.inConflict(FigureSet.fromRecord(Json.read(firstRecord, JsonNode.class)),
                FigureSet.fromRecord(Json.read(secondRecord, JsonNode.class)));
    }

    /** The record ids of the facts in an open conflict. */
    public Set<String> involvedRecordIds() {
        return open().stream().flatMap(conflict -> Stream.of(conflict.first().recordId(),
                conflict.second().recordId())).collect(Collectors.toSet());
    }

    /** The open conflicts that involve a fact of this paper. */
    public List<Conflict> forPaper(String paperId) {
        return open().stream()
                .filter(conflict -> conflict.first().paperId().equals(paperId)
                        || conflict.second().paperId().equals(paperId))
                .toList();
    }

    /** The open conflicts about one trial (normalized name). */
    public List<Conflict> forTrial(String normalizedTrial) {
        return open().stream().filter(conflict -> conflict.trial().equals(normalizedTrial)).toList();
    }
}
