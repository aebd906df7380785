package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.extract.entity.TrialMentions;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SpanEvidence;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.text.PaperText;

/**
 * Reads the outcome figures of a paper and ties each to its trial: the trial named in the same sentence, else the
 * one the paragraph was last about; a figure with no trial in reach is kept with its trial unknown.
 */
public final class OutcomeExtraction {
    private final OutcomeGrammar grammar = new OutcomeGrammar();

    public List<OutcomeFinding> extract(PaperText paper, List<Sentence> sentences, TrialMentions trials) {
        Map<String, OutcomeFinding> outcomes = new LinkedHashMap<>();
        String paragraphTrial = null;
        int paragraph = -1;
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                paragraphTrial = null;
            }
            List<Mention> trialMentions = trials.in(sentence);
            for (OutcomeGrammar.Statement statement : grammar.read(sentence)) {
                String trial = trialFor(statement, trialMentions, paragraphTrial);
                OutcomeFinding outcome = outcome(paper, sentence, statement, trial);
                outcomes.merge(outcome.key(), outcome, OutcomeExtraction::withMoreEvidence);
            }
            if (!trialMentions.isEmpty()) {
                paragraphTrial = trialMentions.get(trialMentions.size() - 1).normalized();
            }
        }
        return new ArrayList<>(outcomes.values());
    }

    /** The trial named in the sentence before the figures, else in it after them, else the paragraph's last. */
    private static String trialFor(OutcomeGrammar.Statement statement, List<Mention> trialMentions,
                                   String paragraphTrial) {
        String before = null;
        for (Mention mention : trialMentions) {
            if (mention.start() < statement.start()) {
                before = mention.normalized();
            }
        }
        if (before != null) {
            return before;
        }
        return trialMentions.isEmpty() ? paragraphTrial : trialMentions.get(0).normalized();
    }

    private static OutcomeFinding outcome(PaperText paper, Sentence sentence, OutcomeGrammar.Statement statement,
                                          String trial) {
        Evidence evidence = SpanEvidence.of(paper, sentence, statement.start(), statement.end(), null);
        boolean ratio = statement.measure().isRatio();
        List<Arm> arms = ratio ? List.of() : statement.values().stream().map(value -> new Arm(null, value)).toList();
        Double value = ratio ? statement.values().get(0) : null;
        String unit = statement.measure() == Measure.MEDIAN ? "months" : null;
        return new OutcomeFinding(trial, statement.endpoint(), statement.measure(), arms, value, statement.ci(),
                statement.p(), unit, OutcomeSource.TEXT,
                OutcomeChecks.run(statement.measure(), statement.values(), statement.ci()),
                List.of(evidence), trial == null ? 0.5 : 0.8);
    }

    private static OutcomeFinding withMoreEvidence(OutcomeFinding first, OutcomeFinding second) {
        List<Evidence> evidence = new ArrayList<>(first.evidence());
        evidence.addAll(second.evidence());
        return new OutcomeFinding(first.trial(), first.endpoint(), first.measure(), first.arms(), first.value(),
                first.ci() != null ? first.ci() : second.ci(), first.p() != null ? first.p() : second.p(),
                first.unit(), first.source(), first.checks(), evidence, first.confidence());
    }
}
