package org.oncocurate.ingest.layout;

import java.util.ArrayList;
import java.util.List;

/** Words set on made-up pages: each character half the font size wide, spaces a quarter. */
public final class TestWords {
    private TestWords() {
    }

    /** The words of {@code text} set from {@code left} on the given baseline. */
    public static List<Word> line(String text, double left, double baseline, double size) {
        return line(text, left, baseline, size, false);
    }

    public static List<Word> line(String text, double left, double baseline, double size, boolean bold) {
        List<Word> words = new ArrayList<>();
        double x = left;
        for (String token : text.strip().split("\\s+")) {
            double width = token.length() * size / 2;
            words.add(new Word(token, x, baseline - 0.75 * size, x + width, baseline + 0.22 * size, baseline, size,
                    bold));
            x += width + size / 4;
        }
        return words;
    }

    /** The words of {@code text} spread to fill {@code [left, right]}, as justified type is. */
    public static List<Word> justified(String text, double left, double right, double baseline, double size) {
        String[] tokens = text.strip().split("\\s+");
        double inked = 0;
        for (String token : tokens) {
            inked += token.length() * size / 2;
        }
        double space = tokens.length > 1 ? (right - left - inked) / (tokens.length - 1) : 0;
        List<Word> words = new ArrayList<>();
        double x = left;
        for (String token : tokens) {
            double width = token.length() * size / 2;
            words.add(new Word(token, x, baseline - 0.75 * size, x + width, baseline + 0.22 * size, baseline, size,
                    false));
            x += width + space;
        }
        return words;
    }
}
