package org.oncocurate.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheProcessMetricsInThePrometheusFormatAndNothingElse() throws Exception {
        try (PipelineMetrics metrics = new PipelineMetrics();
                MetricsServer server = MetricsServer.start("127.0.0.1", 0, metrics::scrape)) {
            metrics.registry().counter("oncocurate.pages", "stage", "extract").increment(14);
            String base = "http://127.0.0.1:" + server.port();

            HttpResponse<String> scraped = get(base + "/metrics");
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(scraped.body()).contains("oncocurate_pages_total{stage=\"extract\"} 14.0")
                    .contains("jvm_memory_used_bytes");
            assertThat(get(base + "/health/live").body()).isEqualTo("{\"status\":\"up\"}");
            assertThat(get(base + "/metrics/../admin").statusCode()).isEqualTo(404);
            assertThat(get(base + "/").statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(405);
        }
    }

    @Test
    void aGaugeWhoseSourceIsDownReadsNotANumberAndTheScrapeStillAnswers() {
        try (PipelineMetrics metrics = new PipelineMetrics()) {
            metrics.gauge("oncocurate.outbox.backlog", "outbox messages not yet published", () -> {
                throw new IllegalStateException("the database is down");
            });

            assertThat(metrics.scrape()).contains("oncocurate_outbox_backlog NaN");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
