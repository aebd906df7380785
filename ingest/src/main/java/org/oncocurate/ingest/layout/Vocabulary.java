package org.oncocurate.ingest.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a document itself uses, as evidence for joining words that a line break split: which whole words occur
 * (lower-cased), and which hyphenated compounds occur inside a line. Words at line ends are left out, since they are
 * what is in question.
 */
public final class Vocabulary {
    /** Distinct entries kept; a document with more distinct words than this is garbage or hostile. */
    static final int MAX_ENTRIES = 500_000;

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();
    private final Set<String> hyphenFinal = new HashSet<>();

    /**
     * Builds the vocabulary from lines of text in reading order. A word broken by a hyphen at a line end does not
     * count as evidence, neither its head nor its tail on the next line.
     */
    public static Vocabulary of(List<String> lines) {
        Vocabulary vocabulary = new Vocabulary();
        boolean previousBroken = false;
        for (String line : lines) {
            String[] tokens = line.strip().split("\\s+");
            for (int i = 0; i < tokens.length; i++) {
                boolean brokenHead = i == tokens.length - 1 && Dehyphenator.endsWithHyphen(tokens[i]);
                boolean brokenTail = i == 0 && previousBroken;
                if (!brokenHead && !brokenTail) {
                    vocabulary.add(tokens[i]);
                }
            }
            previousBroken = tokens.length > 0 && Dehyphenator.endsWithHyphen(tokens[tokens.length - 1]);
        }
        return vocabulary;
    }

    /** Adds one token as it appeared inside a line. */
    public void add(String token) {
        if (words.size() + compounds.size() >= MAX_ENTRIES) {
            return;
        }
        String core = trimmed(token).toLowerCase(Locale.ROOT);
        if (core.isEmpty()) {
            return;
        }
        if (Dehyphenator.endsWithHyphen(core)) {
            hyphenFinal.add(core);
            return;
        }
        if (core.indexOf('-') > 0 && !core.endsWith("-")) {
            for (String part : core.split("-")) {
                if (isWord(part)) {
                    compounds.add(part);
                }
            }
            String[] parts = core.split("-");
            for (int i = 1; i < parts.length; i++) {
                String pair = tail(parts[i - 1]) + "-" + head(parts[i]);
                compounds.add(pair);
            }
        }
        if (isWord(core)) {
            words.add(core);
        }
    }

    /** True when the word occurs on its own somewhere (case ignored). */
    public boolean hasWord(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the word occurs on its own or as a part of a hyphenated compound. */
    public boolean hasWordOrPart(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return words.contains(lower) || compounds.contains(lower);
    }

    /** True when the token, ending in a hyphen ("HER2-" for HER2-negative), occurs as it is inside a line. */
    public boolean hasHyphenFinal(String token) {
        return hyphenFinal.contains(trimmed(token).toLowerCase(Locale.ROOT));
    }

    /** True when {@code left-right} occurs inside a line, alone or as part of a longer compound. */
    public boolean hasCompound(String left, String right) {
        return compounds.contains((left + "-" + right).toLowerCase(Locale.ROOT));
    }

    private static boolean isWord(String token) {
        if (token.length() < 2) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String tail(String part) {
        int i = part.length();
        while (i > 0 && Character.isLetterOrDigit(part.charAt(i - 1))) {
            i--;
        }
        return part.substring(i);
    }

    private static String head(String part) {
        int i = 0;
        while (i < part.length() && Character.isLetterOrDigit(part.charAt(i))) {
            i++;
        }
        return part.substring(0, i);
    }

    /** The token without the punctuation around it. */
    static String trimmed(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1)) && token.charAt(end - 1) != '-') {
            end--;
        }
        return token.substring(start, end);
    }
}
