package org.oncocurate.store.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/** The append-only log of account and security events, for operators and for sign-in throttling. */
public final class SecurityEvents {
    /** What happened. Names are stable: they are stored and exported. */
    public enum Kind {
        SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, ACCOUNT_CREATED, ROLE_CHANGED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
        PASSWORD_CHANGED, TOKEN_CREATED, TOKEN_REVOKED, PAPER_RESUBMITTED, PAPER_REPROCESSED
    }

    /** One event; {@code username} is the account concerned, {@code actor} who acted, {@code client} the address. */
    public record Event(Instant at, Kind kind, String username, String actor, String client, String detail) {
        public Event {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public SecurityEvents(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(Kind kind, String username, String actor, String client, String detail) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO security_event (at, kind, username, actor, client, detail)
                        VALUES (:at, :kind, :username, :actor, :client, :detail)""")
                .bind("at", Timestamp.from(clock.instant())).bind("kind", kind.name())
                .bind("username", normalized(username)).bind("actor", actor).bind("client", client)
                .bind("detail", detail).execute());
    }

    /** The newest events first, at most {@code limit}. */
    public List<Event> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT at, kind, username, actor, client, detail FROM security_event
                        ORDER BY id DESC LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new Event(rs.getTimestamp("at").toInstant(), Kind.valueOf(rs.getString("kind")),
                        rs.getString("username"), rs.getString("actor"), rs.getString("client"),
                        rs.getString("detail")))
                .list());
    }

    /** Failed sign-ins of this account since {@code since} and since its last successful one, newest first. */
    List<Instant> failuresOfAccount(String username, Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT at FROM security_event
                        WHERE username = :username AND kind = 'SIGN_IN_FAILED' AND at >= :since
                          AND at > COALESCE((SELECT max(at) FROM security_event
                                             WHERE username = :username AND kind = 'SIGN_IN'), '-infinity')
                        ORDER BY at DESC""")
                .bind("username", normalized(username)).bind("since", Timestamp.from(since))
                .map((rs, ctx) -> rs.getTimestamp("at").toInstant()).list());
    }

    /** Failed sign-ins from this client address since {@code since}, newest first. */
    List<Instant> failuresOfClient(String client, Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT at FROM security_event
                        WHERE client = :client AND kind = 'SIGN_IN_FAILED' AND at >= :since
                        ORDER BY at DESC""")
                .bind("client", client).bind("since", Timestamp.from(since))
                .map((rs, ctx) -> rs.getTimestamp("at").toInstant()).list());
    }

    private static String normalized(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
