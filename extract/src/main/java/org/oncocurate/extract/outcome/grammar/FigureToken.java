package org.oncocurate.extract.outcome.grammar;

import java.util.Objects;

/**
 * A token of outcome text: a number, a unit, a keyword or a piece of punctuation, with its span in the text it was
 * read from.
 *
 * @param canonical the keyword's canonical form (PFS for "progression-free survival" or "PES", HR, months, &lt;...),
 *                  the number's normalized digits, or the text lowercased for other tokens
 * @param repair    how an OCR-damaged surface form was read ("PES → PFS"), or null
 */
public record FigureToken(Kind kind, String text, int start, int end, String canonical, String repair) {
    /** What a token is. */
    public enum Kind {
        NUMBER, PERCENT, TIME_UNIT, ENDPOINT, MEDIAN, RATIO, CI, P, COMPARATOR, VERSUS, DASH, OPEN, CLOSE,
        SEMICOLON, COMMA, COLON, PLUS, SLASH, RESPECTIVELY, WORD, OTHER
    }

    public FigureToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonical, "canonical");
    }

    public boolean is(Kind wanted) {
        return kind == wanted;
    }

    /** True for a word token that reads {@code word} in any case. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && canonical.equals(word);
    }

    /** The number's value; only for {@link Kind#NUMBER}. */
    public double number() {
        return Double.parseDouble(canonical);
    }
}
