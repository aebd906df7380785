package org.oncocurate.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncocurate.store.Database;
import org.oncocurate.store.SettableClock;
import org.oncocurate.store.TestDatabase;

class SignInThrottleIT {
    private static final String PASSWORD = "a long enough password";

    private static Database database;
    private static Accounts accounts;
    private static SecurityEvents events;
    private static int names;

    private static final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private SignInThrottle throttle;

    @BeforeAll
    static void connect() {
        database = TestDatabase.fresh();
        events = new SecurityEvents(database.jdbi(), clock);
        accounts = new Accounts(database.jdbi(), 4, events); // a low BCrypt cost: the test hashes many passwords
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    @BeforeEach
    void throttle() {
        clock.advance(Duration.ofDays(1)); // no failure of an earlier test counts
        throttle = new SignInThrottle(accounts, events, clock);
    }

    private static String account() {
        String name = "curator" + names++;
        accounts.create(name, Role.CURATOR, PASSWORD, "test");
        return name;
    }

    @Test
    void afterFiveFailuresTheAccountIsLockedEvenForTheRightPasswordUntilTheLockEnds() {
        String name = account();
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            assertThat(throttle.signIn(name, "wrong guess " + i, "10.0.0.1"))
                    .isInstanceOf(SignInThrottle.Refused.class);
            clock.advance(Duration.ofSeconds(2));
        }

        SignInThrottle.Outcome locked = throttle.signIn(name, PASSWORD, "10.0.0.2");
        assertThat(locked).isInstanceOfSatisfying(SignInThrottle.Locked.class, lock ->
                assertThat(lock.remaining()).isEqualTo(Duration.ofSeconds(28)));

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.signIn(name, PASSWORD, "10.0.0.2")).isInstanceOfSatisfying(SignInThrottle.SignedIn.class,
                signedIn -> assertThat(signedIn.account().username()).isEqualTo(name));
        assertThat(events.recent(7)).extracting(SecurityEvents.Event::kind).containsExactly(
                SecurityEvents.Kind.SIGN_IN, SecurityEvents.Kind.SIGN_IN_LOCKED, SecurityEvents.Kind.SIGN_IN_FAILED,
                SecurityEvents.Kind.SIGN_IN_FAILED, SecurityEvents.Kind.SIGN_IN_FAILED,
                SecurityEvents.Kind.SIGN_IN_FAILED, SecurityEvents.Kind.SIGN_IN_FAILED);
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        Instant newest = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(SignInThrottle.lockEnd(failures(newest, 4), 5)).isEmpty();
        assertThat(SignInThrottle.lockEnd(failures(newest, 5), 5)).hasValue(newest.plusSeconds(30));
        assertThat(SignInThrottle.lockEnd(failures(newest, 7), 5)).hasValue(newest.plusSeconds(120));
        assertThat(SignInThrottle.lockEnd(failures(newest, 40), 5)).hasValue(newest.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        String name = account();
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES - 1; i++) {
            throttle.signIn(name, "wrong", "10.0.1.1");
        }
        assertThat(throttle.signIn(name, PASSWORD, "10.0.1.1")).isInstanceOf(SignInThrottle.SignedIn.class);
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES - 1; i++) {
            throttle.signIn(name, "wrong", "10.0.1.1");
        }

        assertThat(throttle.signIn(name, PASSWORD, "10.0.1.1")).isInstanceOf(SignInThrottle.SignedIn.class);
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedWhileOthersStillSignIn() {
        String victim = account();
        for (int i = 0; i < SignInThrottle.FREE_CLIENT_FAILURES; i++) {
            throttle.signIn("someone" + i, "guess", "203.0.113.9");
        }

        assertThat(throttle.signIn(victim, PASSWORD, "203.0.113.9")).isInstanceOf(SignInThrottle.Locked.class);
        assertThat(throttle.signIn(victim, PASSWORD, "198.51.100.4")).isInstanceOf(SignInThrottle.SignedIn.class);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String name = account();
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.signIn(name, "wrong", "10.0.2.1");
        }
        clock.advance(SignInThrottle.WINDOW.plusSeconds(1));

        assertThat(throttle.signIn(name, PASSWORD, "10.0.2.1")).isInstanceOf(SignInThrottle.SignedIn.class);
    }

    @Test
    void aDisabledAccountGetsTheSameAnswerAsAWrongPassword() {
        String name = account();
        accounts.update("editor", name, null, true);

        assertThat(throttle.signIn(name, PASSWORD, "10.0.3.1")).isInstanceOf(SignInThrottle.Refused.class);
        assertThat(throttle.signIn("no-such-user", PASSWORD, "10.0.3.1")).isInstanceOf(SignInThrottle.Refused.class);
    }

    private static List<Instant> failures(Instant newest, int count) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(newest.minusSeconds(i));
        }
        Collections.sort(times, Collections.reverseOrder());
        return times;
    }
}
