package org.oncocurate.app.pipeline;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.oncocurate.app.kafka.KafkaClients;
import org.oncocurate.store.web.HealthCheck;

/**
 * What the store's {@code /health/ready} checks besides its database: that the broker answers, and that every
 * consumer thread of this process is still running.
 */
final class ReadinessChecks implements AutoCloseable {
    private static final int BROKER_TIMEOUT_MS = 2_000;

    private final Admin admin;
    private final List<Thread> consumers;

    ReadinessChecks(String bootstrapServers, List<Thread> consumers) {
        this.admin = KafkaClients.admin(bootstrapServers);
        this.consumers = consumers;
    }

    List<HealthCheck> checks() {
        return List.of(new HealthCheck("broker", this::checkBroker, true),
                new HealthCheck("consumers", this::checkConsumers));
    }

    private void checkBroker() throws Exception {
        int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(BROKER_TIMEOUT_MS)).nodes()
                .get(BROKER_TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
        if (nodes == 0) {
            throw new IllegalStateException("the broker reports no nodes");
        }
    }

    private void checkConsumers() {
        List<String> stopped;
        synchronized (consumers) {
            stopped = consumers.stream().filter(thread -> !thread.isAlive()).map(Thread::getName).toList();
        }
        if (!stopped.isEmpty()) {
            throw new IllegalStateException("consumer threads not running: " + String.join(", ", stopped));
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
