package org.oncocurate.app.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.oncocurate.app.kafka.KafkaClients;
import org.oncocurate.store.paper.StuckPapers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches for papers left behind their topics' positions and has {@link StuckPapers} re-drive them. When every
 * consumer group of the pipeline has read its topic to the end (nothing queued, nothing in flight), a paper still in
 * a non-final state after a short settling time can only have been lost on the way (a commit lost in a crash), so it
 * is re-driven at once. While work is queued a paper may just be waiting its turn, so only the configured stuck limit
 * applies.
 */
final class StuckPaperSweeper implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StuckPaperSweeper.class);
    /** Time a paper gets after the pipeline has gone quiet before it counts as left behind. */
    static final Duration SETTLE = Duration.ofMinutes(1);
    private static final long ADMIN_TIMEOUT_SECONDS = 10;

    /** A consumer group and the topic it reads. */
    record GroupTopic(String group, String topic) {
    }

    private final StuckPapers papers;
    private final Admin admin;
    private final List<GroupTopic> groups;
    private final Duration stuckAfter;
    private final int maxRedrives;
    private final Duration interval;
    private final CountDownLatch stopping = new CountDownLatch(1);

    StuckPaperSweeper(StuckPapers papers, String bootstrapServers, List<GroupTopic> groups, Duration stuckAfter,
                      int maxRedrives) {
        this.papers = papers;
        this.admin = KafkaClients.admin(bootstrapServers);
        this.groups = List.copyOf(groups);
        this.stuckAfter = stuckAfter;
        this.maxRedrives = maxRedrives;
        Duration fifth = stuckAfter.dividedBy(5);
        this.interval = fifth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : fifth.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : fifth;
    }

    @Override
    public void run() {
        try {
            while (!stopping.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    sweepOnce();
                } catch (RuntimeException e) {
                    LOG.warn("looking for stuck papers failed: {}; trying again in {}", e.toString(), interval);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    StuckPapers.Sweep sweepOnce() {
        Duration limit = stuckAfter;
        if (SETTLE.compareTo(stuckAfter) < 0 && caughtUp()) {
            limit = SETTLE;
        }
        StuckPapers.Sweep sweep = papers.sweep(limit, maxRedrives);
        if (!sweep.isEmpty()) {
            LOG.warn("stuck papers: {} sent through the pipeline again, {} rejected as STUCK", sweep.redriven(),
                    sweep.givenUp());
        }
        return sweep;
    }

    /** True when every group has committed the end offset of every partition of its topic. */
    boolean caughtUp() {
        try {
            for (GroupTopic pair : groups) {
                if (lagOf(pair) > 0) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debug("cannot read consumer lag: {}", e.toString());
            return false;
        }
    }

    /** Events of the topic the group has not committed yet, summed over its partitions. */
    long lag(GroupTopic pair) {
        try {
            return lagOf(pair);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the lag of " + pair.group(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the lag of " + pair.group() + ": " + e, e);
        }
    }

    private long lagOf(GroupTopic pair) throws Exception {
        TopicDescription topic = admin.describeTopics(List.of(pair.topic())).allTopicNames()
                .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(pair.topic());
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topic.partitions().forEach(partition ->
                latest.put(new TopicPartition(pair.topic(), partition.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(pair.group())
                .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (position == null ? 0 : position.offset()));
        }
        return lag;
    }

    @Override
    public void close() {
        stopping.countDown();
        admin.close(Duration.ofSeconds(5));
    }
}
