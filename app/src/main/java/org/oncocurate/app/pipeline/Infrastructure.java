package org.oncocurate.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oncocurate.app.config.ConfigException;
import org.oncocurate.app.config.ConfigKey;
import org.oncocurate.app.config.Settings;
import org.oncocurate.app.embedded.EmbeddedDatabase;
import org.oncocurate.app.embedded.EmbeddedKafka;
import org.oncocurate.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the broker and the database are: configured ones, or the embedded default (a real Kafka broker and a real
 * PostgreSQL started by this process, keeping their data under the data directory).
 */
public final class Infrastructure implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Infrastructure.class);
    /** The embedded database's restricted role for the running app; postgres owns the schema and migrates it. */
    static final String EMBEDDED_APP_ROLE = "oncocurate_app";

    private final String bootstrapServers;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Database.Login appLogin;
    private final List<AutoCloseable> embedded;

    private Infrastructure(String bootstrapServers, String jdbcUrl, String dbUser, String dbPassword,
                           Database.Login appLogin, List<AutoCloseable> embedded) {
        this.bootstrapServers = bootstrapServers;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.appLogin = appLogin;
        this.embedded = embedded;
    }

    /**
     * Uses the configured broker and database; what is not configured is embedded, which only makes sense when this
     * one process runs every role (separate processes would each start their own).
     */
    public static Infrastructure resolve(Settings settings, Set<Role> roles) {
        boolean needsDatabase = roles.contains(Role.INGEST) || roles.contains(Role.STORE);
        boolean everyRole = roles.size() == Role.values().length;
        List<AutoCloseable> started = new ArrayList<>();
        try {
            String bootstrap = settings.kafka().bootstrapServers().orElse(null);
            if (bootstrap == null) {
                requireEveryRole(everyRole, ConfigKey.KAFKA_BOOTSTRAP_SERVERS);
                EmbeddedKafka kafka = EmbeddedKafka.start(settings.embedded().dataDir().resolve("kafka"),
                        settings.embedded().kafkaPort());
                started.add(kafka);
                bootstrap = kafka.bootstrapServers();
            }
            String jdbcUrl = settings.database().jdbcUrl().orElse(null);
            String user = settings.database().user();
            String password = settings.database().password();
            Database.Login app = settings.database().appUser()
                    .map(name -> new Database.Login(name, settings.database().appPassword())).orElse(null);
            if (jdbcUrl == null && needsDatabase) {
                requireEveryRole(everyRole, ConfigKey.JDBC_URL);
                EmbeddedDatabase database = EmbeddedDatabase.start(settings.embedded().dataDir().resolve("postgres"),
                        settings.embedded().postgresPort());
                started.add(0, database);
                jdbcUrl = database.jdbcUrl();
                user = database.user();
                password = "";
                database.ensureLoginRole(EMBEDDED_APP_ROLE);
                app = new Database.Login(EMBEDDED_APP_ROLE, "");
                LOG.info("embedded PostgreSQL up at {}", jdbcUrl);
            }
            return new Infrastructure(bootstrap, jdbcUrl, user, password, app, started);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    private static void requireEveryRole(boolean everyRole, ConfigKey key) {
        if (!everyRole) {
            throw new ConfigException(key.environmentVariable() + " must be set when a process runs a single role: "
                    + "the embedded default serves only a process running all roles");
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    /** The role the running app connects as when it is not the schema's owner; null when the owner does both. */
    public Database.Login appLogin() {
        return appLogin;
    }

    public boolean isEmbedded() {
        return !embedded.isEmpty();
    }

    @Override
    public void close() {
        closeAll(embedded);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", resources.get(i).getClass().getSimpleName(), e.toString());
            }
        }
    }
}
