package org.oncocurate.app.config;

/**
 * Every setting the application reads, with its environment variable and default, declared once. A command-line
 * flag {@code --set KEY=VALUE} overrides the environment. An empty default means "not set".
 */
public enum ConfigKey {
    KAFKA_BOOTSTRAP_SERVERS("", "Kafka bootstrap servers; unset runs the embedded broker (role all only)"),
    KAFKA_PARTITIONS("6", "partitions of each topic the application creates"),
    KAFKA_REPLICATION_FACTOR("1", "replication factor of each topic the application creates"),
    JDBC_URL("", "PostgreSQL JDBC URL; unset runs the embedded database (role all only)"),
    DB_USER("postgres", "database user"),
    DB_PASSWORD("", "database password"),
    DB_APP_USER("", "the role the running app connects as, granted only what it needs (no DDL, the audit tables "
            + "append-only); DB_USER then only migrates the schema. Unset: DB_USER does both (the embedded default "
            + "always uses its own restricted role)"),
    DB_APP_PASSWORD("", "the password of DB_APP_USER"),
    DB_POOL_SIZE("8", "database connections per process"),
    HTTP_HOST("127.0.0.1", "address the review UI and REST API listen on"),
    HTTP_PORT("8080", "port of the review UI and REST API"),
    SECURE_COOKIES("false", "mark session cookies Secure (true when the UI is served over HTTPS)"),
    METRICS_PORT("", "port of /metrics and /health/live in a process that runs no store role (the store serves them "
            + "with the review UI); unset: not served"),
    RENDER_TIMEOUT("PT20S", "longest time rendering one evidence crop may take (ISO-8601 duration)"),
    ADMIN_USER("", "an editor account the store creates at start when it does not exist yet"),
    ADMIN_PASSWORD("", "that account's first password (12 characters or more); required with ADMIN_USER"),
    MAX_PDF_BYTES("104857600", "largest PDF accepted, in bytes"),
    MAX_PAGES("500", "most pages a PDF may have"),
    PARSE_TIMEOUT("PT2M", "longest time reading one PDF may take (ISO-8601 duration)"),
    PDF_MEMORY("805306368", "heap, in bytes, of the child process that reads PDFs"),
    WORKERS("1", "consumer threads per service role in this process"),
    RETRY_ATTEMPTS("3", "attempts at a transient failure before the event is dead-lettered"),
    RETRY_BACKOFF("PT1S", "wait before the first retry; doubled for each further retry"),
    STUCK_AFTER("PT15M", "time in a non-final state after which a paper is sent through the pipeline again even while "
            + "work is queued (ISO-8601 duration); with nothing queued a paper left behind is re-driven after a minute"),
    REDRIVE_LIMIT("2", "times a stuck paper is sent through the pipeline again before it is rejected as STUCK"),
    DATA_DIR("oncocurate-data", "where the embedded broker and database keep their data"),
    EMBEDDED_KAFKA_PORT("19092", "port of the embedded Kafka broker"),
    EMBEDDED_POSTGRES_PORT("15432", "port of the embedded PostgreSQL"),
    DRUGBANK_VOCABULARY("", "a DrugBank open vocabulary CSV whose drugs are added to the drug lexicon; unset uses the "
            + "curated lexicon and the DrugBank drugs shipped with the project");

    private final String defaultValue;
    private final String description;

    ConfigKey(String defaultValue, String description) {
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The environment variable, e.g. {@code ONCOCURATE_JDBC_URL}. */
    public String environmentVariable() {
        return "ONCOCURATE_" + name();
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
