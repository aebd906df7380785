package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.List;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;

/** Turns a placed figure set into an outcome finding, its checks run. */
final class OutcomeFacts {
    private static final double UNKNOWN_TRIAL = 0.5;
    private static final double PROSE = 0.8;
    private static final double TABLE = 0.85;
    private static final double FAILED_CHECK = 0.2;

    private OutcomeFacts() {
    }

    static OutcomeFinding of(OutcomeStatement statement) {
        FigureStatement figures = statement.figures();
        Measure measure = figures.measure();
        List<Arm> arms = new ArrayList<>();
        Double value = null;
        List<Treatment> comparison;
        if (measure.isRatio()) {
            value = figures.readings().get(0).value();
            comparison = statement.comparison();
        } else {
            boolean named = statement.arms().size() == figures.readings().size();
            for (int i = 0; i < figures.readings().size(); i++) {
                Double reading = figures.readings().get(i).reached() ? figures.readings().get(i).value() : null;
                Treatment arm = named ? statement.arms().get(i) : null;
                arms.add(arm == null ? new Arm(null, reading, List.of()) : new Arm(arm.label(), reading, arm.drugs()));
            }
            comparison = named ? statement.arms() : List.of();
        }
        OutcomeFinding fact = new OutcomeFinding(statement.trial(), figures.endpoint(), measure, arms, value,
                figures.ci(), figures.p(), measure.isRatio() ? null : figures.unit(), comparison, statement.source(),
                List.of(), List.of(), List.of(statement.evidence()), 1.0, figures.ciLevel());
        return checked(fact);
    }

    /** The fact with its checks (re)run and its confidence set from its trial link, source and checks. */
    static OutcomeFinding checked(OutcomeFinding fact) {
        OutcomeFinding withChecks = fact.withChecks(OutcomeChecks.run(fact));
        double confidence = withChecks.trial() == null ? UNKNOWN_TRIAL
                : withChecks.source() == OutcomeSource.TEXT ? PROSE : TABLE;
        if (!withChecks.checksPass()) {
            confidence -= FAILED_CHECK;
        }
        return new OutcomeFinding(withChecks.trial(), withChecks.endpoint(), withChecks.measure(), withChecks.arms(),
                withChecks.value(), withChecks.ci(), withChecks.p(), withChecks.unit(), withChecks.comparison(),
                withChecks.source(), withChecks.checks(), withChecks.conflicts(), withChecks.evidence(), confidence,
                withChecks.ciLevel());
    }
}
