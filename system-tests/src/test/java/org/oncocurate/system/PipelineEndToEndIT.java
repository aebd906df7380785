package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncocurate.app.cli.Curate;
import org.oncocurate.app.kafka.Topics;
import org.oncocurate.ingest.TestPdfs;
import org.oncocurate.model.event.CuratedRecord;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.review.StoredFinding;

@ExtendWith(SystemExtension.class)
class PipelineEndToEndIT {
    private static final String SAMPLE = "endocrine-resistance-review.tables.pdf";
    private static String paperId;

    @BeforeAll
    static void submitTheSampleReview(RunningSystem system) throws Exception {
        paperId = system.submit(SAMPLE, TestPdfs.seedBytes(SAMPLE));
        system.awaitPaper(paperId, paper -> paper.get("state").asText().equals("extracted"), Duration.ofMinutes(3));
    }

    @Test
    void theSampleReviewsFindingsAreInPostgresWithItsCitation(RunningSystem system) throws Exception {
        JsonNode paper = system.getJson("api/papers/" + paperId);
        assertThat(paper.get("doi").asText()).isEqualTo("10.3389/fonc.2024.1448687");
        assertThat(paper.get("counts").get("gene").asInt()).isPositive();
        assertThat(paper.get("counts").get("drug").asInt()).isPositive();
        assertThat(paper.get("counts").get("trial").asInt()).isPositive();
        assertThat(system.store().findings().forPaper(paperId)).allSatisfy(finding -> {
            assertThat(finding.record().get("paper").asText()).isEqualTo(paperId);
            assertThat(finding.record().get("evidence")).isNotEmpty();
        });
    }

    @Test
    void aFindingApprovedThroughTheApiIsPublishedOnTheCuratedTopic(RunningSystem system) throws Exception {
        JsonNode genes = system.getJson("api/papers/" + paperId + "/findings?kind=gene");
        String recordId = genes.get(0).get("record_id").asText();
        String symbol = genes.get(0).get("record").get("symbol").asText();

        HttpResponse<String> approval = system.post("api/findings/" + recordId + "/approve", "application/json",
                new byte[0]);

        assertThat(approval.statusCode()).isEqualTo(200);
        assertThat(Json.read(approval.body(), JsonNode.class).get("status").asText()).isEqualTo("approved");
        ConsumerRecord<String, byte[]> published = TopicReader.await(system.bootstrapServers(),
                Topics.RECORDS_CURATED.name(), record -> recordId.equals(record.key()), Duration.ofSeconds(60));
        CuratedRecord curated = Json.read(published.value(), CuratedRecord.class);
        assertThat(curated.status()).isEqualTo("approved");
        assertThat(curated.decidedBy()).isEqualTo("system-test");
        assertThat(curated.record().get("symbol").asText()).isEqualTo(symbol);
        assertThat(system.getJson("api/findings/" + recordId + "/history").get(0).get("actor").asText())
                .isEqualTo("system-test");
    }

    @Test
    void aWithdrawnApprovalIsRetractedWithATombstoneOnTheCuratedTopic(RunningSystem system) throws Exception {
        String recordId = system.getJson("api/papers/" + paperId + "/findings?kind=drug").get(0).get("record_id")
                .asText();
        assertThat(system.post("api/findings/" + recordId + "/approve", "application/json", new byte[0])
                .statusCode()).isEqualTo(200);
        HttpResponse<String> byCurator = system.post("api/findings/" + recordId + "/reject", "application/json",
                "{\"reason\": \"not discussed as a treatment\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(byCurator.statusCode()).as("withdrawing is for editors").isEqualTo(403);

        String editorToken = system.store().tokens().create(
                system.store().accounts().find(RunningSystem.ADMIN).orElseThrow(), "withdrawal test");
        HttpResponse<String> withdrawal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.api("api/findings/" + recordId + "/reject"))
                .header("Authorization", "Bearer " + editorToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"not discussed as a treatment\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withdrawal.statusCode()).isEqualTo(200);
        ConsumerRecord<String, byte[]> tombstone = TopicReader.await(system.bootstrapServers(),
                Topics.RECORDS_CURATED.name(), record -> recordId.equals(record.key()) && record.value() == null,
                Duration.ofSeconds(60));
        assertThat(tombstone.value()).isNull();
    }

    @Test
    void theExportCommandWritesCsvAndBiocWithAnApiTokenAndRefusesWithoutOne(RunningSystem system) throws Exception {
        Path tokenFile = Files.createTempFile("oncocurate-token", ".txt");
        Files.writeString(tokenFile, system.apiToken());
        Path csv = Files.createTempFile("oncocurate-export", ".csv");
        Path bioc = Files.createTempFile("oncocurate-export", ".json");
        String url = system.api("").toString();

        assertThat(Curate.commandLine().execute("export", "--format", "csv", "--url", url, "--token-file",
                tokenFile.toString(), "-o", csv.toString())).isZero();
        assertThat(Curate.commandLine().execute("export", "--format", "bioc", "--url", url, "--token-file",
                tokenFile.toString(), "-o", bioc.toString())).isZero();
        Files.writeString(tokenFile, "oct_not-a-token");
        assertThat(Curate.commandLine().execute("export", "--url", url, "--token-file", tokenFile.toString(),
                "-o", csv.toString() + ".refused")).isEqualTo(1);

        assertThat(Files.readAllLines(csv).get(0)).startsWith("record_id,paper,doi,kind,status");
        assertThat(Files.readAllLines(csv)).anySatisfy(line -> assertThat(line).contains(paperId));
        JsonNode collection = Json.read(Files.readString(bioc), JsonNode.class);
        assertThat(collection.get("documents")).anySatisfy(document -> {
            assertThat(document.get("id").asText()).isEqualTo(paperId);
            assertThat(document.get("passages")).isNotEmpty();
        });
    }

    @Test
    void theExtractCommandPrintsTheSameRecordsThePipelineStores(RunningSystem system) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exitCode;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            exitCode = Curate.commandLine().execute("extract", TestPdfs.seed(SAMPLE).toString());
        } finally {
            System.setOut(original);
        }
        assertThat(exitCode).isZero();
        Map<String, JsonNode> fromCommand = byRecordId(printed.toString(StandardCharsets.UTF_8));
        Map<String, JsonNode> fromPipeline = new HashMap<>();
        for (StoredFinding finding : system.store().findings().forPaper(paperId)) {
            fromPipeline.put(finding.recordId(), withoutStatus(finding.record()));
        }

        assertThat(fromCommand).isNotEmpty();
        assertThat(fromCommand).isEqualTo(fromPipeline);
    }

    private static Map<String, JsonNode> byRecordId(String jsonLines) {
        Map<String, JsonNode> records = new HashMap<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode record = Json.read(line, JsonNode.class);
                records.put(record.get("record_id").asText(), withoutStatus(record));
            }
        }
        return records;
    }

    private static JsonNode withoutStatus(JsonNode record) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = record.deepCopy();
        copy.remove("status");
        return copy;
    }
}
