package org.oncocurate.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncocurate.app.config.ConfigKey;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this keeps it honest by reading it: every service's
 * OncoCurate settings must be ones the application reads, every role must be served, and the scalable services
 * must be scalable.
 */
class DockerComposeTest {
    /** Settings the application reads, and the two its logging configuration reads (logback.xml). */
    private static final Set<String> KNOWN_KEYS = Stream.concat(Arrays.stream(ConfigKey.values())
            .map(ConfigKey::environmentVariable), Stream.of("ONCOCURATE_LOG_LEVEL", "ONCOCURATE_LOG_FORMAT"))
            .collect(Collectors.toSet());
    private static final Path ROOT = Path.of(System.getProperty("oncocurate.seed.dir", "../corpus/seed"))
            .getParent().getParent();

    private static JsonNode services;

    @BeforeAll
    static void readCompose() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        services = compose.get("services");
        assertThat(services).as("services of docker-compose.yml").isNotNull();
    }

    @ParameterizedTest(name = "the {0} service runs role {0} and sets only settings the application reads")
    @ValueSource(strings = {"ingest", "extract", "store"})
    void eachRoleHasAServiceWhoseSettingsTheApplicationReads(String role) {
        JsonNode service = services.get(role);
        assertThat(service).as("service " + role).isNotNull();
        List<String> command = new ArrayList<>();
        service.get("command").forEach(part -> command.add(part.asText()));
        assertThat(command).containsExactly("serve", "--role", role);
        List<String> keys = new ArrayList<>();
        service.get("environment").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(KNOWN_KEYS).as("settings read by the app")
                .contains(key));
        assertThat(keys).contains(ConfigKey.KAFKA_BOOTSTRAP_SERVERS.environmentVariable());
        if (!role.equals("extract")) {
            assertThat(keys).as(role + " needs the database").contains(ConfigKey.JDBC_URL.environmentVariable());
        }
        assertThat(service.path("build").asText()).isEqualTo(".");
    }

    @ParameterizedTest(name = "{0} can be scaled with --scale {0}=N")
    @ValueSource(strings = {"ingest", "extract"})
    void pipelineServicesCanBeScaled(String role) {
        JsonNode service = services.get(role);
        assertThat(service.has("container_name")).as("a fixed container name prevents --scale").isFalse();
        assertThat(service.has("ports")).as("a fixed host port prevents --scale").isFalse();
    }

    @Test
    void kafkaRunsInKraftModeFromTheOfficialImageAndPostgresIsThere() {
        JsonNode kafka = services.get("kafka");
        assertThat(kafka.get("image").asText()).startsWith("apache/kafka:");
        JsonNode environment = kafka.get("environment");
        assertThat(environment.get("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS").asText()).contains("kafka:9092");
        assertThat(environment.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asInt()).isEqualTo(1);
        assertThat(services.get("postgres").get("image").asText()).startsWith("postgres:");
        for (String role : List.of("ingest", "extract", "store")) {
            String bootstrap = services.get(role).get("environment")
                    .get(ConfigKey.KAFKA_BOOTSTRAP_SERVERS.environmentVariable()).asText();
            assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS").asText()).contains(bootstrap);
        }
    }

    @Test
    void servicesWithTheDatabaseRunAsTheRestrictedRoleThePostgresServiceCreates() throws IOException {
        for (String role : List.of("ingest", "store")) {
            JsonNode environment = services.get(role).get("environment");
            assertThat(environment.get(ConfigKey.DB_APP_USER.environmentVariable()).asText()).isEqualTo("oncocurate_app");
            assertThat(environment.get(ConfigKey.DB_USER.environmentVariable()).asText()).isNotEqualTo("oncocurate_app");
        }
        assertThat(services.get("postgres").get("volumes").toString())
                .contains("./deploy/postgres/create-app-role.sh:/docker-entrypoint-initdb.d/");
        assertThat(Files.readString(ROOT.resolve("deploy/postgres/create-app-role.sh")))
                .contains("CREATE ROLE oncocurate_app LOGIN");
    }

    @Test
    void prometheusScrapesEveryProcessWhereItServesItsMetricsAndGrafanaHasTheDashboard() throws IOException {
        JsonNode prometheus = new ObjectMapper(new YAMLFactory())
                .readTree(ROOT.resolve("deploy/prometheus/prometheus.yml").toFile());
        String storePort = services.get("store").get("environment").get("ONCOCURATE_HTTP_PORT").asText();
        List<String> scraped = new ArrayList<>();
        for (JsonNode job : prometheus.get("scrape_configs")) {
            job.path("static_configs").forEach(config -> config.get("targets").forEach(t -> scraped.add(t.asText())));
            job.path("dns_sd_configs").forEach(config -> config.get("names").forEach(name ->
                    scraped.add(name.asText() + ":" + config.get("port").asText())));
        }
        List<String> expected = new ArrayList<>(List.of("store:" + storePort));
        for (String role : List.of("ingest", "extract")) {
            JsonNode environment = services.get(role).get("environment");
            assertThat(environment.get("ONCOCURATE_HTTP_HOST").asText()).as(role + " listens beyond localhost")
                    .isEqualTo("0.0.0.0");
            expected.add(role + ":" + environment.get(ConfigKey.METRICS_PORT.environmentVariable()).asText());
        }
        assertThat(scraped).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(services.get("prometheus").toString()).contains("./deploy/prometheus/prometheus.yml");
        assertThat(services.get("grafana").toString()).contains("./deploy/grafana/dashboards");
        JsonNode dashboard = new ObjectMapper().readTree(ROOT.resolve("deploy/grafana/dashboards/oncocurate.json")
                .toFile());
        assertThat(dashboard.get("panels")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(dashboard.toString()).contains("oncocurate_consumer_lag").contains("oncocurate_stage_failures_total")
                .contains("oncocurate_stage_duration_seconds_bucket").contains("oncocurate_papers_overdue");
    }

    @Test
    void theImageIsBuiltByTheDockerfileInTheRepository() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("oncocurate.jar").contains("tesseract-ocr");
    }
}
