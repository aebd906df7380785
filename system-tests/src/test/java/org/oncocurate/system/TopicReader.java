package org.oncocurate.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.oncocurate.app.kafka.KafkaClients;

/** Reads topics the way a downstream consumer would: a group of its own, from the beginning. */
final class TopicReader {
    private TopicReader() {
    }

    /** Reads {@code topic} from its start until a record satisfies {@code wanted}; fails after {@code timeout}. */
    static ConsumerRecord<String, byte[]> await(String bootstrap, String topic,
                                                Predicate<ConsumerRecord<String, byte[]>> wanted, Duration timeout) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(bootstrap,
                "system-test-" + UUID.randomUUID(), "system-test", 100, Duration.ofMinutes(5))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        return record;
                    }
                    seen.add(record.key());
                }
            }
        }
        throw new AssertionError("no wanted record on " + topic + " within " + timeout + "; keys seen: " + seen);
    }
}
