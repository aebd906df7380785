package org.oncocurate.ingest.layout;

import java.util.Locale;
import java.util.Set;

/**
 * Decides how to join two lines when the first ends in a hyphen: keep the hyphen ({@code receptor-} +
 * {@code positive} is the compound {@code receptor-positive}) or drop it ({@code pheno-} + {@code type} is the word
 * {@code phenotype} that typesetting split). The evidence is the document's own vocabulary (does the compound or the
 * closed-up word occur elsewhere, are both halves words of their own) and a few facts of English spelling.
 */
public final class Dehyphenator {
    /** How two lines are joined. */
    public enum Join {
        /** The lines are joined with a space: the first does not end in a hyphen. */
        SPACE,
        /** The hyphen stays and the lines are joined without a space: a compound or a range. */
        KEEP_HYPHEN,
        /** The hyphen goes and the halves are closed up: a word that typesetting split. */
        DROP_HYPHEN
    }

    /** Prefixes that English writes with a hyphen before any word (self-renewal, ex-smoker, quasi-experimental). */
    private static final Set<String> HYPHENATED_PREFIXES = Set.of("self", "ex", "all", "quasi", "half", "well");
    /**
     * Combining forms that are not words of their own and close up with what follows (phenotype, chemotherapy,
     * immunohistochemistry): a line break after one of them splits a single word.
     */
    private static final Set<String> COMBINING_FORMS = Set.of("pheno", "geno", "chemo", "immuno", "radio", "cyto",
            "onco", "hemato", "haemato", "neuro", "cardio", "hepato", "nephro", "gastro", "patho", "histo", "myelo",
            "lympho", "osteo", "derma", "dermato", "endo", "exo", "epi", "hyper", "hypo", "pharmaco", "thera");
    private static final String VOWELS = "aeiou";
    private static final char SOFT_HYPHEN = '\u00AD';

    private final Vocabulary vocabulary;

    public Dehyphenator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** True when the token ends with a hyphen or dash that may join it to the next line. */
    public static boolean endsWithHyphen(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char last = token.charAt(token.length() - 1);
        return last == '-' || last == '\u2010' || last == '\u2011' || last == SOFT_HYPHEN || endsWithDash(token);
    }

    /** An en or em dash attached to a word ("5\u2013", "HR\u2014") binds to the next line without a space. */
    private static boolean endsWithDash(String token) {
        char last = token.charAt(token.length() - 1);
        return token.length() > 1 && (last == '\u2013' || last == '\u2014');
    }

    /** How the line ending in {@code lastToken} joins the line starting with {@code firstToken}. */
    public Join decide(String lastToken, String firstToken) {
        if (!endsWithHyphen(lastToken) || firstToken.isEmpty()) {
            return Join.SPACE;
        }
        if (lastToken.charAt(lastToken.length() - 1) == SOFT_HYPHEN) {
            return Join.DROP_HYPHEN;
        }
        if (endsWithDash(lastToken)) {
            return Join.KEEP_HYPHEN;
        }
        String head = trailingLetters(lastToken.substring(0, lastToken.length() - 1));
        String tail = leadingLetters(firstToken);
        if (!head.isEmpty() && !tail.isEmpty() && vocabulary.hasCompound(head, tail)) {
            return Join.KEEP_HYPHEN;
        }
        if (vocabulary.hasHyphenFinal(lastToken)) {
            return Join.SPACE;
        }
        if (head.isEmpty() || tail.isEmpty() || !Character.isLowerCase(tail.charAt(0)) || isSymbol(head)) {
            return Join.KEEP_HYPHEN;
        }
        if (vocabulary.hasWord(head + tail)) {
            return Join.DROP_HYPHEN;
        }
        String lowerHead = head.toLowerCase(Locale.ROOT);
        if (HYPHENATED_PREFIXES.contains(lowerHead) || doubledVowel(lowerHead, tail)) {
            return Join.KEEP_HYPHEN;
        }
        if (COMBINING_FORMS.contains(lowerHead)) {
            return Join.DROP_HYPHEN;
        }
        if (tail.length() >= 3 && vocabulary.hasWordOrPart(tail)) {
            return Join.KEEP_HYPHEN;
        }
        return Join.DROP_HYPHEN;
    }

    /** A letter run with digits or capitals after its first letter is a symbol (HER2, NF, mTOR), never split. */
    private static boolean isSymbol(String head) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isDigit(c) || i > 0 && Character.isUpperCase(c)) {
                return true;
            }
        }
        return head.length() == 1;
    }

    /** English keeps the hyphen between a prefix ending in a vowel and a word starting with it (anti-inflammatory). */
    private static boolean doubledVowel(String head, String tail) {
        char last = head.charAt(head.length() - 1);
        char first = Character.toLowerCase(tail.charAt(0));
        return last == first && VOWELS.indexOf(last) >= 0;
    }

    private static String trailingLetters(String text) {
        int i = text.length();
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i);
    }

    private static String leadingLetters(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }
}
