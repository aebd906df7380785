package org.oncocurate.app.kafka;

import java.util.Map;

/**
 * A topic and the one event type it carries, with the topic-level settings it is created with. The schema version is
 * in the name: a breaking change to the event is a new topic.
 */
public record Topic<T>(String name, Class<T> eventType, String writer, Map<String, String> configs) {
    public Topic {
        configs = Map.copyOf(configs);
    }
}
