package org.oncocurate.store.web;

import java.util.Objects;

/**
 * One thing the service needs to do its work, checked by {@code /health/ready}: the database, the broker, the
 * consumer threads. {@code probe} returns normally when the thing is up and throws (saying why) when it is not.
 */
public record HealthCheck(String name, Probe probe) {
    public HealthCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probe, "probe");
    }

    /** Checks one thing; throws when it is down. */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }
}
