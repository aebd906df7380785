package org.oncocurate.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.oncocurate.ingest.layout.Word;

/**
 * Splits the glyphs of one printed line into words by geometry. Many publishers set justified text without space
 * characters: a word gap then exists only as the distance between two glyphs. A gap starts a new word when it is
 * wider than {@link #WORD_BREAK_EM} of the font size beyond the line's own typical gap between letters (so text set
 * with letter spacing is not cut into letters), as poppler does with its fixed 0.1 em. Kerned letters sit closer
 * than that (their gaps are near zero or negative) and are never split. A space character always ends a word; a
 * glyph that steps back by more than half an em (overprinting, a new text object) starts one, and so does the start
 * of a raised, smaller run (a superscript citation marker after a word).
 */
final class WordSegmenter {
    /** A gap wider than this share of the font size, beyond the line's letter spacing, separates two words. */
    static final double WORD_BREAK_EM = 0.1;
    /** Letter spacing counted at most this far (in em): wider typical gaps mean a line of short words. */
    private static final double MAX_TRACKING_EM = 0.12;
    /** Fewer letter gaps than this say nothing reliable about a line's letter spacing. */
    private static final int MIN_GAPS_FOR_TRACKING = 6;

    private WordSegmenter() {
    }

    /** The words of one line, its glyphs given in content order. */
    static List<Word> words(List<Glyph> line) {
        List<Word> words = new ArrayList<>();
        if (line.isEmpty()) {
            return words;
        }
        double tracking = tracking(line);
        int start = 0;
        for (int i = 1; i < line.size(); i++) {
            if (breaksBefore(line.get(i - 1), line.get(i), tracking)) {
                addWord(words, line.subList(start, i));
                start = i;
            }
        }
        addWord(words, line.subList(start, line.size()));
        return words;
    }

    /** The line's typical gap between letters, in em: the median of its gaps, clamped to [0, 0.12]. */
    static double tracking(List<Glyph> line) {
        double[] gaps = new double[line.size()];
        int n = 0;
        for (int i = 1; i < line.size(); i++) {
            Glyph previous = line.get(i - 1);
            Glyph glyph = line.get(i);
            if (!glyph.spaceBefore()) {
                gaps[n++] = gapEm(previous, glyph);
            }
        }
        if (n < MIN_GAPS_FOR_TRACKING) {
            return 0;
        }
        Arrays.sort(gaps, 0, n);
        return Math.max(0, Math.min(MAX_TRACKING_EM, gaps[n / 2]));
    }

    private static boolean breaksBefore(Glyph previous, Glyph glyph, double tracking) {
        if (glyph.spaceBefore()) {
            return true;
        }
        double gap = gapEm(previous, glyph);
        return gap > WORD_BREAK_EM + tracking || gap < -0.5 || startsSuperscript(previous, glyph);
    }

    private static double gapEm(Glyph previous, Glyph glyph) {
        return (glyph.x() - previous.right()) / Math.min(previous.fontSize(), glyph.fontSize());
    }

    /** A clearly smaller glyph raised above the baseline of a letter before it: a citation or footnote marker. */
    private static boolean startsSuperscript(Glyph previous, Glyph glyph) {
        return glyph.fontSize() < 0.85 * previous.fontSize()
                && previous.baseline() - glyph.baseline() > 0.2 * previous.fontSize()
                && Character.isLetter(previous.text().codePointAt(previous.text().length() - 1))
                && Character.isDigit(glyph.text().codePointAt(0));
    }

    private static void addWord(List<Word> words, List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double ascent = Double.MAX_VALUE;
        double descent = -Double.MAX_VALUE;
        Glyph largest = glyphs.get(0);
        for (Glyph glyph : glyphs) {
            text.append(glyph.text());
            left = Math.min(left, glyph.x());
            right = Math.max(right, glyph.right());
            ascent = Math.min(ascent, glyph.baseline() - 0.75 * glyph.fontSize());
            descent = Math.max(descent, glyph.baseline() + 0.22 * glyph.fontSize());
            if (glyph.fontSize() > largest.fontSize()) {
                largest = glyph;
            }
        }
        String value = text.toString().strip();
        if (!value.isEmpty()) {
            words.add(new Word(value, left, ascent, Math.max(right, left), descent, largest.baseline(),
                    largest.fontSize(), glyphs.get(0).bold()));
        }
    }
}
