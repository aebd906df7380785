package org.oncocurate.store.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.oncocurate.model.conflict.ConflictRule;
import org.oncocurate.model.conflict.FigureSet;
import org.oncocurate.model.finding.TrialNames;
import org.oncocurate.model.json.Json;

/**
 * Conflicts between papers: current outcome findings (each paper's current extraction, curators' edits applied,
 * rejected findings left out) of different papers about the same trial, endpoint and measure whose figures disagree
 * by {@link ConflictRule}, the rule extraction applies within a paper. Read-only.
 */
public final class ConflictRepository {
    private static final String PAIRS = """
            WITH current_outcome AS (
                SELECT f.record_id, f.paper_id, f.status, COALESCE(f.curated, f.record) AS effective
                FROM finding f
                JOIN paper p ON p.id = f.paper_id AND p.extractor_version = f.extractor_version
                WHERE f.kind = 'outcome' AND f.status <> 'rejected'
            ), subject AS (
                SELECT record_id, paper_id, status, effective,
                       regexp_replace(upper(effective->>'trial'), '[^A-Z0-9]', '', 'g') AS trial_key,
                       upper(effective->>'endpoint') AS endpoint_key, effective->>'measure' AS measure_key
                FROM current_outcome
                WHERE effective->>'trial' IS NOT NULL
            )
            SELECT a.record_id AS first_id, a.paper_id AS first_paper, a.status AS first_status,
                   a.effective::text AS first_record, b.record_id AS second_id, b.paper_id AS second_paper,
                   b.status AS second_status, b.effective::text AS second_record
            FROM subject a
            JOIN subject b ON a.trial_key = b.trial_key AND a.endpoint_key = b.endpoint_key
                          AND a.measure_key = b.measure_key AND a.paper_id < b.paper_id
            WHERE (CAST(:trial AS text) IS NULL OR a.trial_key = :trial)
            ORDER BY a.trial_key, a.endpoint_key, a.measure_key, a.paper_id, a.record_id, b.paper_id, b.record_id""";

    private final Jdbi jdbi;

    public ConflictRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every conflict between papers, by trial, endpoint and measure. */
    public List<CrossPaperConflict> all() {
        return query(null);
    }

    /** The conflicts between papers about one trial (its name in any spelling: "Paloma-2" finds PALOMA-2). */
    public List<CrossPaperConflict> forTrial(String trial) {
        return query(TrialNames.normalize(trial));
    }

    private List<CrossPaperConflict> query(String trialKey) {
        return jdbi.withHandle(handle -> {
            Query query = handle.createQuery(PAIRS).bind("trial", trialKey);
            List<CrossPaperConflict> conflicts = new ArrayList<>();
            query.map((rs, ctx) -> new Pair(
                    side(rs.getString("first_paper"), rs.getString("first_id"), rs.getString("first_status"),
                            rs.getString("first_record")),
                    side(rs.getString("second_paper"), rs.getString("second_id"), rs.getString("second_status"),
                            rs.getString("second_record"))))
                    .forEach(pair -> {
                        if (ConflictRule.inConflict(pair.first().figures(), pair.second().figures())) {
                            conflicts.add(new CrossPaperConflict(pair.first().side().trial(),
                                    pair.first().figures().endpoint(), pair.first().figures().measure().label(),
                                    pair.first().side(), pair.second().side()));
                        }
                    });
            return conflicts;
        });
    }

    private static Read side(String paperId, String recordId, String status, String recordJson) {
        JsonNode record = Json.read(recordJson, JsonNode.class);
        FigureSet figures = FigureSet.fromRecord(record);
        String p = record.path("p").isTextual() ? record.get("p").asText() : null;
        return new Read(new ConflictSide(paperId, recordId, figures.trial(), figures.figures(), figures.ci(), p,
                status), figures);
    }

    private record Read(ConflictSide side, FigureSet figures) {
    }

    private record Pair(Read first, Read second) {
    }
}
