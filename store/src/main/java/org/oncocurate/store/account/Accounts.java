package org.oncocurate.store.account;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accounts of the people who review: created by an editor, from configuration or the command line, never with a
 * built-in password. Passwords are kept only as BCrypt hashes.
 */
public final class Accounts {
    /** BCrypt reads at most 72 bytes; a longer password would be silently truncated, so it is refused instead. */
    private static final int MAX_PASSWORD_BYTES = 72;
    private static final int MIN_PASSWORD_LENGTH = 12;
    private static final String COLUMNS = "id, username, role, disabled, created_by, created_at";

    private final Jdbi jdbi;
    private final BCryptPasswordEncoder encoder;
    /** Compared against when the account does not exist, so a login takes as long whether or not it does. */
    private final String decoyHash;

    private final SecurityEvents events;

    public Accounts(Jdbi jdbi, int bcryptStrength, SecurityEvents events) {
        this.jdbi = jdbi;
        this.events = events;
        this.encoder = new BCryptPasswordEncoder(bcryptStrength);
        this.decoyHash = encoder.encode(Secrets.random());
    }

    public Account create(String username, Role role, String password, String createdBy) {
        String name = requireUsername(username);
        requireGoodPassword(password);
        String hash = encoder.encode(password);
        return jdbi.withHandle(handle -> handle.createQuery("INSERT INTO account (username, role, password_hash, "
                        + "created_by) VALUES (:name, :role, :hash, :by) ON CONFLICT (username) DO NOTHING RETURNING "
                        + COLUMNS)
                .bind("name", name).bind("role", role.label()).bind("hash", hash).bind("by", createdBy)
                .map((rs, ctx) -> row(rs)).findOne()
                .map(account -> {
                    events.record(SecurityEvents.Kind.ACCOUNT_CREATED, name, createdBy, null,
                            "role " + role.label());
                    return account;
                })
                .orElseThrow(() -> new AccountException(409, "an account named '" + name + "' exists already")));
    }

    /**
     * Creates the first editor from configuration when no account of that name exists; an existing account keeps its
     * password (configuration is read at every start, and a curator may have changed it since).
     */
    public boolean ensureInitialEditor(String username, String password) {
        if (find(username).isPresent()) {
            return false;
        }
        create(username, Role.EDITOR, password, "configuration");
        return true;
    }

    /** The account when the password is right and the account is enabled. */
    public Optional<Account> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<String> hash = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT password_hash FROM account WHERE username = :name AND NOT disabled")
                .bind("name", username.strip().toLowerCase(Locale.ROOT)).mapTo(String.class).findOne());
        boolean matches = encoder.matches(password, hash.orElse(decoyHash));
        return hash.isPresent() && matches ? find(username) : Optional.empty();
    }

    public Optional<Account> find(String username) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM account WHERE username = :name")
                .bind("name", username.strip().toLowerCase(Locale.ROOT)).map((rs, ctx) -> row(rs)).findOne());
    }

    public List<Account> list() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY username")
                .map((rs, ctx) -> row(rs)).list());
    }

    /**
     * Changes an account's role or disabled flag on behalf of {@code actor}. Nobody disables their own account, and
     * the last enabled editor is neither demoted nor disabled (no one could manage accounts any more).
     */
    public Account update(String actor, String username, Role role, Boolean disabled) {
        Account account = find(username).orElseThrow(() -> new AccountException(404, "no account " + username));
        if (Boolean.TRUE.equals(disabled) && actor != null && account.username().equalsIgnoreCase(actor.strip())) {
            throw new AccountException(400, "you cannot disable your own account");
        }
        Role newRole = role == null ? account.role() : role;
        boolean newDisabled = disabled == null ? account.disabled() : disabled;
        boolean losesAnEditor = account.role() == Role.EDITOR && !account.disabled()
                && (newRole != Role.EDITOR || newDisabled);
        jdbi.useTransaction(handle -> {
            if (losesAnEditor) {
                List<Long> editors = handle.createQuery(
                                "SELECT id FROM account WHERE role = 'editor' AND NOT disabled FOR UPDATE")
                        .mapTo(Long.class).list();
                if (editors.size() <= 1) {
                    throw new AccountException(409, "'" + account.username() + "' is the last enabled editor; make "
                            + "another editor first");
                }
            }
            handle.createUpdate("UPDATE account SET role = :role, disabled = :disabled WHERE id = :id")
                    .bind("role", newRole.label()).bind("disabled", newDisabled).bind("id", account.id()).execute();
            if (newDisabled) {
                handle.execute("DELETE FROM web_session WHERE account_id = ?", account.id());
            }
        });
        if (newRole != account.role()) {
            events.record(SecurityEvents.Kind.ROLE_CHANGED, account.username(), actor, null,
                    account.role().label() + " -> " + newRole.label());
        }
        if (newDisabled != account.disabled()) {
            events.record(newDisabled ? SecurityEvents.Kind.ACCOUNT_DISABLED : SecurityEvents.Kind.ACCOUNT_ENABLED,
                    account.username(), actor, null, null);
        }
        return find(username).orElseThrow();
    }

    /**
     * Sets the password on behalf of {@code actor} and ends every browser session and API token of the account: a
     * stolen cookie or token dies with the old password.
     */
    public void changePassword(String actor, String username, String password) {
        requireGoodPassword(password);
        String hash = encoder.encode(password);
        String name = username.strip().toLowerCase(Locale.ROOT);
        int changed = jdbi.inTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE account SET password_hash = :hash WHERE username = :name")
                    .bind("hash", hash).bind("name", name).execute();
            handle.createUpdate("DELETE FROM web_session WHERE account_id = (SELECT id FROM account WHERE username = :name)")
                    .bind("name", name).execute();
            handle.createUpdate("""
                            UPDATE api_token SET revoked_at = now()
                            WHERE account_id = (SELECT id FROM account WHERE username = :name) AND revoked_at IS NULL""")
                    .bind("name", name).execute();
            return updated;
        });
        if (changed == 0) {
            throw new AccountException(404, "no account " + username);
        }
        events.record(SecurityEvents.Kind.PASSWORD_CHANGED, name, actor, null, null);
    }

    static String requireUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw new AccountException(400, "a user name has 2 to 63 letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    static void requireGoodPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException(400, "a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException(400, "a password may have at most " + MAX_PASSWORD_BYTES + " bytes");
        }
    }

    static Account row(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), Role.fromLabel(rs.getString("role")),
                rs.getBoolean("disabled"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
