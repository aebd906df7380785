package org.oncocurate.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
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
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.model.text.Region;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;

/**
 * A real PostgreSQL for the store's integration tests, started once per test JVM, with a fresh database for each
 * test class so classes cannot see each other's rows.
 */
public final class TestDatabase {
    private static EmbeddedPostgres postgres;
    private static int databases;

    private TestDatabase() {
    }

    public static synchronized Database fresh() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            String name = "store_test_" + (++databases);
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return Database.connect(postgres.getJdbcUrl("postgres", name), "postgres", "", 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
                OutcomeSource.TEXT, List.of(new CheckResult("ci-contains-estimate", checksPass,
                checksPass ? "the estimate lies within its CI" : "the estimate lies outside its CI", null)),
                List.of(evidence("HR " + value, trial + " showed an HR " + value + " for PFS.")), 0.8);
    }

    public static FindingsExtracted findings(String paperId) {
        Evidence evidence = new Evidence(1, 10, 14, "ESR1", "ESR1 mutations drive resistance.", 10, List.of(), false,
                null);
        return new FindingsExtracted(paperId, clock().instant(), new Findings(paperId, "extract-test",
                Map.of("genes", "test"), new Bibliography("A review", List.of(), null, 2024, "10.1/x"), List.of(
                new GeneFinding("ESR1", "2099", List.of(evidence), 0.9),
                new DrugFinding("palbociclib", "CDK4/6 inhibitor", List.of(evidence), 0.9),
                new OutcomeFinding("PALOMA-2", "PFS", Measure.HR, List.of(), 0.563, List.of(0.461, 0.687), "<0.001",
                        null, OutcomeSource.TEXT, List.of(new CheckResult("ci-contains-estimate", true, "ok", null)),
                        List.of(evidence), 0.8),
                new OutcomeFinding("PALOMA-2", "PFS", Measure.MEDIAN,
                        List.of(new Arm("palbociclib + letrozole", 27.6), new Arm("letrozole", 14.5)), null, null,
                        null, "months", OutcomeSource.TABLE, List.of(), List.of(evidence), 0.8))));
    }
}
