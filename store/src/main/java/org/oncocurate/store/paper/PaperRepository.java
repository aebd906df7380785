package org.oncocurate.store.paper;

import org.oncocurate.store.PostgresText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.oncocurate.model.event.PaperIngested;
import org.oncocurate.model.event.PaperRejected;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.PaperText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Papers and their progress through the pipeline. Events about one paper arrive on different topics and so in any
 * order; each update only moves a paper forward (a late "ingested" never hides "extracted").
 */
public final class PaperRepository {
    private static final Logger LOG = LoggerFactory.getLogger(PaperRepository.class);
    private static final String SUMMARY_COLUMNS = """
            p.id, p.file_name, p.submitted_by, p.submitted_at, p.state, p.title, p.doi, p.journal, p.year,
            p.authors::text AS authors, p.page_count, p.extractor_version, p.extracted_at, p.rejected_stage,
            p.rejection_reason, p.rejection_message,
            (SELECT count(*) FROM finding f WHERE f.paper_id = p.id AND f.extractor_version = p.extractor_version)
                AS finding_count,
            (SELECT count(*) FROM finding f WHERE f.paper_id = p.id AND f.extractor_version = p.extractor_version
                AND f.status IN ('pending', 'proposed')) AS pending_count""";

    private final Jdbi jdbi;

    public PaperRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Records a submission. Returns true when the paper should go (again) through the pipeline: it is new, or its
     * last attempt was rejected. Re-submitting a paper that is in the pipeline or done changes nothing.
     */
    public static boolean submitted(Handle handle, PaperSubmitted event) {
        int changed = handle.createUpdate("""
                        INSERT INTO paper (id, file_name, submitted_by, submitted_at, state)
                        VALUES (:id, :fileName, :by, :at, 'submitted')
                        ON CONFLICT (id) DO UPDATE SET state = 'submitted', rejected_stage = NULL, rejection_reason = NULL,
                            rejection_message = NULL, rejected_at = NULL, updated_at = now()
                        WHERE paper.state = 'rejected'""")
                .bind("id", event.paperId()).bind("fileName", event.fileName())
                .bind("by", event.submittedBy()).bind("at", Timestamp.from(event.submittedAt()))
                .execute();
        return changed > 0;
    }

    static boolean exists(Handle handle, String paperId) {
        return handle.createQuery("SELECT count(*) FROM paper WHERE id = :id").bind("id", paperId)
                .mapTo(Integer.class).one() > 0;
    }

    /** A paper sent through the pipeline again. */
    public record Resubmission(String fileName, long byteSize) {
    }

    /** Marks a paper whose PDF is stored as submitted again; empty when there is no such paper or PDF. */
    public static Optional<Resubmission> resubmit(Handle handle, String paperId) {
        Optional<Resubmission> paper = handle.createQuery("""
                        SELECT p.file_name, b.byte_size FROM paper p JOIN pdf_blob b ON b.sha256 = p.id
                        WHERE p.id = :id FOR UPDATE OF p""")
                .bind("id", paperId)
                .map((rs, ctx) -> new Resubmission(rs.getString("file_name"), rs.getLong("byte_size"))).findOne();
        paper.ifPresent(found -> handle.createUpdate("""
                        UPDATE paper SET state = 'submitted', rejected_stage = NULL, rejection_reason = NULL,
                            rejection_message = NULL, rejected_at = NULL, updated_at = now()
                        WHERE id = :id""").bind("id", paperId).execute());
        return paper;
    }

    /** Makes sure a row exists for a paper known only from a later event. */
    public static void ensureExists(Handle handle, String paperId) {
        handle.createUpdate("""
                        INSERT INTO paper (id, file_name, submitted_by, submitted_at, state)
                        VALUES (:id, '(unknown)', '(unknown)', now(), 'submitted')
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", paperId).execute();
    }

    public void ingested(PaperIngested event) {
        PaperText text = event.text();
        Bibliography bibliography = text.bibliography();
        jdbi.useTransaction(handle -> {
            ensureExists(handle, event.paperId());
            handle.createUpdate("""
                            UPDATE paper SET state = CASE WHEN state = 'submitted' THEN 'ingested' ELSE state END,
                                title = :title, doi = :doi, journal = :journal, year = :year,
                                authors = CAST(:authors AS jsonb), page_count = :pages, ingest_version = :version,
                                ingested_at = :at, paper_text = CAST(:text AS jsonb), updated_at = now()
                            WHERE id = :id""")
                    .bind("id", event.paperId()).bind("title", PostgresText.text(bibliography.title()))
                    .bind("doi", PostgresText.text(bibliography.doi()))
                    .bind("journal", PostgresText.text(bibliography.journal())).bind("year", bibliography.year())
                    .bind("authors", PostgresText.json(bibliography.authors()))
                    .bind("pages", text.pages().size()).bind("version", event.ingestVersion())
                    .bind("at", Timestamp.from(event.ingestedAt())).bind("text", PostgresText.json(text))
                    .execute();
        });
    }

    /** The paper's current extraction, with its row locked until the transaction ends. */
    public record Extraction(String version, Instant extractedAt) {
    }

    public static Extraction lockExtraction(Handle handle, String paperId) {
        return handle.createQuery("SELECT extractor_version, extracted_at FROM paper WHERE id = :id FOR UPDATE")
                .bind("id", paperId)
                .map((rs, ctx) -> new Extraction(rs.getString("extractor_version"), instant(rs, "extracted_at")))
                .one();
    }

    public static void extracted(Handle handle, String paperId, String extractorVersion, Instant at) {
        handle.createUpdate("""
                        UPDATE paper SET state = 'extracted', extractor_version = :version, extracted_at = :at,
                            rejected_stage = NULL, rejection_reason = NULL, rejection_message = NULL,
                            rejected_at = NULL, updated_at = now()
                        WHERE id = :id""")
                .bind("id", paperId).bind("version", extractorVersion).bind("at", Timestamp.from(at))
                .execute();
    }

    /** Records a rejection; one that names no paper (its event was unreadable) has no paper to mark. */
    public void rejected(PaperRejected event) {
        if (event.paperId() == null) {
            LOG.warn("{} rejected an event that names no paper: {} ({})", event.stage(), event.reason(),
                    event.message());
            return;
        }
        jdbi.useTransaction(handle -> {
            ensureExists(handle, event.paperId());
            handle.createUpdate("""
                            UPDATE paper SET state = CASE WHEN state = 'extracted' THEN state ELSE 'rejected' END,
                                rejected_stage = :stage, rejection_reason = :reason, rejection_message = :message,
                                rejected_at = :at, updated_at = now()
                            WHERE id = :id""")
                    .bind("id", event.paperId()).bind("stage", event.stage()).bind("reason", event.reason().name())
                    .bind("message", event.message()).bind("at", Timestamp.from(event.rejectedAt()))
                    .execute();
        });
    }

    /** How many papers are in each state (every state present, zero when none). */
    public Map<PaperState, Long> countByState() {
        Map<PaperState, Long> counts = new EnumMap<>(PaperState.class);
        for (PaperState state : PaperState.values()) {
            counts.put(state, 0L);
        }
        jdbi.useHandle(handle -> handle.createQuery("SELECT state, count(*) AS papers FROM paper GROUP BY state")
                .map((rs, ctx) -> Map.entry(PaperState.fromLabel(rs.getString("state")), rs.getLong("papers")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    public List<PaperSummary> list() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + SUMMARY_COLUMNS + " FROM paper p ORDER BY p.submitted_at DESC, p.id")
                .map((rs, ctx) -> summary(rs)).list());
    }

    public Optional<PaperSummary> find(String paperId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + SUMMARY_COLUMNS + " FROM paper p WHERE p.id = :id")
                .bind("id", paperId).map((rs, ctx) -> summary(rs)).findOne());
    }

    public Optional<PaperText> text(String paperId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT paper_text::text FROM paper WHERE id = :id AND paper_text IS NOT NULL")
                .bind("id", paperId).mapTo(String.class).findOne()
                .map(json -> Json.read(json, PaperText.class)));
    }

    /** A page's size in points. */
    public record PageSize(double width, double height) {
    }

    public Optional<PageSize> pageSize(String paperId, int page) {
        if (page < 1) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT (paper_text->'pages'->(:index)->>'width')::float8 AS width,
                               (paper_text->'pages'->(:index)->>'height')::float8 AS height
                        FROM paper WHERE id = :id AND paper_text->'pages'->(:index) IS NOT NULL""")
                .bind("id", paperId).bind("index", page - 1)
                .map((rs, ctx) -> new PageSize(rs.getDouble("width"), rs.getDouble("height"))).findOne());
    }

    private static PaperSummary summary(ResultSet rs) throws SQLException {
        String[] authors = Json.read(rs.getString("authors"), String[].class);
        return new PaperSummary(rs.getString("id"), rs.getString("file_name"), rs.getString("submitted_by"),
                instant(rs, "submitted_at"), PaperState.fromLabel(rs.getString("state")), rs.getString("title"),
                rs.getString("doi"), rs.getString("journal"), (Integer) rs.getObject("year"), List.of(authors),
                (Integer) rs.getObject("page_count"), rs.getString("extractor_version"),
                instant(rs, "extracted_at"), rs.getString("rejected_stage"), rs.getString("rejection_reason"),
                rs.getString("rejection_message"), rs.getLong("finding_count"), rs.getLong("pending_count"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
