package org.oncocurate.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oncocurate.store.review.FindingRepository;
import org.oncocurate.store.review.StoredFinding;

/** Records as CSV, one row per record, the columns of every kind side by side (empty where a kind has none). */
final class CsvRecords {
    static final List<String> COLUMNS = List.of("record_id", "paper", "doi", "kind", "status", "name", "identifier",
            "trial", "endpoint", "measure", "arms", "value", "ci_lower", "ci_upper", "ci_level", "p", "unit", "checks_pass",
            "decided_by", "decided_at", "page", "evidence", "extractor_version");
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRecords() {
    }

    static void write(FindingRepository findings, boolean curatedOnly, OutputStream out) throws IOException {
        try (SequenceWriter rows = writer(COLUMNS, out)) {
            findings.forEachCurrent(curatedOnly, finding -> {
                try {
                    rows.write(row(finding));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the export", e);
                }
            });
        }
    }

    static SequenceWriter writer(List<String> columns, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return MAPPER.writer(schema.build()).writeValues(out);
    }

    private static Map<String, Object> row(StoredFinding finding) {
        JsonNode record = finding.effectiveRecord();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("record_id", finding.recordId());
        row.put("paper", finding.paperId());
        row.put("doi", text(record.path("source_paper").path("doi")));
        row.put("kind", finding.kind().label());
        row.put("status", finding.status().label());
        switch (finding.kind()) {
            case GENE -> {
                row.put("name", text(record.path("symbol")));
                row.put("identifier", text(record.path("ncbi_gene_id")));
            }
            case DRUG -> {
                row.put("name", text(record.path("name")));
                row.put("identifier", text(record.path("class")));
            }
            case VARIANT -> row.put("name", Stream.of(text(record.path("gene")), text(record.path("change")))
                    .filter(part -> !part.isEmpty()).collect(Collectors.joining(" ")));
            case TRIAL -> {
                row.put("name", text(record.path("name")));
                row.put("identifier", text(record.path("nct")));
            }
            case OUTCOME -> {
                row.put("trial", text(record.path("trial")));
                row.put("endpoint", text(record.path("endpoint")));
                row.put("measure", text(record.path("measure")));
                List<String> arms = new ArrayList<>();
                record.path("arms").forEach(arm ->
                        arms.add(text(arm.path("label")) + "="
                                + (arm.path("value").isNull() ? "not reached" : arm.path("value").asText())));
                row.put("arms", String.join("; ", arms));
                row.put("value", number(record.path("value")));
                row.put("ci_lower", number(record.path("ci").path(0)));
                row.put("ci_upper", number(record.path("ci").path(1)));
                row.put("ci_level", number(record.path("ci_level")));
                row.put("p", text(record.path("p")));
                row.put("unit", text(record.path("unit")));
                row.put("checks_pass", record.path("checks_pass").asText(""));
            }
            case GENE_FAMILY, DRUG_CLASS -> {
                row.put("name", text(record.path("name")));
                List<String> members = new ArrayList<>();
                record.path("members").forEach(member -> members.add(member.asText()));
                row.put("identifier", String.join("; ", members));
            }
        }
        row.put("decided_by", finding.decidedBy());
        row.put("decided_at", finding.decidedAt() == null ? null : finding.decidedAt().toString());
        JsonNode evidence = record.path("evidence").path(0);
        row.put("page", evidence.path("page").asText(""));
        row.put("evidence", text(evidence.path("sentence")));
        row.put("extractor_version", finding.extractorVersion());
        row.replaceAll((column, value) -> value instanceof String cell ? neutralized(cell) : value);
        return row;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    private static Object number(JsonNode node) {
        return node.isNumber() ? node.numberValue() : null;
    }

    /**
     * Text from PDFs is hostile, and a spreadsheet runs a cell that starts with = + - @ as a formula: such a cell is
     * prefixed with an apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
     */
    static String neutralized(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
