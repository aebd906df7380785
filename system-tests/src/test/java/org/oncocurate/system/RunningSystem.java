package org.oncocurate.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.oncocurate.app.config.Settings;
import org.oncocurate.app.pipeline.Infrastructure;
import org.oncocurate.app.pipeline.Pipeline;
import org.oncocurate.app.pipeline.Role;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Containers;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Secrets;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The whole system - a real Kafka broker, a real PostgreSQL, and all three services in this process - started once
 * for all system tests and stopped when they are done. Where a Docker engine answers, the broker and the database
 * are Testcontainers containers; elsewhere they are the application's own embedded default. The configuration
 * creates an editor account; the tests' API calls act as a curator with an API token.
 */
final class RunningSystem implements ExtensionContext.Store.CloseableResource {
    /** The editor the configuration creates at start. */
    static final String ADMIN = "admin";
    /** The curator the API calls of the tests act as, with an API token. */
    static final String API_USER = "system-test";

    private final Path dataDir;
    private final List<AutoCloseable> containers = new ArrayList<>();
    private final Infrastructure infrastructure;
    private final Pipeline pipeline;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String adminPassword = Secrets.random();
    private final String apiToken;

    private RunningSystem() throws IOException {
        dataDir = Files.createTempDirectory("oncocurate-system-test");
        Map<String, String> overrides = new HashMap<>(Map.of(
                "ADMIN_USER", ADMIN,
                "ADMIN_PASSWORD", adminPassword,
                "DATA_DIR", dataDir.toString(),
                "EMBEDDED_KAFKA_PORT", "0",
                "EMBEDDED_POSTGRES_PORT", "0",
                "HTTP_PORT", "0",
                "KAFKA_PARTITIONS", "3",
                "RETRY_BACKOFF", "PT0.2S",
                "PARSE_TIMEOUT", "PT60S"));
        if (Containers.dockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
            containers.add(kafka::stop);
            overrides.put("KAFKA_BOOTSTRAP_SERVERS", kafka.getBootstrapServers());
            overrides.put("JDBC_URL", TestDatabase.freshJdbcUrl());
            overrides.put("DB_USER", TestDatabase.server().user());
            overrides.put("DB_PASSWORD", TestDatabase.server().password());
        }
        Settings settings = Settings.from(Map.of(), overrides);
        infrastructure = Infrastructure.resolve(settings, EnumSet.allOf(Role.class));
        pipeline = Pipeline.start(settings, EnumSet.allOf(Role.class), infrastructure, Clock.systemUTC());
        Account curator = pipeline.store().accounts().create(API_USER,
                org.oncocurate.store.account.Role.CURATOR, Secrets.random(), ADMIN);
        apiToken = pipeline.store().tokens().create(curator, "system tests");
    }

    /** The one running system of this test run. */
    static RunningSystem in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSystem.class, key -> {
                    try {
                        return new RunningSystem();
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot start the system", e);
                    }
                }, RunningSystem.class);
    }

    String bootstrapServers() {
        return infrastructure.bootstrapServers();
    }

    StoreServices store() {
        return pipeline.store();
    }

    String adminPassword() {
        return adminPassword;
    }

    String apiToken() {
        return apiToken;
    }

    URI api(String path) {
        return URI.create("http://127.0.0.1:" + pipeline.httpPort() + "/" + path);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(api(path)).header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + apiToken)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + apiToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.read(response.body(), JsonNode.class);
    }

    /** Submits a PDF through the REST API and returns its paper id. */
    String submit(String fileName, byte[] pdf) throws Exception {
        HttpResponse<String> response = post("api/papers?name=" + fileName, "application/pdf", pdf);
        if (response.statusCode() != 202) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
        }
        return Json.read(response.body(), JsonNode.class).get(0).get("paperId").asText();
    }

    /** Polls the paper until {@code condition} holds, failing after {@code timeout}. */
    JsonNode awaitPaper(String paperId, Predicate<JsonNode> condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode paper = null;
        while (Instant.now().isBefore(deadline)) {
            paper = getJson("api/papers/" + paperId);
            if (condition.test(paper)) {
                return paper;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("paper " + paperId + " did not get there within " + timeout + "; last seen: " + paper);
    }

    @Override
    public void close() throws IOException {
        pipeline.close();
        infrastructure.close();
        for (AutoCloseable container : containers) {
            try {
                container.close();
            } catch (Exception e) {
                throw new IOException("cannot stop a test container", e);
            }
        }
    }
}
