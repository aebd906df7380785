package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oncocurate.app.embedded.BrokerMain;
import org.oncocurate.model.json.Json;

/**
 * {@code /health/ready} names the broker, then the database, as each is killed; {@code /health/live} stays up; the
 * embedded broker is started again by itself.
 */
class HealthIT {
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void readinessNamesTheBrokerWhichComesBackAndThenTheDatabaseWhenTheyAreKilledWhileLivenessStaysUp()
            throws Exception {
        try (ChildApp app = new ChildApp()) {
            Process process = app.start();
            String token = CrashRecoveryIT.apiToken(app);
            JsonNode ready = awaitReadiness(app, 200, Duration.ofSeconds(60));
            assertThat(ready.path("status").asText()).isEqualTo("up");
            assertThat(ready.path("checks").fieldNames()).toIterable()
                    .contains("database", "broker", "consumers");
            assertThat(app.get("health", null).statusCode()).isEqualTo(200);

            List<ProcessHandle> broker = process.descendants()
                    .filter(HealthIT::isBroker).toList();
            assertThat(broker).isNotEmpty();
            broker.forEach(ProcessHandle::destroyForcibly);
            ChildApp.awaitGone(broker);

            JsonNode brokerDown = awaitReadiness(app, 503, Duration.ofSeconds(60));
            assertThat(brokerDown.path("down")).extracting(JsonNode::asText).contains("broker");
            assertThat(brokerDown.path("down").toString()).doesNotContain("database");
            assertThat(app.get("health/live", null).statusCode()).isEqualTo(200);

            JsonNode brokerBack = awaitReadiness(app, 200, Duration.ofSeconds(90));
            assertThat(brokerBack.path("checks").path("broker").asText()).isEqualTo("up");
            List<ProcessHandle> restarted = process.descendants().filter(HealthIT::isBroker).toList();
            assertThat(restarted).isNotEmpty().doesNotContainAnyElementsOf(broker);

            ProcessHandle postmaster = app.postmaster().orElseThrow();
            List<ProcessHandle> database = new ArrayList<>(postmaster.descendants().toList());
            database.add(0, postmaster);
            database.forEach(ProcessHandle::destroyForcibly);
            ChildApp.awaitGone(database);

            JsonNode databaseDown = awaitDown(app, "database", Duration.ofSeconds(60));
            assertThat(databaseDown.path("checks").path("database").asText()).startsWith("down");
            assertThat(app.get("health/live", null).statusCode()).isEqualTo(200);
            HttpResponse<String> upload = app.postPdf("api/papers?name=outage.pdf", token,
                    "%PDF-1.7 sent while the database is down".getBytes(StandardCharsets.US_ASCII));
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(503);
            assertThat(upload.headers().firstValue("Retry-After")).isPresent();
            assertThat(upload.body()).contains("database is unavailable");
        }
    }

    private static boolean isBroker(ProcessHandle handle) {
        try {
            byte[] commandLine = Files.readAllBytes(Path.of("/proc", Long.toString(handle.pid()), "cmdline"));
            return new String(commandLine, StandardCharsets.UTF_8).contains(BrokerMain.class.getName());
        } catch (IOException gone) {
            return false;
        }
    }

    private static JsonNode awaitReadiness(ChildApp app, int status, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = null;
        while (Instant.now().isBefore(deadline)) {
            response = app.get("health/ready", null);
            if (response.statusCode() == status) {
                return Json.read(response.body(), JsonNode.class);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("/health/ready did not answer " + status + " within " + timeout + ": "
                + (response == null ? "" : response.statusCode() + " " + response.body()));
    }

    private static JsonNode awaitDown(ChildApp app, String name, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = null;
        while (Instant.now().isBefore(deadline)) {
            response = app.get("health/ready", null);
            if (response.statusCode() == 503 && response.body().contains("\"" + name + "\"")) {
                JsonNode body = Json.read(response.body(), JsonNode.class);
                List<String> down = new ArrayList<>();
                body.path("down").forEach(node -> down.add(node.asText()));
                if (down.contains(name)) {
                    return body;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("/health/ready did not name " + name + " within " + timeout + ": "
                + (response == null ? "" : response.statusCode() + " " + response.body()));
    }
}
