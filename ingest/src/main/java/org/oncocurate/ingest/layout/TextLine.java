package org.oncocurate.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.oncocurate.model.text.BoundingBox;

/** Words that sit on one baseline within one column, left to right. */
public record TextLine(List<Word> words) {
    public TextLine {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line needs words");
        }
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::left));
        words = List.copyOf(sorted);
    }

    /** The words joined by single spaces. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(word.text());
        }
        return text.toString();
    }

    public double left() {
        return words.get(0).left();
    }

    public double right() {
        double right = -Double.MAX_VALUE;
        for (Word word : words) {
            right = Math.max(right, word.right());
        }
        return right;
    }

    public double top() {
        double top = Double.MAX_VALUE;
        for (Word word : words) {
            top = Math.min(top, word.top());
        }
        return top;
    }

    public double bottom() {
        double bottom = -Double.MAX_VALUE;
        for (Word word : words) {
            bottom = Math.max(bottom, word.bottom());
        }
        return bottom;
    }

    /** The baseline of the line's largest print. */
    public double baseline() {
        Word largest = words.get(0);
        for (Word word : words) {
            if (word.fontSize() > largest.fontSize()) {
                largest = word;
            }
        }
        return largest.baseline();
    }

    /** The font size that most of the line's characters are set in. */
    public double fontSize() {
        double bestSize = words.get(0).fontSize();
        double bestWeight = 0;
        for (Word candidate : words) {
            double weight = 0;
            for (Word word : words) {
                if (Math.abs(word.fontSize() - candidate.fontSize()) < 0.5) {
                    weight += word.text().length();
                }
            }
            if (weight > bestWeight) {
                bestWeight = weight;
                bestSize = candidate.fontSize();
            }
        }
        return bestSize;
    }

    /** True when most of the line's characters are bold. */
    public boolean bold() {
        int bold = 0;
        int all = 0;
        for (Word word : words) {
            all += word.text().length();
            if (word.bold()) {
                bold += word.text().length();
            }
        }
        return bold * 2 > all;
    }

    public BoundingBox box() {
        return BoundingBox.ofCorners(left(), top(), right(), bottom());
    }
}
