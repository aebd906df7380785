package org.oncocurate.store.conflict;

import java.util.List;
import java.util.Objects;

/**
 * One of the two statements of a cross-paper conflict: the record as it stands now (the curator's version when they
 * edited it).
 *
 * @param figures the arm values (medians, rates) or the ratio
 * @param ci      [lower, upper], or null
 * @param status  the record's review status
 */
public record ConflictSide(String paperId, String recordId, String trial, List<Double> figures, List<Double> ci,
                           String p, String status) {
    public ConflictSide {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(recordId, "recordId");
        figures = List.copyOf(figures);
        ci = ci == null ? null : List.copyOf(ci);
    }
}
