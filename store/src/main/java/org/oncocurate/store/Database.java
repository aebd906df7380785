package org.oncocurate.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** The PostgreSQL database: a connection pool, migrated to the current schema on connect. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** A database login. */
    public record Login(String user, String password) {
        public Login {
            Objects.requireNonNull(user, "user");
            password = password == null ? "" : password;
        }
    }

    /** Connects as the schema's owner and applies any pending Flyway migration (instances wait on Flyway's lock). */
    public static Database connect(String jdbcUrl, String user, String password, int poolSize) {
        return connect(jdbcUrl, new Login(user, password), null, poolSize);
    }

    /**
     * Applies any pending migration as {@code owner}; then, when {@code app} is given, grants that role what the
     * running system needs and no more (no DDL, and no UPDATE, DELETE or TRUNCATE of the append-only audit tables,
     * whose triggers only their owner could drop) and pools connections as {@code app}.
     */
    public static Database connect(String jdbcUrl, Login owner, Login app, int poolSize) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (app == null || app.user().equals(owner.user())) {
            HikariDataSource dataSource = dataSource(jdbcUrl, owner, poolSize, "oncocurate");
            try {
                migrate(dataSource);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
            return new Database(dataSource);
        }
        try (HikariDataSource ownerSource = dataSource(jdbcUrl, owner, 2, "oncocurate-migrate")) {
            migrate(ownerSource);
            grant(Jdbi.create(ownerSource), app.user());
        }
        // The URL may name the owner (user=...), which would override the app's login.
        return new Database(dataSource(withoutCredentials(jdbcUrl), app, poolSize, "oncocurate"));
    }

    private static HikariDataSource dataSource(String jdbcUrl, Login login, int poolSize, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(login.user());
        config.setPassword(login.password());
        // A request that waits longer for a connection is answered 503 rather than held (the default is 30 s).
        config.setConnectionTimeout(10_000);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** The URL without user and password parameters, which would override the login given beside it. */
    static String withoutCredentials(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return jdbcUrl;
        }
        String parameters = Arrays.stream(jdbcUrl.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
                .collect(Collectors.joining("&"));
        return jdbcUrl.substring(0, query) + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    private static void migrate(HikariDataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private static void grant(Jdbi owner, String role) {
        if (!role.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a database role name is letters, digits and '_', not '" + role + "'");
        }
        String quoted = "\"" + role + "\"";
        owner.useTransaction(handle -> {
            handle.execute("GRANT USAGE ON SCHEMA public TO " + quoted);
            handle.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + quoted);
            handle.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + quoted);
            handle.execute("REVOKE UPDATE, DELETE, TRUNCATE ON decision, security_event FROM " + quoted);
            handle.execute("REVOKE ALL ON flyway_schema_history FROM " + quoted);
            // Before PostgreSQL 15 every role may create tables in the public schema; where this login can, only
            // the schema's owner (this login) keeps that right.
            handle.execute("""
                    DO $$ BEGIN
                        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                           OR pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'public'),
                                          'MEMBER') THEN
                            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                            EXECUTE format('GRANT CREATE ON SCHEMA public TO %I', current_user);
                        END IF;
                    END $$""");
        });
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
