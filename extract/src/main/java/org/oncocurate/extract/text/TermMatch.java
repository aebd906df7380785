package org.oncocurate.extract.text;

/**
 * A dictionary term found in a text: {@code [start, end)} in the text that was searched, the text as it stands there,
 * and what the dictionary says the term is.
 */
public record TermMatch<T>(int start, int end, String surface, T term) {
    public TermMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad match span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
