package org.oncocurate.extract.text;

/**
 * A view of a text for dictionary matching: line breaks and runs of white space read as one space, a hyphen at the end
 * of a line joins the two lines ("NF-\nkB" reads "NF-kB", "MONALEESA-\n2" reads "MONALEESA-2"), and the many dashes
 * of typeset text read as "-". Every character of the view maps back to its offset in the original text.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origin;
    private final int originalLength;

    private NormalizedText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    public static NormalizedText of(String original) {
        StringBuilder view = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                int runStart = i;
                boolean lineBreak = false;
                while (i < original.length() && isSpace(original.charAt(i))) {
                    lineBreak |= original.charAt(i) == '\n' || original.charAt(i) == '\r';
                    i++;
                }
                int length = view.length();
                boolean joinsHyphenatedLine = lineBreak && length >= 2 && view.charAt(length - 1) == '-'
                        && view.charAt(length - 2) != ' ';
                if (length > 0 && !joinsHyphenatedLine) {
                    origin[view.length()] = runStart;
                    view.append(' ');
                }
                continue;
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212') {
                c = '-';
            }
            origin[view.length()] = i;
            view.append(c);
            i++;
        }
        return new NormalizedText(view.toString(), origin, original.length());
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    public String text() {
        return text;
    }

    /** The offset in the original text of the view's character at {@code index}. */
    public int originalStart(int index) {
        return index >= text.length() ? originalLength : origin[index];
    }

    /** The original offset just past the view's span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
