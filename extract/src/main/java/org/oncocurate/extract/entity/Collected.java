package org.oncocurate.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SpanEvidence;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.text.PaperText;

/** The mentions of one kind of entity across a paper, grouped by normalized key, first mention first. */
final class Collected {
    private final Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    private final Map<String, Double> bestConfidence = new LinkedHashMap<>();

    void add(PaperText paper, Sentence sentence, Mention mention, String key) {
        evidence.computeIfAbsent(key, unused -> new ArrayList<>())
                .add(SpanEvidence.of(paper, sentence, mention.start(), mention.end(), mention.repair()));
        bestConfidence.merge(key, mention.confidence(), Math::max);
    }

    Map<String, List<Evidence>> byKey() {
        return evidence;
    }

    /** The highest confidence of any mention of {@code key}. */
    double confidence(String key) {
        return bestConfidence.getOrDefault(key, 0.0);
    }

    void remove(String key) {
        evidence.remove(key);
        bestConfidence.remove(key);
    }
}
