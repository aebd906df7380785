package org.oncocurate.extract.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of the paper's text, {@code [start, end)}, with its tokens. Token spans are offsets in the paper's text,
 * like every other span.
 *
 * @param paragraph index of the paragraph the sentence belongs to (sentences of one paragraph share it)
 * @param table     true when the sentence is a row of a table's text rather than running prose
 */
public record Sentence(String text, int start, int end, List<Token> tokens, int paragraph, boolean table) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("sentence span and text disagree");
        }
    }

    /** The sentence's text from paper offset {@code from} to {@code to}. */
    public String slice(int from, int to) {
        return text.substring(from - start, to - start);
    }
}
