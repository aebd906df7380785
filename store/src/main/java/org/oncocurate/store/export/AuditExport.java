package org.oncocurate.store.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.review.AuditEntry;
import org.oncocurate.store.review.ReviewService;

/** The whole audit trail (who, when, what, before, after, reason) as JSON Lines or CSV, oldest decision first. */
public final class AuditExport {
    private static final List<String> COLUMNS = List.of("id", "record_id", "paper", "actor", "action", "decided_at",
            "reason", "before", "after");

    private final ReviewService review;

    public AuditExport(ReviewService review) {
        this.review = review;
    }

    public void write(ExportFormat format, OutputStream out) {
        try {
            switch (format) {
                case JSONL -> review.forEachDecision(entry -> {
                    try {
                        out.write(Json.write(json(entry)));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the audit trail", e);
                    }
                });
                case CSV -> {
                    try (SequenceWriter rows = CsvRecords.writer(COLUMNS, out)) {
                        review.forEachDecision(entry -> {
                            try {
                                rows.write(row(entry));
                            } catch (IOException e) {
                                throw new UncheckedIOException("cannot write the audit trail", e);
                            }
                        });
                    }
                }
                default -> throw new IllegalArgumentException("the audit trail exports as jsonl or csv, not "
                        + format.label());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit trail", e);
        }
    }

    private static ObjectNode json(AuditEntry entry) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", entry.id());
        node.put("record_id", entry.recordId());
        node.put("paper", entry.paperId());
        node.put("actor", entry.actor());
        node.put("action", entry.action());
        node.put("decided_at", entry.decidedAt().toString());
        node.put("reason", entry.reason());
        node.set("before", entry.before());
        node.set("after", entry.after());
        return node;
    }

    private static Map<String, Object> row(AuditEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", entry.id());
        row.put("record_id", entry.recordId());
        row.put("paper", entry.paperId());
        row.put("actor", CsvRecords.neutralized(entry.actor()));
        row.put("action", entry.action());
        row.put("decided_at", entry.decidedAt().toString());
        row.put("reason", entry.reason() == null ? null : CsvRecords.neutralized(entry.reason()));
        row.put("before", entry.before() == null ? null : CsvRecords.neutralized(Json.writeString(entry.before())));
        row.put("after", entry.after() == null ? null : CsvRecords.neutralized(Json.writeString(entry.after())));
        return row;
    }
}
