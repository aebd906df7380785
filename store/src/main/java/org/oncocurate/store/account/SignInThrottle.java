package org.oncocurate.store.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Password sign-in with throttling (OWASP ASVS 6.3): after {@value #FREE_ACCOUNT_FAILURES} failed attempts on an
 * account within {@link #WINDOW}, or {@value #FREE_CLIENT_FAILURES} from one client address, further attempts are
 * refused without checking the password for a lock that doubles with each further failure, from
 * {@link #FIRST_LOCK} up to {@link #LONGEST_LOCK}. A successful sign-in clears the account's count. At most
 * {@link #CONCURRENT_HASHES} passwords are hashed at once (BCrypt costs a quarter of a second of CPU), so a flood of
 * attempts cannot take the CPU. Every attempt is a {@link SecurityEvents} row, which is also what is counted, so the
 * limits hold across store instances and restarts.
 */
public final class SignInThrottle {
    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_CLIENT_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final int CONCURRENT_HASHES = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Duration HASH_WAIT = Duration.ofSeconds(5);

    /** How an attempt ended. */
    public sealed interface Outcome {
    }

    public record SignedIn(Account account) implements Outcome {
    }

    /** Wrong user name or password (or a disabled account: the same answer, so none can be told apart). */
    public record Refused() implements Outcome {
    }

    /** Too many failures: no password is checked until {@code until}, which is {@code remaining} away. */
    public record Locked(Instant until, Duration remaining) implements Outcome {
    }

    /** Every hashing slot stayed busy: try again shortly. */
    public record Busy() implements Outcome {
    }

    private final Accounts accounts;
    private final SecurityEvents events;
    private final Clock clock;
    private final Semaphore hashing = new Semaphore(CONCURRENT_HASHES, true);

    public SignInThrottle(Accounts accounts, SecurityEvents events, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public Outcome signIn(String username, String password, String client) {
        String name = username == null ? "" : username;
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = lockedUntil(name, client, now);
        if (lockedUntil.isPresent()) {
            events.record(SecurityEvents.Kind.SIGN_IN_LOCKED, name, null, client, "locked until " + lockedUntil.get());
            return new Locked(lockedUntil.get(), Duration.between(now, lockedUntil.get()));
        }
        Optional<Account> account;
        try {
            if (!hashing.tryAcquire(HASH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Busy();
        }
        try {
            account = accounts.authenticate(name, password);
        } finally {
            hashing.release();
        }
        if (account.isEmpty()) {
            events.record(SecurityEvents.Kind.SIGN_IN_FAILED, name, null, client, null);
            return new Refused();
        }
        events.record(SecurityEvents.Kind.SIGN_IN, name, account.get().username(), client, null);
        return new SignedIn(account.get());
    }

    /** When the account or the client is locked, until when. */
    Optional<Instant> lockedUntil(String username, String client, Instant now) {
        Instant since = now.minus(WINDOW);
        Optional<Instant> account = lockEnd(events.failuresOfAccount(username, since), FREE_ACCOUNT_FAILURES);
        Optional<Instant> address = client == null ? Optional.empty()
                : lockEnd(events.failuresOfClient(client, since), FREE_CLIENT_FAILURES);
        return Stream.of(account, address).flatMap(Optional::stream).filter(now::isBefore).max(Instant::compareTo);
    }

    /** The end of the lock that {@code failures} (newest first) earn past {@code free}; empty when none. */
    static Optional<Instant> lockEnd(List<Instant> failures, int free) {
        if (failures.size() < free) {
            return Optional.empty();
        }
        int beyond = Math.min(failures.size() - free, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << beyond);
        return Optional.of(failures.get(0).plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
    }
}
