package org.oncocurate.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.oncocurate.ingest.IngestLimits;

/**
 * All configuration, read from the environment with command-line overrides and validated at start-up: a bad value
 * fails with a message naming its key rather than falling back to a default.
 */
public record Settings(KafkaSettings kafka, DatabaseSettings database, HttpSettings http, IngestLimits ingest,
                       RunnerSettings runner, EmbeddedSettings embedded, ExtractSettings extract,
                       AdminSettings admin) {

    /** Kafka; {@code bootstrapServers} empty means "run the embedded broker". */
    public record KafkaSettings(Optional<String> bootstrapServers, int partitions, short replicationFactor) {
    }

    /**
     * PostgreSQL; {@code jdbcUrl} empty means "run the embedded database". {@code appUser}, when set, is the role the
     * running app connects as; {@code user} then owns the schema and only migrates it.
     */
    public record DatabaseSettings(Optional<String> jdbcUrl, String user, String password, int poolSize,
                                   Optional<String> appUser, String appPassword) {
    }

    /**
     * @param secureCookies  mark session cookies Secure (the UI is served over HTTPS)
     * @param renderTimeout  longest time rendering one evidence crop may take
     * @param metricsPort    where a process without the store role serves its metrics; empty: it does not
     */
    public record HttpSettings(String host, int port, boolean secureCookies, Duration renderTimeout,
                               OptionalInt metricsPort) {
    }

    /** The editor account created at start when it does not exist; empty when none is configured. */
    public record AdminSettings(Optional<String> username, Optional<String> password) {
    }

    /**
     * @param stuckAfter  time in a non-final state after which a paper is re-driven even while work is queued
     * @param redrives    re-drives of a stuck paper before it is rejected as STUCK
     */
    public record RunnerSettings(int workers, int attempts, Duration backoff, Duration stuckAfter, int redrives) {
    }

    public record EmbeddedSettings(Path dataDir, int kafkaPort, int postgresPort) {
    }

    /** Extraction; {@code drugBankVocabulary} empty means "the shipped drug lexicons alone". */
    public record ExtractSettings(Optional<Path> drugBankVocabulary) {
    }

    public static Settings fromEnvironment(Map<String, String> overrides) {
        return from(System.getenv(), overrides);
    }

    /** Reads settings from {@code environment} (variables named {@code ONCOCURATE_*}) and key overrides. */
    public static Settings from(Map<String, String> environment, Map<String, String> overrides) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            String value = environment.getOrDefault(key.environmentVariable(), key.defaultValue());
            values.put(key, value.strip());
        }
        overrides.forEach((name, value) -> values.put(key(name), value.strip()));
        Reader reader = new Reader(values);
        return new Settings(
                new KafkaSettings(reader.optional(ConfigKey.KAFKA_BOOTSTRAP_SERVERS),
                        reader.integer(ConfigKey.KAFKA_PARTITIONS, 1, 10_000),
                        (short) reader.integer(ConfigKey.KAFKA_REPLICATION_FACTOR, 1, 32)),
                new DatabaseSettings(reader.optional(ConfigKey.JDBC_URL).map(url -> requireJdbc(url)),
                        reader.text(ConfigKey.DB_USER), values.get(ConfigKey.DB_PASSWORD),
                        reader.integer(ConfigKey.DB_POOL_SIZE, 1, 500), reader.optional(ConfigKey.DB_APP_USER),
                        values.get(ConfigKey.DB_APP_PASSWORD)),
                new HttpSettings(reader.text(ConfigKey.HTTP_HOST), reader.integer(ConfigKey.HTTP_PORT, 0, 65535),
                        reader.bool(ConfigKey.SECURE_COOKIES), reader.duration(ConfigKey.RENDER_TIMEOUT),
                        reader.optional(ConfigKey.METRICS_PORT).isEmpty() ? OptionalInt.empty()
                                : OptionalInt.of(reader.integer(ConfigKey.METRICS_PORT, 0, 65535))),
                reader.limits(),
                new RunnerSettings(reader.integer(ConfigKey.WORKERS, 1, 64),
                        reader.integer(ConfigKey.RETRY_ATTEMPTS, 1, 100), reader.duration(ConfigKey.RETRY_BACKOFF),
                        reader.duration(ConfigKey.STUCK_AFTER), reader.integer(ConfigKey.REDRIVE_LIMIT, 0, 100)),
                new EmbeddedSettings(Path.of(reader.text(ConfigKey.DATA_DIR)).toAbsolutePath(),
                        reader.integer(ConfigKey.EMBEDDED_KAFKA_PORT, 0, 65535),
                        reader.integer(ConfigKey.EMBEDDED_POSTGRES_PORT, 0, 65535)),
                new ExtractSettings(reader.optional(ConfigKey.DRUGBANK_VOCABULARY).map(Settings::requireReadableFile)),
                reader.admin());
    }

    /** Accepts a key by its name ({@code HTTP_PORT}) or environment variable ({@code ONCOCURATE_HTTP_PORT}). */
    static ConfigKey key(String name) {
        String bare = name.strip().startsWith("ONCOCURATE_") ? name.strip().substring("ONCOCURATE_".length())
                : name.strip();
        try {
            return ConfigKey.valueOf(bare);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("unknown setting '" + name + "'");
        }
    }

    private static Path requireReadableFile(String path) {
        Path file = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ConfigException(ConfigKey.DRUGBANK_VOCABULARY.environmentVariable()
                    + " must name a readable file, not '" + path + "'");
        }
        return file;
    }

    private static String requireJdbc(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(ConfigKey.JDBC_URL.environmentVariable()
                    + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), not '" + url + "'");
        }
        return url;
    }

    private record Reader(Map<ConfigKey, String> values) {
        Optional<String> optional(ConfigKey key) {
            String value = values.get(key);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        String text(ConfigKey key) {
            return optional(key).orElseThrow(() -> new ConfigException(key.environmentVariable() + " must be set"));
        }

        int integer(ConfigKey key, int min, int max) {
            long value = number(key);
            if (value < min || value > max) {
                throw new ConfigException(key.environmentVariable() + " must lie in [" + min + ", " + max + "], not "
                        + value);
            }
            return (int) value;
        }

        boolean bool(ConfigKey key) {
            String text = text(key);
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new ConfigException(key.environmentVariable() + " must be true or false, not '"
                        + text + "'");
            };
        }

        AdminSettings admin() {
            Optional<String> username = optional(ConfigKey.ADMIN_USER);
            Optional<String> password = Optional.ofNullable(values.get(ConfigKey.ADMIN_PASSWORD))
                    .filter(value -> !value.isEmpty());
            if (username.isPresent() != password.isPresent()) {
                throw new ConfigException(ConfigKey.ADMIN_USER.environmentVariable() + " and "
                        + ConfigKey.ADMIN_PASSWORD.environmentVariable() + " must be set together");
            }
            if (password.isPresent() && password.get().length() < 12) {
                throw new ConfigException(ConfigKey.ADMIN_PASSWORD.environmentVariable()
                        + " must have at least 12 characters");
            }
            return new AdminSettings(username, password);
        }

        long number(ConfigKey key) {
            String text = text(key);
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new ConfigException(key.environmentVariable() + " must be a whole number, not '" + text + "'");
            }
        }

        Duration duration(ConfigKey key) {
            String text = text(key);
            try {
                Duration duration = Duration.parse(text);
                if (duration.isNegative() || duration.isZero()) {
                    throw new ConfigException(key.environmentVariable() + " must be positive, not " + text);
                }
                return duration;
            } catch (DateTimeParseException e) {
                throw new ConfigException(key.environmentVariable() + " must be an ISO-8601 duration such as PT30S, not '"
                        + text + "'");
            }
        }

        IngestLimits limits() {
            try {
                return new IngestLimits(number(ConfigKey.MAX_PDF_BYTES), integer(ConfigKey.MAX_PAGES, 1, 100_000),
                        duration(ConfigKey.PARSE_TIMEOUT), number(ConfigKey.PDF_MEMORY));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("bad ingest limit: " + e.getMessage() + " (see "
                        + ConfigKey.MAX_PDF_BYTES.environmentVariable() + ", " + ConfigKey.MAX_PAGES.environmentVariable()
                        + ", " + ConfigKey.PARSE_TIMEOUT.environmentVariable() + ", "
                        + ConfigKey.PDF_MEMORY.environmentVariable() + ")");
            }
        }
    }
}
