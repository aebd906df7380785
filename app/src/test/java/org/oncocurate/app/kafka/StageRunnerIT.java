package org.oncocurate.app.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.app.embedded.EmbeddedKafka;
import org.oncocurate.model.event.PaperRejected;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;

/** The runner's contract, on a real broker: what is retried, what is dead-lettered, and when offsets move. */
class StageRunnerIT {
    private static EmbeddedKafka kafka;
    private static Producer<String, byte[]> producer;
    private final List<StageRunner<?>> runners = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start(Files.createTempDirectory("runner-it"), 0);
        TopicAdmin.ensureTopics(kafka.bootstrapServers(), 1, (short) 1);
        producer = KafkaClients.producer(kafka.bootstrapServers(), "runner-it");
    }

    @AfterAll
    static void stopBroker() {
        producer.close();
        kafka.close();
    }

    @AfterEach
    void stopRunners() {
        runners.forEach(StageRunner::close);
    }

    private static String paperId() {
        return String.format("%064x", UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE);
    }

    private static void submit(String paperId) throws Exception {
        PaperSubmitted event = new PaperSubmitted(paperId, "a.pdf", 10, "test", Instant.now());
        producer.send(new ProducerRecord<>(Topics.PAPER_SUBMITTED.name(), paperId, Json.write(event))).get();
    }

    /**
     * Runs {@code handler} on the events of the given papers only: every test's runner reads the one topic from its
     * start, events of other tests included.
     */
    private MeterRegistry run(String group, Set<String> papers, StageRunner.Handler<PaperSubmitted> handler) {
        MeterRegistry meters = new SimpleMeterRegistry();
        StageRunner.Handler<PaperSubmitted> ownEventsOnly = (key, event) -> {
            if (papers.contains(key)) {
                handler.handle(key, event);
            }
        };
        StageRunner<PaperSubmitted> runner = new StageRunner<>("ingest", Topics.PAPER_SUBMITTED, ownEventsOnly, producer,
                KafkaClients.consumer(kafka.bootstrapServers(), group, group, 10, Duration.ofMinutes(1)), 3,
                Duration.ofMillis(50), true, Clock.systemUTC(), meters);
        runners.add(runner);
        Thread thread = new Thread(runner, group);
        thread.start();
        return meters;
    }

    private static PaperRejected awaitRejection(String paperId) {
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(kafka.bootstrapServers(),
                "reader-" + UUID.randomUUID(), "reader", 100, Duration.ofMinutes(1))) {
            consumer.subscribe(List.of(Topics.PAPER_REJECTED.name()));
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (paperId.equals(record.key())) {
                        return Json.read(record.value(), PaperRejected.class);
                    }
                }
            }
        }
        throw new AssertionError("no rejection for " + paperId);
    }

    private static void awaitCount(AtomicInteger counter, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (counter.get() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(counter.get()).isEqualTo(expected);
    }

    @Test
    void aRejectionIsDeadLetteredAtOnceAndNeverRetried() throws Exception {
        String paperId = paperId();
        AtomicInteger calls = new AtomicInteger();
        MeterRegistry meters = run("rejecting", Set.of(paperId), (key, event) -> {
            calls.incrementAndGet();
            throw new StageRejection(RejectionReason.ENCRYPTED_PDF, "needs a password");
        });
        submit(paperId);

        PaperRejected rejected = awaitRejection(paperId);

        assertThat(meters.counter("oncocurate.stage.failures", "stage", "ingest", "reason", "ENCRYPTED_PDF").count())
                .isEqualTo(1.0);
        assertThat(meters.timer("oncocurate.stage.duration", "stage", "ingest", "topic",
                Topics.PAPER_SUBMITTED.name(), "outcome", "rejected").count()).isEqualTo(1);
        assertThat(rejected.reason()).isEqualTo(RejectionReason.ENCRYPTED_PDF);
        assertThat(rejected.message()).isEqualTo("needs a password");
        assertThat(rejected.attempts()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedAndSucceedsWithoutADeadLetter() throws Exception {
        String paperId = paperId();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        MeterRegistry meters = run("flaky", Set.of(paperId), (key, event) -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database briefly unavailable");
            }
            done.incrementAndGet();
        });
        submit(paperId);

        awaitCount(done, 1);
        assertThat(calls.get()).isEqualTo(3);
        assertThat(meters.counter("oncocurate.stage.retries", "stage", "ingest", "topic",
                Topics.PAPER_SUBMITTED.name()).count()).isEqualTo(2.0);
    }

    @Test
    void anOutageOfTheDatabaseSpendsNoAttemptsAndTheEventIsHandledWhenItIsBack() throws Exception {
        String paperId = paperId();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        run("outage", Set.of(paperId), (key, event) -> {
            if (calls.incrementAndGet() <= 5) {
                throw new IllegalStateException(new SQLTransientConnectionException("no connection available"));
            }
            done.incrementAndGet();
        });
        submit(paperId);

        awaitCount(done, 1);
        assertThat(calls.get()).as("more calls than the 3 attempts an event's own failure gets").isEqualTo(6);
    }

    @Test
    void exhaustedRetriesAreDeadLetteredWithTheLastError() throws Exception {
        String paperId = paperId();
        AtomicInteger calls = new AtomicInteger();
        run("failing", Set.of(paperId), (key, event) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("disk full");
        });
        submit(paperId);

        PaperRejected rejected = awaitRejection(paperId);

        assertThat(rejected.reason()).isEqualTo(RejectionReason.RETRIES_EXHAUSTED);
        assertThat(rejected.message()).contains("disk full");
        assertThat(rejected.attempts()).isEqualTo(3);
        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void dataTheDatabaseRefusesIsDeadLetteredAtOnceAsADefectWithItsCause() throws Exception {
        String paperId = paperId();
        AtomicInteger calls = new AtomicInteger();
        run("defect", Set.of(paperId), (key, event) -> {
            calls.incrementAndGet();
            throw new IllegalStateException(new java.sql.SQLException(
                    "ERROR: unsupported Unicode escape sequence; \\u0000 cannot be converted to text.", "22P05"));
        });
        submit(paperId);

        PaperRejected rejected = awaitRejection(paperId);

        assertThat(rejected.reason()).isEqualTo(RejectionReason.DEFECT);
        assertThat(rejected.message()).contains("22P05").contains("cannot be converted to text");
        assertThat(rejected.attempts()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void aMalformedEventIsDeadLetteredAndTheNextEventIsStillHandled() throws Exception {
        String broken = paperId();
        String good = paperId();
        Map<String, Boolean> handled = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        run("malformed", Set.of(broken, good), (key, event) -> {
            handled.put(key, true);
            done.incrementAndGet();
        });
        producer.send(new ProducerRecord<>(Topics.PAPER_SUBMITTED.name(), broken,
                "{not json".getBytes(StandardCharsets.UTF_8))).get();
        submit(good);

        assertThat(awaitRejection(broken).reason()).isEqualTo(RejectionReason.MALFORMED_EVENT);
        awaitCount(done, 1);
        assertThat(handled).containsOnlyKeys(good);
    }

    @Test
    void anEventWhoseHandlerDidNotFinishIsReadAgainByTheNextConsumerOfTheGroup() throws Exception {
        String paperId = paperId();
        AtomicInteger firstCalls = new AtomicInteger();
        run("restarting", Set.of(paperId), (key, event) -> {
            firstCalls.incrementAndGet();
            Thread.sleep(60_000);
        });
        submit(paperId);
        awaitCount(firstCalls, 1);
        runners.remove(0).close();

        AtomicInteger secondCalls = new AtomicInteger();
        run("restarting", Set.of(paperId), (key, event) -> secondCalls.incrementAndGet());

        awaitCount(secondCalls, 1);
    }
}
