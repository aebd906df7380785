package org.oncocurate.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.store.Database;
import org.oncocurate.store.SettableClock;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;

class AccountsIT {
    private static Database database;
    private static StoreServices store;

    @BeforeAll
    static void connect() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    @Test
    void aPasswordIsStoredOnlyAsABcryptHashAndChecked() {
        store.accounts().create("Erin", Role.CURATOR, "correct horse battery", "test");

        String stored = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT password_hash FROM account WHERE username = 'erin'").mapTo(String.class).one());
        assertThat(stored).startsWith("$2a$12$").doesNotContain("correct horse");
        assertThat(store.accounts().authenticate("erin", "correct horse battery")).hasValueSatisfying(account ->
                assertThat(account.role()).isEqualTo(Role.CURATOR));
        assertThat(store.accounts().authenticate("erin", "correct horse")).isEmpty();
        assertThat(store.accounts().authenticate("nobody", "correct horse battery")).isEmpty();
    }

    @Test
    void weakPasswordsAndTakenNamesAreRefused() {
        assertThatThrownBy(() -> store.accounts().create("frank", Role.CURATOR, "short", "test"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.status()).isEqualTo(400));
        store.accounts().create("gina", Role.CURATOR, "a long enough password", "test");
        assertThatThrownBy(() -> store.accounts().create("gina", Role.EDITOR, "another long password", "test"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void theInitialEditorFromConfigurationIsCreatedOnceAndNeverOverwritten() {
        assertThat(store.accounts().ensureInitialEditor("admin", "first configured password")).isTrue();
        assertThat(store.accounts().ensureInitialEditor("admin", "second configured password")).isFalse();

        assertThat(store.accounts().authenticate("admin", "first configured password"))
                .hasValueSatisfying(account -> assertThat(account.role()).isEqualTo(Role.EDITOR));
        assertThat(store.accounts().authenticate("admin", "second configured password")).isEmpty();
    }

    @Test
    void aSessionFindsItsAccountAndKnowsItsCsrfTokenUntilItIsClosed() {
        Account account = TestDatabase.account(store, "hana", Role.CURATOR);
        Sessions.Session session = store.sessions().open(account);

        assertThat(store.sessions().find(session.token())).hasValueSatisfying(found -> {
            assertThat(found.account().username()).isEqualTo("hana");
            assertThat(found.acceptsCsrfToken(session.csrfToken())).isTrue();
            assertThat(found.acceptsCsrfToken(null)).isFalse();
            assertThat(found.acceptsCsrfToken(session.token())).isFalse();
        });
        long stored = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM web_session WHERE token_hash = :token").bind("token", session.token())
                .mapTo(Long.class).one());
        assertThat(stored).as("the cookie value itself is not stored").isZero();

        store.sessions().close(session.token());
        assertThat(store.sessions().find(session.token())).isEmpty();
    }

    @Test
    void changingThePasswordEndsEverySessionOfTheAccount() {
        Account account = TestDatabase.account(store, "jonas", Role.CURATOR);
        Account other = TestDatabase.account(store, "karin", Role.CURATOR);
        Sessions.Session stolen = store.sessions().open(account);
        Sessions.Session unrelated = store.sessions().open(other);

        String token = store.tokens().create(account, "script");

        store.accounts().changePassword("jonas", "jonas", "a brand new long password");

        assertThat(store.sessions().find(stolen.token())).isEmpty();
        assertThat(store.tokens().authenticate(token)).as("a token dies with the old password").isEmpty();
        assertThat(store.sessions().find(unrelated.token())).isPresent();
        assertThat(store.accounts().authenticate("jonas", "a brand new long password")).isPresent();
    }

    @Test
    void anApiTokenActsForItsAccountUntilRevokedOrTheAccountIsDisabled() {
        Account account = TestDatabase.account(store, "ivan", Role.EDITOR);
        String token = store.tokens().create(account, "laptop");
        String other = store.tokens().create(account, "script");

        assertThat(store.tokens().authenticate(token)).hasValueSatisfying(found ->
                assertThat(found.username()).isEqualTo("ivan"));
        assertThat(store.tokens().authenticate(token + "x")).isEmpty();

        ApiTokens.TokenSummary laptop = store.tokens().list(account).stream()
                .filter(summary -> summary.label().equals("laptop")).findFirst().orElseThrow();
        store.tokens().revoke(account, laptop.id());
        assertThat(store.tokens().authenticate(token)).isEmpty();
        assertThat(store.tokens().authenticate(other)).isPresent();

        TestDatabase.account(store, "otto", Role.EDITOR);
        store.accounts().update("otto", "ivan", null, true);
        assertThat(store.tokens().authenticate(other)).isEmpty();
    }

    @Test
    void aSessionUnusedForAnHourEndsWhileOneInUseLastsItsLifetime() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        Sessions sessions = new Sessions(database.jdbi(), clock, Duration.ofHours(12), Duration.ofHours(1));
        Account account = TestDatabase.account(store, "quinn", Role.CURATOR);
        Sessions.Session idle = sessions.open(account);
        Sessions.Session busy = sessions.open(account);

        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(50));
            assertThat(sessions.find(busy.token())).as("used every 50 minutes").isPresent();
        }

        assertThat(sessions.find(idle.token())).as("unused for five hours").isEmpty();
        clock.advance(Duration.ofHours(8));
        assertThat(sessions.find(busy.token())).as("past its 12-hour lifetime").isEmpty();
    }

    @Test
    void aTokenExpiresAfterItsLifetimeAndRecordsItsLastUse() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
        ApiTokens tokens = new ApiTokens(database.jdbi(), clock, store.securityEvents());
        Account account = TestDatabase.account(store, "rita", Role.CURATOR);
        String token = tokens.create(account, "a week", TokenScope.READ, Duration.ofDays(7));

        clock.advance(Duration.ofDays(6));
        assertThat(tokens.authorize(token)).hasValueSatisfying(grant ->
                assertThat(grant.scope()).isEqualTo(TokenScope.READ));
        assertThat(tokens.list(account)).singleElement().satisfies(summary -> {
            assertThat(summary.lastUsedAt()).isEqualTo(clock.instant());
            assertThat(summary.expiresAt()).isEqualTo(Instant.parse("2026-12-08T08:00:00Z"));
        });
        clock.advance(Duration.ofDays(2));
        assertThat(tokens.authorize(token)).isEmpty();
        assertThatThrownBy(() -> tokens.create(account, "forever", TokenScope.READ, Duration.ofDays(400)))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void nobodyDisablesTheirOwnAccountWhateverTheCaseOfTheirName() {
        TestDatabase.account(store, "lena", Role.EDITOR);
        TestDatabase.account(store, "lenas-colleague", Role.EDITOR);

        assertThatThrownBy(() -> store.accounts().update("LENA", "lena", null, true))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(store.accounts().find("lena").orElseThrow().disabled()).isFalse();
    }

    @Test
    void theLastEnabledEditorCanBeNeitherDemotedNorDisabled() {
        database.jdbi().useHandle(handle -> handle.execute(
                "UPDATE account SET disabled = true WHERE role = 'editor'"));
        TestDatabase.account(store, "mira", Role.EDITOR);
        TestDatabase.account(store, "nils", Role.CURATOR);

        assertThatThrownBy(() -> store.accounts().update("nils", "mira", Role.CURATOR, null))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> store.accounts().update("nils", "mira", null, true))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.status()).isEqualTo(409));

        store.accounts().update("mira", "nils", Role.EDITOR, null);
        assertThat(store.accounts().update("nils", "mira", Role.CURATOR, null).role()).isEqualTo(Role.CURATOR);
        database.jdbi().useHandle(handle -> handle.execute(
                "UPDATE account SET disabled = false WHERE role = 'editor'"));
    }

    @Test
    void accountChangesAndTokensAreSecurityEventsWithWhoDidThem() {
        Account account = TestDatabase.account(store, "oskar", Role.CURATOR);
        TestDatabase.account(store, "petra", Role.EDITOR);
        String token = store.tokens().create(account, "ci");
        store.tokens().revoke(account, store.tokens().list(account).get(0).id());
        store.accounts().update("petra", "oskar", Role.EDITOR, null);
        store.accounts().update("petra", "oskar", null, true);
        store.accounts().changePassword("curate admin", "oskar", "another long password");

        assertThat(store.securityEvents().recent(5)).extracting(SecurityEvents.Event::kind,
                SecurityEvents.Event::username, SecurityEvents.Event::actor).containsExactly(
                tuple(SecurityEvents.Kind.PASSWORD_CHANGED, "oskar", "curate admin"),
                tuple(SecurityEvents.Kind.ACCOUNT_DISABLED, "oskar", "petra"),
                tuple(SecurityEvents.Kind.ROLE_CHANGED, "oskar", "petra"),
                tuple(SecurityEvents.Kind.TOKEN_REVOKED, "oskar", "oskar"),
                tuple(SecurityEvents.Kind.TOKEN_CREATED, "oskar", "oskar"));
        assertThat(store.securityEvents().recent(5).get(4).detail()).contains("ci").doesNotContain(token);
        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.execute("DELETE FROM security_event")))
                .hasMessageContaining("append-only");
    }
}
