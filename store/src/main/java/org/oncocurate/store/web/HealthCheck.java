package org.oncocurate.store.web;

import java.util.Objects;

/**
 * One thing the service needs to do its work, checked by {@code /health/ready}: the database, the broker, the
 * consumer threads. {@code probe} returns normally when the thing is up and throws (saying why) when it is not.
 *
 * @param gatesIntake true when new papers cannot enter the pipeline while it is down (the broker): uploads are then
 *                    answered 503 with {@code Retry-After} instead of being accepted
 */
public record HealthCheck(String name, Probe probe, boolean gatesIntake) {
    public HealthCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probe, "probe");
    }

    public HealthCheck(String name, Probe probe) {
        this(name, probe, false);
    }

    /** Checks one thing; throws when it is down. */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }
}
