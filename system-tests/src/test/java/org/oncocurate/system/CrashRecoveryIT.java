package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oncocurate.app.cli.Curate;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.account.Secrets;

/**
 * The embedded default (broker and PostgreSQL started by the app) in a child process, killed with SIGKILL together
 * with its database right after an upload was accepted: after a restart the paper is there and gets processed.
 */
class CrashRecoveryIT {
    private static final String SAMPLE = "/samples/endocrine-resistance-review.tables.pdf";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private Path dataDir;
    private int httpPort;
    private int postgresPort;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void anUploadAcceptedJustBeforeTheAppAndItsDatabaseAreKilledIsProcessedAfterARestart() throws Exception {
        dataDir = Files.createTempDirectory("oncocurate-crash-test");
        httpPort = freePort();
        postgresPort = freePort();
        Process app = startApp();
        String token = apiToken();

        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(api("api/papers?name=crash.pdf"))
                .header("Content-Type", "application/pdf").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample())).build(), HttpResponse.BodyHandlers.ofString());
        ProcessHandle postmaster = postmaster().orElseThrow();
        List<ProcessHandle> databaseProcesses = new ArrayList<>(postmaster.descendants().toList());
        databaseProcesses.add(0, postmaster);
        List<ProcessHandle> appProcesses = new ArrayList<>(app.descendants().toList());
        appProcesses.add(0, app.toHandle());
        databaseProcesses.forEach(ProcessHandle::destroyForcibly);
        appProcesses.forEach(ProcessHandle::destroyForcibly);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String paperId = Json.read(accepted.body(), JsonNode.class).get(0).get("paperId").asText();
        awaitGone(databaseProcesses);
        awaitGone(appProcesses);

        startApp();
        JsonNode paper = awaitFinal(paperId, token, Duration.ofMinutes(3));
        assertThat(paper.path("state").asText()).as(paper.toString()).isEqualTo("extracted");
        try (Database database = Database.connect(jdbcUrl(), "postgres", "", 2)) {
            String fsync = database.jdbi().withHandle(handle -> handle.createQuery("SHOW fsync")
                    .mapTo(String.class).one());
            String synchronousCommit = database.jdbi().withHandle(handle -> handle
                    .createQuery("SHOW synchronous_commit").mapTo(String.class).one());
            assertThat(List.of(fsync, synchronousCommit)).containsOnly("on");
        }
    }

    private Process startApp() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Curate.class.getName(), "serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app.out").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("ONCOCURATE_"));
        builder.environment().put("ONCOCURATE_DATA_DIR", dataDir.toString());
        builder.environment().put("ONCOCURATE_HTTP_PORT", Integer.toString(httpPort));
        builder.environment().put("ONCOCURATE_EMBEDDED_POSTGRES_PORT", Integer.toString(postgresPort));
        builder.environment().put("ONCOCURATE_EMBEDDED_KAFKA_PORT", "0");
        builder.environment().put("ONCOCURATE_RETRY_BACKOFF", "PT0.2S");
        Process process = builder.start();
        started.add(process);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (http.send(HttpRequest.newBuilder(api("health")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not answer /health within 2 minutes: " + log());
    }

    /** Creates a curator and its API token directly in the running app's database. */
    private String apiToken() {
        try (Database database = Database.connect(jdbcUrl(), "postgres", "", 2)) {
            StoreServices store = StoreServices.over(database, 50_000_000, Clock.systemUTC());
            Account curator = store.accounts().create("crash-test", Role.CURATOR, Secrets.random(), "crash-test");
            return store.tokens().create(curator, "crash test");
        }
    }

    private JsonNode awaitFinal(String paperId, String token, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = null;
        while (Instant.now().isBefore(deadline)) {
            response = http.send(HttpRequest.newBuilder(api("api/papers/" + paperId))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("the accepted paper after the restart: " + response.body())
                    .isEqualTo(200);
            JsonNode paper = Json.read(response.body(), JsonNode.class);
            String state = paper.path("state").asText();
            if (state.equals("extracted") || state.equals("rejected")) {
                return paper;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the paper was not processed within " + timeout + ": "
                + (response == null ? "" : response.body()));
    }

    private java.util.Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir == null ? null : dataDir.resolve("postgres").resolve("postmaster.pid");
        if (pidFile == null || !Files.exists(pidFile)) {
            return java.util.Optional.empty();
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
        return ProcessHandle.of(Long.parseLong(firstLine));
    }

    private static void awaitGone(List<ProcessHandle> processes) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
    }

    private URI api(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + "/" + path);
    }

    private String log() throws IOException {
        Path log = dataDir.resolve("app.out");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static byte[] sample() throws IOException {
        try (InputStream stream = Curate.class.getResourceAsStream(SAMPLE)) {
            assertThat(stream).as(SAMPLE).isNotNull();
            return stream.readAllBytes();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
