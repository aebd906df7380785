package org.oncocurate.store.conflict;

import java.util.Objects;
import org.oncocurate.store.review.StoredFinding;

/**
 * Two current outcome facts about the same trial, endpoint and measure that give different values: at most one of
 * them can be what the trial found (or they describe different populations, which a curator must say).
 *
 * @param trial the normalized trial name both facts name
 */
public record Conflict(String trial, String endpoint, String measure, StoredFinding first, StoredFinding second) {
    public Conflict {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    public boolean involves(String recordId) {
        return first.recordId().equals(recordId) || second.recordId().equals(recordId);
    }

    public StoredFinding other(String recordId) {
        return first.recordId().equals(recordId) ? second : first;
    }
}
