package org.oncocurate.extract;

import java.util.List;
import java.util.Locale;
import org.oncocurate.extract.text.Sentence;

/** Sentences for finder tests: the whole text is one sentence at offset 0. */
public final class Sentences {
    private Sentences() {
    }

    public static Sentence of(String text) {
        return new Sentence(text, 0, text.length(), List.of(), 0, false);
    }

    /** The context finders read cue words from: here, the sentence itself. */
    public static String context(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
