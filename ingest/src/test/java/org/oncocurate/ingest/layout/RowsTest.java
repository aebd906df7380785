package org.oncocurate.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsTest {
    @Test
    void superscriptMarkersAtTheEndOfALineJoinTheirLineAndStayApartFromTheirWord() {
        List<Word> words = new ArrayList<>(TestWords.line("Robert West", 72, 700, 10));
        Word west = words.get(1);
        words.add(script("6", west.right(), 700 - 3.5, 6.5));
        words.addAll(TestWords.line("and Adrian Taylor", 72, 712, 10));

        List<List<Word>> rows = Rows.of(words);

        assertThat(rows).hasSize(2);
        assertThat(new TextLine(rows.get(0)).text()).isEqualTo("Robert West 6");
    }

    @Test
    void aSubscriptJoinsTheLineItIsSetBelow() {
        List<Word> words = new ArrayList<>(TestWords.line("levels of KH", 72, 700, 10));
        words.add(script("2", words.get(2).right(), 700 + 2.5, 6.5));
        words.addAll(TestWords.line("were measured", 72, 712, 10));

        assertThat(Rows.of(words)).hasSize(2);
        assertThat(new TextLine(Rows.of(words).get(0)).text()).isEqualTo("levels of KH 2");
    }

    @Test
    void aLineOfSmallPrintUnderALineIsNoScriptOfIt() {
        List<Word> words = new ArrayList<>(TestWords.line("Median survival was 7.9 months", 72, 700, 10));
        words.addAll(TestWords.line("a Values are medians", 72, 708, 7));

        assertThat(Rows.of(words)).hasSize(2);
    }

    @Test
    void aSmallWordFarFromEveryWordOfTheRowAboveStaysInItsOwnRow() {
        List<Word> words = new ArrayList<>(TestWords.line("Median survival", 72, 700, 10));
        words.add(script("3", 300, 700 - 4.5, 6.5));

        assertThat(Rows.of(words)).hasSize(2);
    }

    private static Word script(String text, double left, double baseline, double size) {
        double width = text.length() * size / 2;
        return new Word(text, left, baseline - 0.75 * size, left + width, baseline + 0.22 * size, baseline, size,
                false);
    }
}
