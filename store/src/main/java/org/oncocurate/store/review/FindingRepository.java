package org.oncocurate.store.review;

import org.oncocurate.store.PostgresText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.export.ExportRecords;
import org.oncocurate.model.export.RecordId;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.paper.PaperRepository;

/**
 * Findings in PostgreSQL. Storing is idempotent: a finding is keyed by paper, extractor version and fact key, so a
 * re-delivered event changes nothing. Queries read the paper's current extractor version.
 */
public final class FindingRepository {
    static final String COLUMNS = """
            f.id, f.record_id, f.paper_id, f.extractor_version, f.kind, f.fact_key, f.record::text AS record,
            f.status, f.curated::text AS curated, f.decided_by, f.decided_at, f.decision_reason, f.version,
            f.prior_decision::text AS prior_decision,
            (SELECT jsonb_agg(e->'sentenceStart') FROM jsonb_array_elements(f.machine->'evidence') e)::text
                AS sentence_starts""";
    private static final String CURRENT = "JOIN paper p ON p.id = f.paper_id AND p.extractor_version = f.extractor_version";

    private final Jdbi jdbi;

    public FindingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the findings of one extraction; returns how many were new. */
    public int store(FindingsExtracted event) {
        Findings findings = event.findings();
        ExportRecords.Provenance provenance = ExportRecords.Provenance.of(findings);
        String extraction = findings.extraction();
        return jdbi.inTransaction(handle -> {
            PaperRepository.ensureExists(handle, findings.paperId());
            PaperRepository.Extraction current = PaperRepository.lockExtraction(handle, findings.paperId());
            int inserted = 0;
            for (Finding finding : findings.findings()) {
                inserted += insert(handle, provenance, extraction, finding);
            }
            boolean newer = current.version() == null || current.extractedAt() == null
                    || !event.extractedAt().isBefore(current.extractedAt());
            if (!newer) {
                // A late re-delivery of an older extraction: stored for the record, but the paper stays as it is.
                return inserted;
            }
            if (current.version() != null && !current.version().equals(extraction)) {
                ReExtraction.carryOver(handle, findings.paperId(), current.version(), extraction,
                        event.extractedAt());
            }
            PaperRepository.extracted(handle, findings.paperId(), extraction, event.extractedAt());
            return inserted;
        });
    }

    /**
     * @param extraction what produced the finding (extractor, ingest and lexicon versions): rows are kept per
     *                   extraction, so a newer one is stored beside the earlier and decisions are carried over
     */
    private static int insert(Handle handle, ExportRecords.Provenance provenance, String extraction,
                              Finding finding) {
        ObjectNode record = ExportRecords.toRecord(provenance, finding, ReviewStatus.PENDING.label());
        return handle.createUpdate("""
                        INSERT INTO finding (record_id, paper_id, extractor_version, kind, fact_key, machine, record)
                        VALUES (:recordId, :paperId, :version, :kind, :key, CAST(:machine AS jsonb),
                                CAST(:record AS jsonb))
                        ON CONFLICT (paper_id, extractor_version, fact_key) DO NOTHING""")
                .bind("recordId", RecordId.of(provenance.paperId(), finding.key()))
                .bind("paperId", provenance.paperId()).bind("version", extraction)
                .bind("kind", finding.kind().label()).bind("key", finding.key())
                .bind("machine", PostgresText.json(finding)).bind("record", PostgresText.json(record))
                .execute();
    }

    public List<StoredFinding> forPaper(String paperId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM finding f " + CURRENT
                        + " WHERE f.paper_id = :paperId ORDER BY f.kind, f.id")
                .bind("paperId", paperId).map((rs, ctx) -> row(rs)).list());
    }

    public Optional<StoredFinding> byRecordId(String recordId) {
        return jdbi.withHandle(handle -> byRecordId(handle, recordId, false));
    }

    /**
     * With {@code forUpdate}, locks the finding for a decision and shares the lock on its paper, so a decision and
     * the storing of a newer extraction (which locks the paper) never interleave: a decision waits for the newer
     * extraction and then finds the record in its newer version, or the extraction carries the decision over.
     */
    static Optional<StoredFinding> byRecordId(Handle handle, String recordId, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM finding f " + CURRENT + " WHERE f.record_id = :recordId"
                        + (forUpdate ? " FOR UPDATE OF f FOR SHARE OF p" : ""))
                .bind("recordId", recordId).map((rs, ctx) -> row(rs)).findOne();
    }

    public List<StoredFinding> byRecordIds(List<String> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM finding f " + CURRENT
                        + " WHERE f.record_id IN (<ids>) ORDER BY f.paper_id, f.id")
                .bindList("ids", recordIds).map((rs, ctx) -> row(rs)).list());
    }

    /**
     * One trial's current facts across papers: its trial records and the outcome facts that name it, compared by
     * normalized name ("Paloma-2" = "PALOMA 2"), with curators' edits applied.
     */
    public List<StoredFinding> forTrial(String normalizedTrial) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM finding f " + CURRENT
                        + " " + """
                         WHERE f.kind IN ('trial', 'outcome')
                           AND regexp_replace(upper(COALESCE(f.curated, f.record)->>
                                   CASE WHEN f.kind = 'trial' THEN 'name' ELSE 'trial' END), '[^A-Z0-9]', '', 'g')
                               = :trial
                         ORDER BY f.kind DESC, f.paper_id, f.id""")
                .bind("trial", normalizedTrial).map((rs, ctx) -> row(rs)).list());
    }

    /**
     * Every current record of every paper, paper by paper in a stable order, for export; {@code curatedOnly} keeps
     * the published ones (approved and edited).
     */
    public void forEachCurrent(boolean curatedOnly, Consumer<StoredFinding> consumer) {
        // In a transaction, because the PostgreSQL driver streams by the fetch size only with autocommit off.
        jdbi.useTransaction(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM finding f " + CURRENT
                        + (curatedOnly ? " WHERE f.status IN ('approved', 'edited')" : "")
                        + " ORDER BY f.paper_id, f.kind, f.id")
                .setFetchSize(500)
                .map((rs, ctx) -> row(rs)).useStream(stream -> stream.forEach(consumer)));
    }

    /** How many current findings of each kind a paper has. */
    public Map<FindingKind, Long> countsByKind(String paperId) {
        Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
        jdbi.useHandle(handle -> handle.createQuery("SELECT f.kind, count(*) AS n FROM finding f " + CURRENT
                        + " WHERE f.paper_id = :paperId GROUP BY f.kind")
                .bind("paperId", paperId)
                .map((rs, ctx) -> Map.entry(FindingKind.fromLabel(rs.getString("kind")), rs.getLong("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    static StoredFinding byId(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM finding f WHERE f.id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).one();
    }

    static StoredFinding row(ResultSet rs) throws SQLException {
        String curated = rs.getString("curated");
        String prior = rs.getString("prior_decision");
        String starts = rs.getString("sentence_starts");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new StoredFinding(rs.getLong("id"), rs.getString("record_id"), rs.getString("paper_id"),
                rs.getString("extractor_version"), FindingKind.fromLabel(rs.getString("kind")),
                rs.getString("fact_key"), Json.read(rs.getString("record"), ObjectNode.class),
                ReviewStatus.fromLabel(rs.getString("status")),
                curated == null ? null : Json.read(curated, ObjectNode.class), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_reason"),
                rs.getLong("version"), prior == null ? null : Json.read(prior, ObjectNode.class),
                starts == null ? List.of() : List.of(Json.read(starts, Integer[].class)));
    }
}
