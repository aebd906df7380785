package org.oncocurate.model.finding;

import java.util.Objects;

/**
 * The outcome of one numeric check on a fact.
 *
 * @param check      the check's name, e.g. {@code ci-contains-estimate}
 * @param passed     false when the check found a problem
 * @param message    what was found, in words a curator reads
 * @param suggestion a repaired reading to offer the curator ("25.3"), or null
 */
public record CheckResult(String check, boolean passed, String message, String suggestion) {
    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }
}
