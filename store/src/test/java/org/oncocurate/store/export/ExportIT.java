package org.oncocurate.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.review.StoredFinding;

class ExportIT {
    private static final String PAPER = TestDatabase.paperId(99);
    private static Database database;
    private static StoreServices store;
    private static StoredFinding approved;

    @BeforeAll
    static void aPaperWithOneApprovedFact() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
        store.findings().store(TestDatabase.findings(PAPER, "x", TestDatabase.clock().instant(), List.of(
                new GeneFinding("ESR1", "2099", List.of(TestDatabase.evidence("ESR1", "ESR1 mutations arise.")), 0.9),
                new GeneFinding("=HYPERLINK", null,
                        List.of(TestDatabase.evidence("=HYPERLINK", "=HYPERLINK(\"x\") is a formula.")), 0.1),
                TestDatabase.hazardRatio("PALOMA-2", 0.58, 0.46, 0.72, true))));
        approved = store.findings().forPaper(PAPER).stream()
                .filter(finding -> finding.record().path("symbol").asText().equals("ESR1")).findFirst().orElseThrow();
        store.review().approve(approved.recordId(), TestDatabase.account(store, "alice", Role.CURATOR));
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    private static String export(ExportFormat format, boolean curatedOnly) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export().write(format, curatedOnly, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesHoldEveryRecordOrOnlyTheCuratedOnes() {
        assertThat(export(ExportFormat.JSONL, false).lines()).hasSize(3);
        assertThat(export(ExportFormat.JSONL, true).lines()).singleElement().satisfies(line ->
                assertThat(Json.read(line, JsonNode.class).get("status").asText()).isEqualTo("approved"));
    }

    @Test
    void csvHasAHeaderARowPerRecordAndNoLiveFormulas() {
        List<String> lines = export(ExportFormat.CSV, false).lines().toList();

        assertThat(lines.get(0)).startsWith("record_id,paper,doi,kind,status,name");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",outcome,pending,").contains("PALOMA-2")
                .contains(",0.46,0.72,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("'=HYPERLINK"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(",=HYPERLINK"));
    }

    @Test
    void biocHasADocumentPerPaperWithPassagesAndAnnotationsAtTheirOffsets() {
        JsonNode collection = Json.read(export(ExportFormat.BIOC, false), JsonNode.class);

        assertThat(collection.get("source").asText()).isEqualTo("OncoCurate");
        assertThat(collection.get("documents")).singleElement().satisfies(document -> {
            assertThat(document.get("id").asText()).isEqualTo(PAPER);
            assertThat(document.get("infons").get("doi").asText()).isEqualTo("10.1/x");
            List<JsonNode> annotations = new ArrayList<>();
            document.get("passages").forEach(passage -> {
                assertThat(passage.get("offset").asInt()).isEqualTo(100);
                passage.get("annotations").forEach(annotations::add);
            });
            assertThat(annotations).hasSize(3);
            JsonNode gene = annotations.stream().filter(a -> a.get("text").asText().equals("ESR1")).findFirst()
                    .orElseThrow();
            assertThat(gene.get("infons").get("type").asText()).isEqualTo("Gene");
            assertThat(gene.get("infons").get("identifier").asText()).isEqualTo("NCBIGene:2099");
            assertThat(gene.get("infons").get("status").asText()).isEqualTo("approved");
            assertThat(gene.get("locations").get(0).get("offset").asInt()).isEqualTo(100);
            assertThat(gene.get("locations").get(0).get("length").asInt()).isEqualTo(4);
            annotations.forEach(annotation -> annotation.get("infons").forEach(infon ->
                    assertThat(infon.isTextual()).as("BioC infons are strings").isTrue()));
        });
    }

    @Test
    void theAuditTrailExportsEveryDecisionAsJsonLinesAndCsv() {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        store.audit().write(ExportFormat.JSONL, jsonl);
        assertThat(jsonl.toString(StandardCharsets.UTF_8).lines()).singleElement().satisfies(line -> {
            JsonNode entry = Json.read(line, JsonNode.class);
            assertThat(entry.get("actor").asText()).isEqualTo("alice");
            assertThat(entry.get("action").asText()).isEqualTo("approve");
            assertThat(entry.get("record_id").asText()).isEqualTo(approved.recordId());
            assertThat(entry.get("before").get("status").asText()).isEqualTo("pending");
            assertThat(entry.get("after").get("status").asText()).isEqualTo("approved");
        });
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        store.audit().write(ExportFormat.CSV, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines()).hasSize(2).first().asString()
                .startsWith("id,record_id,paper,actor,action,decided_at,reason,before,after");
    }
}
