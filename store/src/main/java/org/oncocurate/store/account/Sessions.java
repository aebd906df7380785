package org.oncocurate.store.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Browser sessions: a random cookie value (kept in the database only as its SHA-256) and the session's CSRF token.
 * Sessions live in PostgreSQL, so any store instance serves any session.
 */
public final class Sessions {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration idle;

    /**
     * @param lifetime how long a session lasts at most
     * @param idle     how long a session may go unused before it ends
     */
    public Sessions(Jdbi jdbi, Clock clock, Duration lifetime, Duration idle) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.lifetime = lifetime;
        this.idle = idle;
    }

    /**
     * An open session.
     *
     * @param token     the cookie value; only the person's browser has it
     * @param csrfToken must accompany every state-changing request made with this session
     */
    public record Session(String token, String csrfToken, Account account, Instant expiresAt) {
        public boolean acceptsCsrfToken(String given) {
            return Secrets.sameSecret(csrfToken, given);
        }
    }

    public Session open(Account account) {
        String token = Secrets.random();
        String csrf = Secrets.random();
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbi.useHandle(handle -> {
            handle.execute("DELETE FROM web_session WHERE expires_at < ?", Timestamp.from(now));
            handle.createUpdate("""
                            INSERT INTO web_session (token_hash, account_id, csrf_token, created_at, expires_at,
                                                     last_seen_at)
                            VALUES (:hash, :account, :csrf, :now, :expires, :now)""")
                    .bind("hash", Secrets.digest(token)).bind("account", account.id()).bind("csrf", csrf)
                    .bind("now", Timestamp.from(now)).bind("expires", Timestamp.from(expires)).execute();
        });
        return new Session(token, csrf, account, expires);
    }

    /**
     * The live session of an enabled account with this cookie value: not past its lifetime, and used within the idle
     * timeout. Using it restarts the idle clock (written at most once a minute).
     */
    public Optional<Session> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            Optional<Session> session = handle.createQuery("""
                            SELECT s.csrf_token, s.expires_at, a.id, a.username, a.role, a.disabled, a.created_by,
                                   a.created_at
                            FROM web_session s JOIN account a ON a.id = s.account_id
                            WHERE s.token_hash = :hash AND s.expires_at > :now AND s.last_seen_at > :idleSince
                              AND NOT a.disabled""")
                    .bind("hash", Secrets.digest(token)).bind("now", Timestamp.from(now))
                    .bind("idleSince", Timestamp.from(now.minus(idle)))
                    .map((rs, ctx) -> new Session(token, rs.getString("csrf_token"), Accounts.row(rs),
                            rs.getTimestamp("expires_at").toInstant()))
                    .findOne();
            if (session.isPresent()) {
                handle.createUpdate("""
                                UPDATE web_session SET last_seen_at = :now
                                WHERE token_hash = :hash AND last_seen_at < :minuteAgo""")
                        .bind("now", Timestamp.from(now)).bind("hash", Secrets.digest(token))
                        .bind("minuteAgo", Timestamp.from(now.minusSeconds(60))).execute();
            }
            return session;
        });
    }

    public void close(String token) {
        if (token != null) {
            jdbi.useHandle(handle -> handle.execute("DELETE FROM web_session WHERE token_hash = ?",
                    Secrets.digest(token)));
        }
    }
}
