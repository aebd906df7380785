package org.oncocurate.app.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.event.PaperRejected;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one consume → apply → produce loop. For each event it runs the handler, which returns only once its output is
 * acknowledged (a produce or a database commit); only then is the event's offset committed. A {@link StageRejection}
 * goes to the rejection topic at once; any other failure is retried with exponential backoff and, when the attempts
 * are spent, dead-lettered to the rejection topic. If even that is impossible (the broker is gone), the offset is
 * not committed and the event comes round again.
 */
public final class StageRunner<I> implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StageRunner.class);
    private static final int GRACE_SECONDS = 10;
    private static final String PROCESSED = "processed";
    private static final String REJECTED = "rejected";
    private static final String DEAD_LETTERED = "dead_lettered";

    /** Applies the stage to one event and waits until its output is acknowledged. */
    @FunctionalInterface
    public interface Handler<I> {
        void handle(String key, I event) throws Exception;
    }

    private final String stage;
    private final Topic<I> input;
    private final Handler<I> handler;
    private final Producer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final int attempts;
    private final Duration backoff;
    private final boolean deadLetter;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile Thread thread;

    /**
     * @param deadLetter false for the consumer of the rejection topic itself, which logs what it cannot handle
     *                   instead of writing it back to the topic it reads
     */
    public StageRunner(String stage, Topic<I> input, Handler<I> handler, Producer<String, byte[]> producer,
                       KafkaConsumer<String, byte[]> consumer, int attempts, Duration backoff, boolean deadLetter,
                       Clock clock, MeterRegistry meters) {
        this.stage = stage;
        this.input = input;
        this.handler = handler;
        this.producer = producer;
        this.consumer = consumer;
        this.attempts = attempts;
        this.backoff = backoff;
        this.deadLetter = deadLetter;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        try {
            consumer.subscribe(List.of(input.name()));
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                    for (TopicPartition partition : records.partitions()) {
                        if (!processPartition(partition, records.records(partition))) {
                            break;
                        }
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    if (!running || e instanceof InterruptException) {
                        throw e;
                    }
                    // A broker away or a rebalance: nothing uncommitted is lost, it is read again after a pause.
                    LOG.warn("{} runner on {}: {}; polling again", stage, input.name(), e.toString());
                    pause(backoff);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            // Stopping: the event in hand was abandoned uncommitted, so the group reads it again.
            LOG.info("{} runner on {} abandoned its event in hand to stop", stage, input.name());
        } catch (RuntimeException e) {
            if (running) {
                LOG.error("{} runner on {} stopped by an unexpected error", stage, input.name(), e);
                throw e;
            }
        } finally {
            try {
                Thread.interrupted();
                consumer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("closing the {} consumer: {}", stage, e.toString());
            } finally {
                stopped.countDown();
            }
        }
    }

    /**
     * Handles a partition's records in order, committing each. Returns false when the rest of the batch must wait
     * for the next poll: an event could not be settled, or the commit failed (the group is rebalancing or this
     * consumer was dropped from it), so the uncommitted events are read again, by this consumer or another.
     */
    private boolean processPartition(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records)
            throws InterruptedException {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!running) {
                consumer.seek(partition, record.offset());
                return false;
            }
            try {
                process(record);
            } catch (ExecutionException | RuntimeException e) {
                LOG.warn("{}: cannot settle {}@{} ({}); it will be read again", stage, partition, record.offset(),
                        e.toString());
                consumer.seek(partition, record.offset());
                pause(backoff);
                return false;
            }
            try {
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            } catch (CommitFailedException | RebalanceInProgressException e) {
                LOG.warn("{}: committing {}@{} failed ({}); the group will read it again", stage, partition,
                        record.offset(), e.toString());
                return false;
            }
        }
        return true;
    }

    private void process(ConsumerRecord<String, byte[]> record) throws ExecutionException, InterruptedException {
        long started = System.nanoTime();
        String outcome = handle(record);
        if (outcome != null) {
            settled(record.key(), outcome, System.nanoTime() - started);
        }
    }

    /** Handles one event; returns how it was settled (a tag of the stage metrics), or null for a tombstone. */
    private String handle(ConsumerRecord<String, byte[]> record) throws ExecutionException, InterruptedException {
        String key = record.key();
        if (record.value() == null) {
            return null;
        }
        I event;
        try {
            event = Json.read(record.value(), input.eventType());
        } catch (IllegalArgumentException e) {
            reject(key, RejectionReason.MALFORMED_EVENT, "event on " + input.name() + " at offset " + record.offset()
                    + " cannot be read: " + e.getMessage(), 1);
            return DEAD_LETTERED;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                handler.handle(key, event);
                return PROCESSED;
            } catch (StageRejection rejection) {
                reject(key, rejection.reason(), rejection.getMessage(), attempt);
                return REJECTED;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                if (!running) {
                    // A failure while stopping (an interrupted handler) says nothing about the event.
                    throw new IllegalStateException("stopping while handling " + key, e);
                }
                if (Unavailable.isCause(e)) {
                    // The database or broker is away: not the event's fault, so no attempt is spent on it; the
                    // event is read again once a pause has passed.
                    meters.counter("oncocurate.stage.unavailable", "stage", stage, "topic", input.name())
                            .increment();
                    throw new IllegalStateException("infrastructure unavailable while handling " + key, e);
                }
                if (Defect.isCause(e)) {
                    LOG.error("{}: defect while handling {}; dead-lettering it", stage, key, e);
                    reject(key, RejectionReason.DEFECT, Defect.describe(e), attempt);
                    return DEAD_LETTERED;
                }
                if (attempt >= attempts) {
                    LOG.error("{}: giving up on {} after {} attempts", stage, key, attempt, e);
                    reject(key, RejectionReason.RETRIES_EXHAUSTED, "failed " + attempt + " times; last error: " + e,
                            attempt);
                    return DEAD_LETTERED;
                }
                meters.counter("oncocurate.stage.retries", "stage", stage, "topic", input.name()).increment();
                Duration wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 16));
                LOG.warn("{}: attempt {} on {} failed ({}); retrying in {}", stage, attempt, key, e.toString(), wait);
                if (!pause(wait)) {
                    throw new IllegalStateException("stopping before retrying " + key);
                }
            }
        }
    }

    /** One log line and the stage metrics for each settled event. */
    private void settled(String key, String outcome, long nanos) {
        Timer.builder("oncocurate.stage.duration").description("time from reading an event to its settled output")
                .tags("stage", stage, "topic", input.name(), "outcome", outcome)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(10)).register(meters)
                .record(nanos, TimeUnit.NANOSECONDS);
        LOG.atInfo().addKeyValue("paper", key).addKeyValue("stage", stage).addKeyValue("topic", input.name())
                .addKeyValue("outcome", outcome).addKeyValue("duration_ms", TimeUnit.NANOSECONDS.toMillis(nanos))
                .log("{}: {} paper {} from {} in {} ms", stage, outcome, key, input.name(),
                        TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    private void reject(String key, RejectionReason reason, String message, int attempt)
            throws ExecutionException, InterruptedException {
        String paperId = PaperId.isValid(key) ? key : null;
        PaperRejected rejected = new PaperRejected(paperId, stage, reason, message, attempt, clock.instant());
        meters.counter("oncocurate.stage.failures", "stage", stage, "reason", reason.name()).increment();
        if (!deadLetter) {
            LOG.error("{}: cannot handle event {} ({}: {})", stage, key, reason, message);
            return;
        }
        LOG.info("{}: rejected paper {}: {} ({})", stage, paperId, reason, message);
        producer.send(new ProducerRecord<>(Topics.PAPER_REJECTED.name(), key, Json.write(rejected))).get();
    }

    /** Waits, unless the runner is told to stop first; returns false then. */
    private boolean pause(Duration wait) throws InterruptedException {
        return !stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops after the event in hand, waiting up to {@value #GRACE_SECONDS} s for it; an event still in hand then is
     * abandoned uncommitted (its handler is interrupted), so the next consumer of the group reads it again.
     */
    @Override
    public void close() {
        running = false;
        stopping.countDown();
        consumer.wakeup();
        Thread current = thread;
        if (current == null) {
            return;
        }
        try {
            if (!stopped.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                current.interrupt();
                if (!stopped.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("{} runner on {} did not stop", stage, input.name());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
