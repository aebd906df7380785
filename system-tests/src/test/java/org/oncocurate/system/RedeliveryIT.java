package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncocurate.app.kafka.KafkaClients;
import org.oncocurate.app.kafka.Topics;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.export.RecordId;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.Bibliography;

@ExtendWith(SystemExtension.class)
class RedeliveryIT {
    private static final String STORE_GROUP = "oncocurate-store-" + Topics.FINDINGS_EXTRACTED.name();

    @Test
    void theSameFindingsEventDeliveredTwiceLeavesOneCopyInTheDatabase(RunningSystem system) throws Exception {
        String paperId = String.format("%064x", 77_777);
        Evidence evidence = new Evidence(1, 0, 4, "TP53", "TP53 is mutated.", 0, List.of(), false, null);
        FindingsExtracted event = new FindingsExtracted(paperId, Instant.now(), new Findings(paperId, "extract-test",
                Map.of(), Bibliography.UNKNOWN, List.of(new GeneFinding("TP53", "7157", List.of(evidence), 0.9))));
        byte[] value = Json.write(event);

        try (Producer<String, byte[]> producer = KafkaClients.producer(system.bootstrapServers(), "redelivery")) {
            producer.send(new ProducerRecord<>(Topics.FINDINGS_EXTRACTED.name(), paperId, value)).get();
            producer.send(new ProducerRecord<>(Topics.FINDINGS_EXTRACTED.name(), paperId, value)).get();
        }
        awaitStoreCaughtUp(system.bootstrapServers(), Duration.ofSeconds(60));

        long rows = system.store().database().jdbi().withHandle(handle -> handle
                .createQuery("SELECT count(*) FROM finding WHERE paper_id = :id").bind("id", paperId)
                .mapTo(Long.class).one());
        assertThat(rows).isEqualTo(1);
        assertThat(system.store().findings().byRecordId(RecordId.of(paperId, "gene:TP53"))).isPresent();
    }

    /** Waits until the store's consumer group has committed every record of the findings topic. */
    private static void awaitStoreCaughtUp(String bootstrap, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = KafkaClients.admin(bootstrap)) {
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(STORE_GROUP).partitionsToOffsetAndMetadata().get();
                Set<TopicPartition> partitions = admin.describeTopics(List.of(Topics.FINDINGS_EXTRACTED.name()))
                        .allTopicNames().get().get(Topics.FINDINGS_EXTRACTED.name()).partitions().stream()
                        .map(info -> new TopicPartition(Topics.FINDINGS_EXTRACTED.name(), info.partition()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                        .all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
                boolean caughtUp = ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.containsKey(end.getKey())
                        && committed.get(end.getKey()).offset() >= end.getValue()));
                if (caughtUp) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the store did not consume the findings topic within " + timeout);
    }
}
