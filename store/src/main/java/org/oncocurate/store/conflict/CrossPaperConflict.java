package org.oncocurate.store.conflict;

import java.util.Objects;

/**
 * Two papers stating different figures for the same trial, endpoint and measure: e.g. one review gives PALOMA-2's
 * median PFS as 24.8 vs 14.5 months, another as 27.6 vs 14.5.
 */
public record CrossPaperConflict(String trial, String endpoint, String measure, ConflictSide first,
                                 ConflictSide second) {
    public CrossPaperConflict {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }
}
