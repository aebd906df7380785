package org.oncocurate.store.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Tokens for API clients, sent as {@code Authorization: Bearer TOKEN}. A token acts for its account with that
 * account's role; it is shown once when created and kept only as its SHA-256.
 */
public final class ApiTokens {
    /** Marks a value as an OncoCurate token, so one pasted into the wrong place is recognisable (and scannable). */
    static final String PREFIX = "oct_";

    private final Jdbi jdbi;
    private final Clock clock;

    private final SecurityEvents events;

    public ApiTokens(Jdbi jdbi, Clock clock, SecurityEvents events) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.events = events;
    }

    /** How long a token lives when no other lifetime is asked for, and at most. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    public static final Duration LONGEST_LIFETIME = Duration.ofDays(365);

    /** A token as listed: never the secret itself. */
    public record TokenSummary(String id, String label, TokenScope scope, Instant createdAt, Instant expiresAt,
                               Instant lastUsedAt, Instant revokedAt) {
    }

    /** The account a live token acts for, and what the token may do. */
    public record Grant(Account account, TokenScope scope) {
    }

    /** A review-scoped token that lives {@link #DEFAULT_LIFETIME}. */
    public String create(Account account, String label) {
        return create(account, label, TokenScope.REVIEW, DEFAULT_LIFETIME);
    }

    /** Creates a token for the account and returns the secret, which is not stored and cannot be shown again. */
    public String create(Account account, String label, TokenScope scope, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST_LIFETIME) > 0) {
            throw new AccountException(400, "a token lives between 1 and " + LONGEST_LIFETIME.toDays() + " days");
        }
        String name = label == null || label.isBlank() ? "token" : label.strip();
        if (name.length() > 100) {
            throw new AccountException(400, "a token label has at most 100 characters");
        }
        String token = PREFIX + Secrets.random();
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO api_token (token_hash, account_id, label, created_at, scope, expires_at)
                        VALUES (:hash, :account, :label, :now, :scope, :expires)""")
                .bind("hash", Secrets.digest(token)).bind("account", account.id()).bind("label", name)
                .bind("now", Timestamp.from(clock.instant())).bind("scope", scope.label())
                .bind("expires", Timestamp.from(clock.instant().plus(lifetime))).execute());
        events.record(SecurityEvents.Kind.TOKEN_CREATED, account.username(), account.username(), null,
                "label '" + name + "', id " + Secrets.digest(token).substring(0, 12) + ", scope " + scope.label()
                        + ", " + lifetime.toDays() + " days");
        return token;
    }

    /** The enabled account a live token acts for. */
    public Optional<Account> authenticate(String token) {
        return authorize(token).map(Grant::account);
    }

    /**
     * The enabled account a live (unrevoked, unexpired) token acts for, with the token's scope. Its last use is
     * recorded, at most once a minute.
     */
    public Optional<Grant> authorize(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> {
            Optional<Grant> grant = handle.createQuery("""
                            SELECT a.id, a.username, a.role, a.disabled, a.created_by, a.created_at, t.scope
                            FROM api_token t JOIN account a ON a.id = t.account_id
                            WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now
                              AND NOT a.disabled""")
                    .bind("hash", Secrets.digest(token)).bind("now", Timestamp.from(now))
                    .map((rs, ctx) -> new Grant(Accounts.row(rs), TokenScope.fromLabel(rs.getString("scope"))))
                    .findOne();
            if (grant.isPresent()) {
                handle.createUpdate("""
                                UPDATE api_token SET last_used_at = :now WHERE token_hash = :hash
                                  AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""")
                        .bind("now", Timestamp.from(now)).bind("hash", Secrets.digest(token))
                        .bind("minuteAgo", Timestamp.from(now.minusSeconds(60))).execute();
            }
            return grant;
        });
    }

    /** The account's tokens; a token's id is the start of its digest, enough to name it for revocation. */
    public List<TokenSummary> list(Account account) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT left(token_hash, 12) AS id, label, scope, created_at, expires_at, last_used_at,
                               revoked_at
                        FROM api_token
                        WHERE account_id = :account ORDER BY created_at, token_hash""")
                .bind("account", account.id())
                .map((rs, ctx) -> new TokenSummary(rs.getString("id"), rs.getString("label"),
                        TokenScope.fromLabel(rs.getString("scope")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list());
    }

    public void revoke(Account account, String id) {
        int revoked = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE api_token SET revoked_at = :now
                        WHERE account_id = :account AND left(token_hash, 12) = :id AND revoked_at IS NULL""")
                .bind("now", Timestamp.from(clock.instant())).bind("account", account.id()).bind("id", id).execute());
        if (revoked == 0) {
            throw new AccountException(404, "no live token " + id);
        }
        events.record(SecurityEvents.Kind.TOKEN_REVOKED, account.username(), account.username(), null, "id " + id);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
