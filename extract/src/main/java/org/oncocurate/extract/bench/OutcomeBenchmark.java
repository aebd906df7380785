package org.oncocurate.extract.bench;

import java.util.List;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.entity.EntityExtraction;
import org.oncocurate.extract.outcome.OutcomeExtraction;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SentenceSplitter;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.text.PaperText;

/**
 * Measures the outcome stage alone (figures read from prose and tables, tied to trials and arms, checked and
 * reconciled) on one paper: sentences and trial mentions are found once, then the outcome extraction runs over them,
 * a few warm-up rounds first; the timed rounds give sentences per second and outcome facts per second.
 */
public final class OutcomeBenchmark {
    private OutcomeBenchmark() {
    }

    /** Items and findings are the outcome facts. */
    public static StageTiming run(ExtractionResources resources, PaperText paper, int warmups, int rounds) {
        if (rounds < 1 || warmups < 0) {
            throw new IllegalArgumentException("a benchmark needs at least one round and no negative warm-ups");
        }
        List<Sentence> sentences = SentenceSplitter.create(resources.models()).split(paper);
        EntityExtraction.Result entities = new EntityExtraction(resources).extract(paper, sentences);
        OutcomeExtraction outcomes = new OutcomeExtraction(resources.drugs().finder());
        for (int i = 0; i < warmups; i++) {
            outcomes.extract(paper, sentences, entities.trials());
        }
        List<OutcomeFinding> facts = List.of();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            facts = outcomes.extract(paper, sentences, entities.trials());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new StageTiming(sentences.size(), facts.size(), facts.size(), rounds, seconds);
    }
}
