package org.oncocurate.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's metrics, served by the store's {@code /metrics} in the Prometheus text format: what the stages do
 * ({@code oncocurate_stage_*}, {@code oncocurate_pages_total}), the papers and the outbox in the database
 * ({@code oncocurate_papers}, {@code oncocurate_outbox_backlog}), the Kafka clients (consumer lag per partition as
 * {@code kafka_consumer_fetch_manager_records_lag}) and the JVM.
 */
public final class PipelineMetrics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineMetrics.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new ArrayList<>();

    public PipelineMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The metrics in the Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Publishes a consumer's metrics, its lag per partition among them. */
    public void bind(Consumer<?, ?> consumer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(consumer);
        metrics.bindTo(registry);
        binders.add(metrics);
    }

    public void bind(Producer<?, ?> producer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
        binders.add(metrics);
    }

    /**
     * A gauge read at each scrape (from the database or the broker); NaN while its source cannot answer, so a scrape
     * never fails on it.
     */
    public void gauge(String name, String description, Supplier<Number> value, String... tags) {
        Gauge.builder(name, () -> {
                    try {
                        return value.get();
                    } catch (RuntimeException e) {
                        LOG.debug("metric {} unavailable: {}", name, e.toString());
                        return Double.NaN;
                    }
                }).description(description).tags(tags).register(registry);
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                LOG.debug("closing a metrics binder: {}", e.toString());
            }
        }
        registry.close();
    }
}
