package org.oncocurate.extract.entity;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;

/** The trials named in each sentence, for linking outcome figures to their trial. */
public final class TrialMentions {
    private final Map<Sentence, List<Mention>> bySentence = new IdentityHashMap<>();

    public void put(Sentence sentence, List<Mention> mentions) {
        bySentence.put(sentence, List.copyOf(mentions));
    }

    /** The trial mentions of {@code sentence}, in order; empty when it names none. */
    public List<Mention> in(Sentence sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }
}
