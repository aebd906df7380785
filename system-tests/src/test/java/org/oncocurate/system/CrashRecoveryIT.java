package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void anUploadAcceptedJustBeforeTheAppAndItsDatabaseAreKilledIsProcessedAfterARestart() throws Exception {
        try (ChildApp app = new ChildApp()) {
            Process first = app.start();
            String token = apiToken(app);

            HttpResponse<String> accepted = app.postPdf("api/papers?name=crash.pdf", token, sample());
            ProcessHandle postmaster = app.postmaster().orElseThrow();
            List<ProcessHandle> databaseProcesses = new ArrayList<>(postmaster.descendants().toList());
            databaseProcesses.add(0, postmaster);
            List<ProcessHandle> appProcesses = new ArrayList<>(first.descendants().toList());
            appProcesses.add(0, first.toHandle());
            databaseProcesses.forEach(ProcessHandle::destroyForcibly);
            appProcesses.forEach(ProcessHandle::destroyForcibly);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String paperId = Json.read(accepted.body(), JsonNode.class).get(0).get("paperId").asText();
            ChildApp.awaitGone(databaseProcesses);
            ChildApp.awaitGone(appProcesses);

            app.start();
            JsonNode paper = awaitFinal(app, paperId, token, Duration.ofMinutes(3));
            assertThat(paper.path("state").asText()).as(paper.toString()).isEqualTo("extracted");
            try (Database database = Database.connect(app.jdbcUrl(), "postgres", "", 2)) {
                String fsync = database.jdbi().withHandle(handle -> handle.createQuery("SHOW fsync")
                        .mapTo(String.class).one());
                String synchronousCommit = database.jdbi().withHandle(handle -> handle
                        .createQuery("SHOW synchronous_commit").mapTo(String.class).one());
                assertThat(List.of(fsync, synchronousCommit)).containsOnly("on");
            }
        }
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aPaperWhoseStoredStateFellBehindItsTopicsIsSentThroughThePipelineAgainByItself() throws Exception {
        try (ChildApp app = new ChildApp()) {
            app.start();
            String token = apiToken(app);
            HttpResponse<String> accepted = app.postPdf("api/papers?name=behind.pdf", token, sample());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String paperId = Json.read(accepted.body(), JsonNode.class).get(0).get("paperId").asText();
            assertThat(awaitFinal(app, paperId, token, Duration.ofMinutes(3)).path("state").asText())
                    .isEqualTo("extracted");

            // What a lost commit leaves: every topic read to its end, the paper back at 'ingested' with no findings.
            try (Database database = Database.connect(app.jdbcUrl(), "postgres", "", 2)) {
                database.jdbi().useTransaction(handle -> {
                    handle.createUpdate("DELETE FROM finding WHERE paper_id = :id").bind("id", paperId).execute();
                    handle.createUpdate("""
                                    UPDATE paper SET state = 'ingested', extractor_version = NULL, extracted_at = NULL,
                                        updated_at = now() - interval '2 minutes'
                                    WHERE id = :id""").bind("id", paperId).execute();
                });
                JsonNode paper = awaitFinal(app, paperId, token, Duration.ofMinutes(2));

                assertThat(paper.path("state").asText()).as(paper.toString()).isEqualTo("extracted");
                int findings = database.jdbi().withHandle(handle -> handle
                        .createQuery("SELECT count(*) FROM finding WHERE paper_id = :id").bind("id", paperId)
                        .mapTo(Integer.class).one());
                int redrives = database.jdbi().withHandle(handle -> handle
                        .createQuery("SELECT redrives FROM paper WHERE id = :id").bind("id", paperId)
                        .mapTo(Integer.class).one());
                assertThat(findings).isPositive();
                assertThat(redrives).isEqualTo(1);
            }
            HttpResponse<String> metrics = app.get("metrics", null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("oncocurate_papers{state=\"extracted\"} 1.0")
                    .contains("oncocurate_papers_overdue 0.0")
                    .contains("oncocurate_outbox_backlog 0.0")
                    .containsPattern("oncocurate_pages_total\\{stage=\"ingest\"} [1-9]")
                    .containsPattern("oncocurate_stage_duration_seconds_count\\{outcome=\"processed\",stage=\"extract\""
                            + ",topic=\"paper.ingested.v1\"} 2")
                    .contains("oncocurate_consumer_lag{group=\"oncocurate-extract\",topic=\"paper.ingested.v1\"} 0.0");
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aDatabaseLeftRunningByAKilledAppIsStoppedAtTheNextStartNotShared() throws Exception {
        try (ChildApp app = new ChildApp()) {
            Process first = app.start();
            ProcessHandle orphan = app.postmaster().orElseThrow();
            List<ProcessHandle> appProcesses = new ArrayList<>(first.descendants()
                    .filter(process -> !process.info().command().orElse("").endsWith("postgres")).toList());
            appProcesses.add(0, first.toHandle());
            appProcesses.forEach(ProcessHandle::destroyForcibly);
            ChildApp.awaitGone(appProcesses);
            assertThat(orphan.isAlive()).as("the killed app's PostgreSQL is left running").isTrue();

            app.start();

            assertThat(orphan.isAlive()).as("the orphan was stopped before the new start").isFalse();
            ProcessHandle current = app.postmaster().orElseThrow();
            assertThat(current.pid()).isNotEqualTo(orphan.pid());
            assertThat(current.isAlive()).isTrue();
            assertThat(app.log()).contains("left running by an earlier run");
            assertThat(app.get("api/papers", apiToken(app)).statusCode()).isEqualTo(200);
        }
    }

    /** Creates a curator and its API token directly in the running app's database. */
    static String apiToken(ChildApp app) {
        try (Database database = Database.connect(app.jdbcUrl(), "postgres", "", 2)) {
            StoreServices store = StoreServices.over(database, 50_000_000, Clock.systemUTC());
            Account curator = store.accounts().create("child-test", Role.CURATOR, Secrets.random(), "child-test");
            return store.tokens().create(curator, "child test");
        }
    }

    private static JsonNode awaitFinal(ChildApp app, String paperId, String token, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> response = null;
        while (Instant.now().isBefore(deadline)) {
            response = app.get("api/papers/" + paperId, token);
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

    private static byte[] sample() throws IOException {
        try (InputStream stream = Curate.class.getResourceAsStream(SAMPLE)) {
            assertThat(stream).as(SAMPLE).isNotNull();
            return stream.readAllBytes();
        }
    }
}
