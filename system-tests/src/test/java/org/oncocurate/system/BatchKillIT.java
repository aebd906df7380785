package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oncocurate.model.PaperId;
import org.oncocurate.store.Database;

/**
 * A batch of papers in flight while the whole app (all roles, its broker and its database) is killed with SIGKILL
 * twice, at different points: every accepted paper ends extracted, with the same findings as the same PDF processed
 * undisturbed.
 */
class BatchKillIT {
    private static final Path SEED = Path.of(System.getProperty("oncocurate.seed.dir", "../corpus/seed"));
    private static final int COPIES = 3;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void papersInFlightWhenTheAppIsKilledTwiceAreAllStoredWithTheFindingsOfAnUndisturbedRun() throws Exception {
        try (ChildApp app = new ChildApp()) {
            Process running = app.start();
            String token = CrashRecoveryIT.apiToken(app);

            // The undisturbed run: one copy of each PDF, processed before anything is killed.
            Map<String, String> sourceOf = new LinkedHashMap<>();
            Map<String, Long> undisturbed = new LinkedHashMap<>();
            for (String source : List.of("endocrine-resistance-review.pdf", "endocrine-resistance-review.tables.pdf")) {
                String paper = submit(app, token, source, "undisturbed");
                awaitExtracted(app, List.of(paper), Duration.ofMinutes(3));
                undisturbed.put(source, findings(app, paper));
            }
            assertThat(undisturbed.values()).allSatisfy(count -> assertThat(count).isPositive());

            for (int copy = 0; copy < COPIES; copy++) {
                for (String source : undisturbed.keySet()) {
                    sourceOf.put(submit(app, token, source, "copy " + copy), source);
                }
            }
            List<String> batch = new ArrayList<>(sourceOf.keySet());

            awaitAtLeast(app, batch, 1, Duration.ofMinutes(3));
            running = killAndRestart(app, running);
            awaitAtLeast(app, batch, 3, Duration.ofMinutes(3));
            running = killAndRestart(app, running);
            awaitExtracted(app, batch, Duration.ofMinutes(4));

            for (String paper : batch) {
                assertThat(findings(app, paper)).as("findings of %s (a copy of %s)", paper, sourceOf.get(paper))
                        .isEqualTo(undisturbed.get(sourceOf.get(paper)));
            }
        }
    }

    private static String submit(ChildApp app, String token, String source, String label) throws Exception {
        byte[] pdf = Files.readAllBytes(SEED.resolve(source));
        byte[] suffix = ("\n% " + label + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] copy = Arrays.copyOf(pdf, pdf.length + suffix.length);
        System.arraycopy(suffix, 0, copy, pdf.length, suffix.length);
        HttpResponse<String> accepted = app.postPdf("api/papers?name=" + source, token, copy);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return PaperId.of(copy);
    }

    /** Kills the app and everything under it (broker, database, reader) with SIGKILL, then starts it again. */
    private static Process killAndRestart(ChildApp app, Process running) throws Exception {
        List<ProcessHandle> all = new ArrayList<>(running.descendants().toList());
        app.postmaster().ifPresent(postmaster -> {
            all.add(postmaster);
            all.addAll(postmaster.descendants().toList());
        });
        all.add(0, running.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        ChildApp.awaitGone(all);
        return app.start();
    }

    private static long findings(ChildApp app, String paper) {
        try (Database database = Database.connect(app.jdbcUrl(), "postgres", "", 2)) {
            return database.jdbi().withHandle(handle -> handle.createQuery("""
                            SELECT count(*) FROM finding f JOIN paper p ON p.id = f.paper_id
                            WHERE f.paper_id = :id AND f.extractor_version = p.extractor_version""")
                    .bind("id", paper).mapTo(Long.class).one());
        }
    }

    private static int extracted(ChildApp app, List<String> papers) {
        try (Database database = Database.connect(app.jdbcUrl(), "postgres", "", 2)) {
            return database.jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT count(*) FROM paper WHERE id IN (<ids>) AND state = 'extracted'")
                    .bindList("ids", papers).mapTo(Integer.class).one());
        }
    }

    private static void awaitAtLeast(ChildApp app, List<String> papers, int count, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (extracted(app, papers) >= count) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + count + " papers extracted within " + timeout);
    }

    private static void awaitExtracted(ChildApp app, List<String> papers, Duration timeout)
            throws InterruptedException {
        awaitAtLeast(app, papers, papers.size(), timeout);
    }
}
