package org.oncocurate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.export.RecordId;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;

/**
 * The running app connects as a role that may read and write its tables but not change the schema or the audit
 * trail: it cannot drop the append-only triggers, nor update or delete an audit row, while the store works.
 */
class LeastPrivilegeIT {
    private static final String APP_ROLE = "oncocurate_app_test";

    private static Database app;
    private static StoreServices store;

    @BeforeAll
    static void connectAsTheAppRole() {
        String url = TestDatabase.freshJdbcUrl();
        try (Database owner = Database.connect(url, TestDatabase.owner(), null, 2)) {
            owner.jdbi().useHandle(handle -> handle.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                    + "rolname = '" + APP_ROLE + "') THEN CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD 'app-secret';"
                    + " END IF; END $$"));
        }
        app = Database.connect(url, TestDatabase.owner(), new Database.Login(APP_ROLE, "app-secret"), 2);
        store = StoreServices.over(app, 10_000_000, TestDatabase.clock());
    }

    @AfterAll
    static void disconnect() {
        app.close();
    }

    @Test
    void theAppRoleRunsTheStoreButCannotTouchTheSchemaOrTheAuditTrail() {
        String paperId = store.submissions().submit("%PDF-1.7 least privilege".getBytes(StandardCharsets.US_ASCII),
                "p.pdf", "alice").paperId();
        store.findings().store(TestDatabase.findings(paperId, "extract-test", TestDatabase.clock().instant(),
                List.of(new GeneFinding("ESR1", "2099", List.of(TestDatabase.evidence("ESR1", "ESR1 mutations arise.")),
                        0.9))));
        Account curator = TestDatabase.account(store, "curator", Role.CURATOR);
        store.review().approve(RecordId.of(paperId, "gene:ESR1"), curator);
        assertThat(store.review().history(RecordId.of(paperId, "gene:ESR1"))).isNotEmpty();

        String user = app.jdbi().withHandle(handle -> handle.createQuery("SELECT current_user").mapTo(String.class)
                .one());
        assertThat(user).isEqualTo(APP_ROLE);
        assertThatThrownBy(() -> app.jdbi().useHandle(handle ->
                handle.execute("DROP TRIGGER decision_append_only ON decision")))
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> app.jdbi().useHandle(handle ->
                handle.execute("ALTER TABLE security_event DISABLE TRIGGER ALL")))
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> app.jdbi().useHandle(handle -> handle.execute("DELETE FROM decision")))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.jdbi().useHandle(handle -> handle.execute("TRUNCATE security_event")))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.jdbi().useHandle(handle ->
                handle.execute("CREATE TABLE attacker (id int)")))
                .hasMessageContaining("permission denied");
    }
}
