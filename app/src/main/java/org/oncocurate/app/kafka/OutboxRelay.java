package org.oncocurate.app.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.oncocurate.store.outbox.Outbox;
import org.oncocurate.store.outbox.OutboxChannel;
import org.oncocurate.store.outbox.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the store's outbox to Kafka: submissions to {@code paper.submitted.v1}, curated records and their
 * retractions to {@code records.curated.v1}. A batch is marked published only once every send in it is acknowledged.
 */
public final class OutboxRelay implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final Producer<String, byte[]> producer;
    private final Duration idle;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running = true;

    public OutboxRelay(Outbox outbox, Producer<String, byte[]> producer, Duration idle) {
        this.outbox = outbox;
        this.producer = producer;
        this.idle = idle;
    }

    static String topicFor(OutboxChannel channel) {
        return switch (channel) {
            case PAPER_SUBMITTED -> Topics.PAPER_SUBMITTED.name();
            case CURATED_RECORD -> Topics.RECORDS_CURATED.name();
        };
    }

    @Override
    public void run() {
        try {
            while (running) {
                try {
                    if (outbox.relay(BATCH, this::publish) == 0) {
                        stopping.await(idle.toMillis(), TimeUnit.MILLISECONDS);
                    }
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    LOG.warn("outbox relay: {}; retrying", e.toString());
                    stopping.await(Math.max(1000, idle.toMillis()), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publish(List<OutboxMessage> messages) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (OutboxMessage message : messages) {
            byte[] value = message.payload() == null ? null : message.payload().getBytes(StandardCharsets.UTF_8);
            sends.add(producer.send(new ProducerRecord<>(topicFor(message.channel()), message.key(), value)));
        }
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing the outbox failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the outbox", e);
        }
    }

    @Override
    public void close() {
        running = false;
        stopping.countDown();
    }
}
