package org.oncocurate.app.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the registry's topics where they are missing; existing topics are left as they are. */
public final class TopicAdmin {
    private TopicAdmin() {
    }

    public static void ensureTopics(String bootstrapServers, int partitions, short replicationFactor) {
        try (Admin admin = KafkaClients.admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?> topic : Topics.ALL) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), partitions, replicationFactor).configs(topic.configs()));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                // Another service instance starting at the same moment may have created them first.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
