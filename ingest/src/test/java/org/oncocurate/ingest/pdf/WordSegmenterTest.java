package org.oncocurate.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.layout.Word;

class WordSegmenterTest {
    private static final double SIZE = 9;
    private static final double LETTER = 4.5;

    /** Glyphs of the words laid out with {@code letterGap} between letters and {@code wordGap} between words. */
    private static List<Glyph> line(double letterGap, double wordGap, String... words) {
        List<Glyph> glyphs = new ArrayList<>();
        double x = 72;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                glyphs.add(new Glyph(word.substring(i, i + 1), x, LETTER, 700, SIZE, false, false));
                x += LETTER + (i == word.length() - 1 ? wordGap : letterGap);
            }
        }
        return glyphs;
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void aTightJustifiedWordGapWithoutSpaceCharacterSeparatesWords() {
        List<Glyph> glyphs = line(0.0, 0.17 * SIZE, "Prolonged", "transition", "time", "between");

        assertThat(texts(WordSegmenter.words(glyphs))).containsExactly("Prolonged", "transition", "time", "between");
    }

    @Test
    void kernedLettersAndTinyPositiveGapsStayInOneWord() {
        List<Glyph> glyphs = new ArrayList<>();
        double[] gaps = {-0.6, 0.26, -0.17, 0.05, 0.0, -0.3, 0.06};
        double x = 72;
        String word = "Toxicity";
        for (int i = 0; i < word.length(); i++) {
            glyphs.add(new Glyph(word.substring(i, i + 1), x, LETTER, 700, SIZE, false, false));
            x += LETTER + (i < gaps.length ? gaps[i] : 0);
        }

        assertThat(texts(WordSegmenter.words(glyphs))).containsExactly("Toxicity");
    }

    @Test
    void letterSpacedTextIsNotCutIntoLetters() {
        List<Glyph> glyphs = line(0.11 * SIZE, 0.45 * SIZE, "RESULTS", "AND", "DISCUSSION");

        assertThat(texts(WordSegmenter.words(glyphs))).containsExactly("RESULTS", "AND", "DISCUSSION");
    }

    @Test
    void aSpaceCharacterAlwaysEndsAWordEvenWithoutAGap() {
        List<Glyph> glyphs = new ArrayList<>(line(0, 0, "ab", "cd"));
        Glyph c = glyphs.get(2);
        glyphs.set(2, new Glyph(c.text(), c.x(), c.width(), c.baseline(), c.fontSize(), c.bold(), true));

        assertThat(texts(WordSegmenter.words(glyphs))).containsExactly("ab", "cd");
    }

    @Test
    void aRaisedSmallerNumberAfterAWordIsACitationMarkerApartFromIt() {
        List<Glyph> glyphs = new ArrayList<>(line(0, 0, "KEYNOTE"));
        double x = glyphs.get(glyphs.size() - 1).right() + 0.2;
        glyphs.add(new Glyph("5", x, 3, 700 - 3.5, 6, false, false));

        assertThat(texts(WordSegmenter.words(glyphs))).containsExactly("KEYNOTE", "5");
    }

    @Test
    void aSubscriptOrSameSizeDigitStaysWithItsWord() {
        List<Glyph> glyphs = new ArrayList<>(line(0, 0, "CD"));
        glyphs.add(new Glyph("8", glyphs.get(1).right(), LETTER, 700, SIZE, false, false));
        glyphs.add(new Glyph("2", glyphs.get(2).right(), 3, 702, 6, false, false));

        assertThat(texts(WordSegmenter.words(glyphs))).containsExactly("CD82");
    }
}
