package org.oncocurate.extract.bench;

import java.util.List;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.entity.EntityExtraction;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SentenceSplitter;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.text.PaperText;

/**
 * Measures the entity stage alone (genes, families, drugs, classes, variants, trials) on one paper: the paper is split
 * into sentences once, then entity extraction runs over them, a few warm-up rounds first, and the timed rounds give
 * sentences per second and matches (mentions found) per second.
 */
public final class EntityBenchmark {
    private EntityBenchmark() {
    }

    /** Items are the mentions found (the evidence spans of the findings). */
    public static StageTiming run(ExtractionResources resources, PaperText paper, int warmups, int rounds) {
        if (rounds < 1 || warmups < 0) {
            throw new IllegalArgumentException("a benchmark needs at least one round and no negative warm-ups");
        }
        List<Sentence> sentences = SentenceSplitter.create(resources.models()).split(paper);
        EntityExtraction entities = new EntityExtraction(resources);
        for (int i = 0; i < warmups; i++) {
            entities.extract(paper, sentences);
        }
        List<Finding> findings = List.of();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            findings = entities.extract(paper, sentences).findings();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int matches = findings.stream().mapToInt(finding -> finding.evidence().size()).sum();
        return new StageTiming(sentences.size(), matches, findings.size(), rounds, seconds);
    }
}
