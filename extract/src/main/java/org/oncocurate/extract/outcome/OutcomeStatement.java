package org.oncocurate.extract.outcome;

import java.util.List;
import java.util.Objects;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;

/**
 * A figure set placed in its paper: the trial it belongs to, the arms of its values, the comparison of a ratio, and
 * where it was read.
 *
 * @param trial      the trial's name, or null when it is not known
 * @param arms       the treatment of each value of a median or rate series, or empty when not known
 * @param comparison for a ratio, the arm compared and the reference arm, or empty when not known
 */
public record OutcomeStatement(String trial, FigureStatement figures, List<Treatment> arms,
                               List<Treatment> comparison, OutcomeSource source, Evidence evidence) {
    public OutcomeStatement {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        arms = List.copyOf(arms);
        comparison = List.copyOf(comparison);
    }

    /** The same statement tied to {@code trial} (null when not known). */
    public OutcomeStatement withTrial(String trial) {
        return new OutcomeStatement(trial, figures, arms, comparison, source, evidence);
    }
}
