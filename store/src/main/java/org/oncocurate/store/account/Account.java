package org.oncocurate.store.account;

import java.time.Instant;
import java.util.Objects;

/** A person (or a service acting for one) who reviews findings. */
public record Account(long id, String username, Role role, boolean disabled, String createdBy, Instant createdAt) {
    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
