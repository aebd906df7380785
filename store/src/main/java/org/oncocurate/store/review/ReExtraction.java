package org.oncocurate.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.oncocurate.model.conflict.FigureSet;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.outbox.OutboxChannel;

/**
 * Carries curators' decisions from one extractor version of a paper to the next. A fact is the same fact when its
 * key is (so its record id is); it is unchanged when its record says the same apart from provenance. Decisions on
 * unchanged facts carry over; a changed fact comes back pending with the earlier decision kept beside it; a
 * published fact the newer extractor no longer finds is retracted. An outcome fact's key holds its figures, CI and p
 * value, so an outcome whose CI or p the newer extractor reads differently has a new key: its earlier record is
 * retracted when published, and the restatement comes back pending with the earlier decision beside it. Each step is in the audit trail, by the extractor.
 */
final class ReExtraction {
    /** Fields that describe how a record was produced rather than what it states. */
    private static final Set<String> PROVENANCE = Set.of("status", "extractor_version", "lexicon_versions",
            "confidence", "evidence", "mentions", "source_paper");

    private ReExtraction() {
    }

    static void carryOver(Handle handle, String paperId, String previousVersion, String currentVersion, Instant at) {
        String actor = "extractor " + currentVersion;
        List<StoredFinding> earlier = versionRows(handle, paperId, previousVersion);
        List<StoredFinding> current = versionRows(handle, paperId, currentVersion);
        Map<String, StoredFinding> currentByKey = new HashMap<>();
        current.forEach(fresh -> currentByKey.put(fresh.factKey(), fresh));
        Set<String> earlierKeys = new HashSet<>();
        earlier.forEach(old -> earlierKeys.add(old.factKey()));
        for (StoredFinding old : earlier) {
            StoredFinding fresh = currentByKey.get(old.factKey());
            boolean decided = old.status() != ReviewStatus.PENDING || old.priorDecision() != null;
            if (fresh == null) {
                if (ReviewService.isPublished(handle, old.recordId())) {
                    ReviewService.appendAudit(handle, old.id(), old.recordId(), actor, "withdraw",
                            old.effectiveRecord(), null, "no longer found by " + currentVersion, at);
                    Outbox.append(handle, OutboxChannel.CURATED_RECORD, old.recordId(), null);
                }
                StoredFinding successor = decided ? successor(old, current, earlierKeys) : null;
                if (successor != null && successor.version() == 0 && successor.status() == ReviewStatus.PENDING) {
                    reopen(handle, old, successor, actor, at);
                }
            } else if (decided && fresh.version() == 0 && fresh.status() == ReviewStatus.PENDING) {
                if (statesTheSame(old.record(), fresh.record())) {
                    keep(handle, old, fresh, actor, at);
                } else {
                    reopen(handle, old, fresh, actor, at);
                }
            }
        }
    }

    private static List<StoredFinding> versionRows(Handle handle, String paperId, String version) {
        return handle.createQuery("SELECT " + FindingRepository.COLUMNS + " FROM finding f"
                        + " WHERE f.paper_id = :paper AND f.extractor_version = :version ORDER BY f.id")
                .bind("paper", paperId).bind("version", version)
                .map((rs, ctx) -> FindingRepository.row(rs)).list();
    }

    /**
     * The one newer fact that restates an outcome the newer extractor reads differently: the same trial, endpoint,
     * measure and figures under a new key (its CI or p value read differently), not itself an earlier fact. Other
     * kinds are identified by their key alone, so they have no successor.
     */
    private static StoredFinding successor(StoredFinding old, List<StoredFinding> current, Set<String> earlierKeys) {
        if (old.kind() != FindingKind.OUTCOME) {
            return null;
        }
        String identity = outcomeIdentity(old.record());
        List<StoredFinding> candidates = current.stream()
                .filter(fresh -> fresh.kind() == FindingKind.OUTCOME && !earlierKeys.contains(fresh.factKey()))
                .filter(fresh -> outcomeIdentity(fresh.record()).equals(identity))
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static String outcomeIdentity(ObjectNode record) {
        FigureSet figures = FigureSet.fromRecord(record);
        return figures.subject() + ":" + figures.figures().stream().sorted().toList();
    }

    static boolean statesTheSame(ObjectNode earlier, ObjectNode later) {
        return withoutProvenance(earlier).equals(withoutProvenance(later));
    }

    private static ObjectNode withoutProvenance(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove(PROVENANCE);
        return copy;
    }

    /** The curator's changes, re-applied to the newer record so its provenance is current. */
    private static ObjectNode curatedOver(StoredFinding old, ObjectNode record) {
        if (old.curated() == null) {
            return null;
        }
        ObjectNode curated = record.deepCopy();
        old.curated().fields().forEachRemaining(field -> {
            if (!PROVENANCE.contains(field.getKey()) && !field.getValue().equals(old.record().get(field.getKey()))) {
                curated.set(field.getKey(), field.getValue());
            }
        });
        return curated;
    }

    private static void keep(Handle handle, StoredFinding old, StoredFinding fresh, String actor, Instant at) {
        ObjectNode curated = curatedOver(old, fresh.record());
        handle.createUpdate("""
                        UPDATE finding SET status = :status, curated = CAST(:curated AS jsonb), decided_by = :by,
                            decided_at = :at, decision_reason = :reason, version = :version,
                            prior_decision = CAST(:prior AS jsonb),
                            proposed_by = (SELECT proposed_by FROM finding WHERE id = :oldId)
                        WHERE id = :id""")
                .bind("status", old.status().label())
                .bind("curated", curated == null ? null : Json.writeString(curated))
                .bind("by", old.decidedBy())
                .bind("at", old.decidedAt() == null ? null : Timestamp.from(old.decidedAt()))
                .bind("reason", old.decisionReason()).bind("version", old.version())
                .bind("prior", old.priorDecision() == null ? null : Json.writeString(old.priorDecision()))
                .bind("oldId", old.id()).bind("id", fresh.id()).execute();
        StoredFinding after = FindingRepository.byId(handle, fresh.id());
        ReviewService.appendAudit(handle, fresh.id(), fresh.recordId(), actor, "carry-over", old.effectiveRecord(),
                after.effectiveRecord(), "unchanged under " + fresh.extractorVersion() + "; the decision stands", at);
    }

    private static void reopen(Handle handle, StoredFinding old, StoredFinding fresh, String actor, Instant at) {
        ObjectNode prior = old.priorDecision() != null && old.status() == ReviewStatus.PENDING
                ? old.priorDecision() : priorDecision(old);
        handle.createUpdate(
                        "UPDATE finding SET version = :version, prior_decision = CAST(:prior AS jsonb) WHERE id = :id")
                .bind("version", old.version()).bind("prior", Json.writeString(prior)).bind("id", fresh.id())
                .execute();
        JsonNode after = FindingRepository.byId(handle, fresh.id()).effectiveRecord();
        ReviewService.appendAudit(handle, fresh.id(), fresh.recordId(), actor, "reopen", old.effectiveRecord(), after,
                fresh.extractorVersion() + " reads the fact differently; it needs a new decision", at);
    }

    private static ObjectNode priorDecision(StoredFinding old) {
        ObjectNode prior = Json.mapper().createObjectNode();
        prior.put("status", old.status().label());
        prior.put("decided_by", old.decidedBy());
        prior.put("decided_at", old.decidedAt() == null ? null : old.decidedAt().toString());
        prior.put("reason", old.decisionReason());
        prior.put("extractor_version", old.extractorVersion());
        prior.set("record", old.effectiveRecord());
        return prior;
    }
}
