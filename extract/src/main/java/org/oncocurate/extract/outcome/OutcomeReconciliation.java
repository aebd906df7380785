package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.model.conflict.ConflictRule;
import org.oncocurate.model.conflict.FigureSet;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.OutcomeConflict;
import org.oncocurate.model.finding.OutcomeFinding;

/**
 * Reconciles the outcome facts of one paper. The same figures stated twice (a table and the prose, or two sentences)
 * become one fact with both pieces of evidence; statements of the same trial, endpoint and measure whose figures
 * disagree by {@link ConflictRule} are kept apart and each lists the other as a conflict. A disagreement that a
 * flagged lost decimal point explains ("253" against "25.3") is left to that check rather than reported twice.
 */
public final class OutcomeReconciliation {
    private OutcomeReconciliation() {
    }

    public static List<OutcomeFinding> reconcile(List<OutcomeFinding> facts) {
        List<OutcomeFinding> merged = merge(facts);
        List<List<OutcomeConflict>> conflicts = new ArrayList<>();
        merged.forEach(unused -> conflicts.add(new ArrayList<>()));
        for (int i = 0; i < merged.size(); i++) {
            for (int j = i + 1; j < merged.size(); j++) {
                OutcomeFinding first = merged.get(i);
                OutcomeFinding second = merged.get(j);
                if (ConflictRule.inConflict(FigureSet.of(first), FigureSet.of(second))
                        && !explainedByRepair(first, second)) {
                    conflicts.get(i).add(conflictWith(second));
                    conflicts.get(j).add(conflictWith(first));
                }
            }
        }
        List<OutcomeFinding> reconciled = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            reconciled.add(merged.get(i).withConflicts(conflicts.get(i)));
        }
        return reconciled;
    }

    private static List<OutcomeFinding> merge(List<OutcomeFinding> facts) {
        Map<String, List<OutcomeFinding>> bySignature = new LinkedHashMap<>();
        List<OutcomeFinding> ordered = facts.stream()
                .sorted(Comparator.comparingInt(fact -> fact.evidence().get(0).start())).toList();
        for (OutcomeFinding fact : ordered) {
            List<OutcomeFinding> same = bySignature.computeIfAbsent(signature(fact), unused -> new ArrayList<>());
            boolean absorbed = false;
            for (int i = 0; i < same.size() && !absorbed; i++) {
                if (compatible(same.get(i), fact)) {
                    same.set(i, combine(same.get(i), fact));
                    absorbed = true;
                }
            }
            if (!absorbed) {
                same.add(fact);
            }
        }
        return bySignature.values().stream().flatMap(List::stream).toList();
    }

    /** Trial, endpoint, measure and the figures as a multiset: the same numbers in either arm order. */
    private static String signature(OutcomeFinding fact) {
        return FigureSet.of(fact).subject() + ":" + fact.figures().stream().sorted().toList();
    }

    private static boolean compatible(OutcomeFinding first, OutcomeFinding second) {
        return (first.ci() == null || second.ci() == null || first.ci().equals(second.ci()))
                && (first.p() == null || second.p() == null || first.p().equals(second.p()));
    }

    private static OutcomeFinding combine(OutcomeFinding first, OutcomeFinding second) {
        List<Evidence> evidence = new ArrayList<>(first.evidence());
        for (Evidence more : second.evidence()) {
            if (evidence.stream().noneMatch(known -> known.start() == more.start() && known.end() == more.end())) {
                evidence.add(more);
            }
        }
        boolean firstNamed = first.arms().stream().anyMatch(arm -> arm.label() != null);
        boolean secondNamed = second.arms().stream().anyMatch(arm -> arm.label() != null);
        List<Arm> arms = !firstNamed && secondNamed ? second.arms() : first.arms();
        OutcomeFinding combined = new OutcomeFinding(first.trial(), first.endpoint(), first.measure(), arms,
                first.value(), first.ci() != null ? first.ci() : second.ci(),
                first.p() != null ? first.p() : second.p(), first.unit(),
                first.comparison().isEmpty() ? second.comparison() : first.comparison(),
                first.source().and(second.source()), List.of(), List.of(), evidence, 1.0,
                first.ci() != null ? first.ciLevel() : second.ciLevel());
        return OutcomeFacts.checked(combined);
    }

    private static boolean explainedByRepair(OutcomeFinding first, OutcomeFinding second) {
        List<Double> firstRepaired = OutcomeChecks.repairedFigures(first);
        List<Double> secondRepaired = OutcomeChecks.repairedFigures(second);
        if (firstRepaired.equals(first.figures()) && secondRepaired.equals(second.figures())) {
            return false;
        }
        return ConflictRule.figuresAgree(firstRepaired, secondRepaired);
    }

    private static OutcomeConflict conflictWith(OutcomeFinding other) {
        return new OutcomeConflict(other.key(), other.source(), other.figures(), other.ci(), other.p());
    }
}
