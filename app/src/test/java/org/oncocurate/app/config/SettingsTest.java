package org.oncocurate.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void withNothingSetTheDefaultsRunTheEmbeddedBrokerAndDatabase() {
        Settings settings = Settings.from(Map.of(), Map.of());

        assertThat(settings.kafka().bootstrapServers()).isEmpty();
        assertThat(settings.database().jdbcUrl()).isEmpty();
        assertThat(settings.http().port()).isEqualTo(8080);
        assertThat(settings.ingest().parseTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.embedded().dataDir().isAbsolute()).isTrue();
        assertThat(settings.embedded().dataDir().getFileName()).hasToString("oncocurate-data");
    }

    @Test
    void environmentVariablesAreReadAndFlagsOverrideThem() {
        Settings settings = Settings.from(
                Map.of("ONCOCURATE_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092", "ONCOCURATE_HTTP_PORT", "9000",
                        "ONCOCURATE_JDBC_URL", "jdbc:postgresql://db:5432/oncocurate"),
                Map.of("HTTP_PORT", "9100", "ONCOCURATE_MAX_PAGES", "40"));

        assertThat(settings.kafka().bootstrapServers()).hasValue("kafka:9092");
        assertThat(settings.database().jdbcUrl()).hasValue("jdbc:postgresql://db:5432/oncocurate");
        assertThat(settings.http().port()).isEqualTo(9100);
        assertThat(settings.ingest().maxPages()).isEqualTo(40);
    }

    @ParameterizedTest(name = "{0}={1} is refused naming {0}")
    @CsvSource(delimiter = '|', value = {
            "ONCOCURATE_HTTP_PORT|eighty",
            "ONCOCURATE_HTTP_PORT|70000",
            "ONCOCURATE_PARSE_TIMEOUT|two minutes",
            "ONCOCURATE_RETRY_BACKOFF|PT0S",
            "ONCOCURATE_JDBC_URL|mysql://db/oncocurate",
            "ONCOCURATE_WORKERS|0",
            "ONCOCURATE_SECURE_COOKIES|yes",
            "ONCOCURATE_RENDER_TIMEOUT|soon",
            "ONCOCURATE_ADMIN_USER|admin",
            "ONCOCURATE_ADMIN_PASSWORD|a password alone",
    })
    void aBadValueFailsAtStartNamingItsKey(String key, String value) {
        assertThatThrownBy(() -> Settings.from(Map.of(key, value), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }

    @Test
    void anIngestLimitOutOfRangeNamesTheLimits() {
        assertThatThrownBy(() -> Settings.from(Map.of("ONCOCURATE_PDF_MEMORY", "1000"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ONCOCURATE_PDF_MEMORY");
    }

    @Test
    void noAccountExistsUnlessConfiguredAndAConfiguredOneNeedsALongPassword() {
        Settings settings = Settings.from(Map.of(), Map.of());
        assertThat(settings.admin().username()).isEmpty();
        assertThat(settings.http().secureCookies()).isFalse();

        Settings configured = Settings.from(Map.of("ONCOCURATE_ADMIN_USER", "lead",
                "ONCOCURATE_ADMIN_PASSWORD", "twelve chars plus", "ONCOCURATE_SECURE_COOKIES", "true"), Map.of());
        assertThat(configured.admin().username()).hasValue("lead");
        assertThat(configured.admin().password()).hasValue("twelve chars plus");
        assertThat(configured.http().secureCookies()).isTrue();
        assertThatThrownBy(() -> Settings.from(Map.of("ONCOCURATE_ADMIN_USER", "lead",
                "ONCOCURATE_ADMIN_PASSWORD", "short"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ONCOCURATE_ADMIN_PASSWORD");
    }

    @Test
    void anUnknownOverrideIsRefused() {
        assertThatThrownBy(() -> Settings.from(Map.of(), Map.of("HTTP_PROT", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HTTP_PROT");
    }
}
