package org.oncocurate.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a paper defines, found with the algorithm of Schwartz and Hearst (2003): "long form (SF)" and
 * "SF (long form)", the short form's characters found in order in the long form, the first one at the start of a
 * word; plus the "SF = long form" and "SF: long form;" definitions of table footnotes and abbreviation lists. The first definition of a short form wins.
 * Immutable.
 */
public final class Abbreviations {
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,120})\\)");
    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}][\\p{L}\\p{N}/+-]{0,9})\\s*[=:]\\s*([\\p{L}][^;=:.\\n]{2,80}?)(?=\\s*(?:[;.\\n]|$|[\\p{Lu}][\\p{L}\\p{N}/+-]{0,9}\\s*[=:]))");
    private static final Abbreviations NONE = new Abbreviations(Map.of());

    private final Map<String, Definition> byShortForm;

    /**
     * One definition: the short form and its long form as printed, with the long form's span in the paper's text.
     */
    public record Definition(String shortForm, String longForm, int longStart, int longEnd) {
        public Definition {
            if (shortForm.isBlank() || longForm.isBlank() || longEnd < longStart) {
                throw new IllegalArgumentException("bad abbreviation definition " + shortForm + " = " + longForm);
            }
        }
    }

    private Abbreviations(Map<String, Definition> byShortForm) {
        this.byShortForm = byShortForm;
    }

    /** No definitions. */
    public static Abbreviations none() {
        return NONE;
    }

    /** The definitions made in a paper's sentences, first definition first. */
    public static Abbreviations of(List<Sentence> sentences) {
        Map<String, Definition> found = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            for (Definition definition : in(sentence.text(), sentence.start())) {
                found.putIfAbsent(definition.shortForm(), definition);
            }
        }
        return new Abbreviations(found);
    }

    /** The definitions of one text starting at paper offset {@code offset}, in order. */
    static List<Definition> in(String text, int offset) {
        List<Definition> found = new ArrayList<>();
        Matcher parenthesis = PARENTHESIS.matcher(text);
        while (parenthesis.find()) {
            Definition definition = parenthesized(text, parenthesis, offset);
            if (definition != null) {
                found.add(definition);
            }
        }
        Matcher footnote = FOOTNOTE.matcher(text);
        while (footnote.find()) {
            String shortForm = footnote.group(1);
            String longForm = footnote.group(2).strip();
            if (shortFormLike(shortForm) && capitalsOrDigits(shortForm) >= 2 && bestLongForm(shortForm, longForm) != null
                    && bestLongForm(shortForm, longForm).equals(longForm)) {
                found.add(new Definition(shortForm, longForm, offset + footnote.start(2),
                        offset + footnote.start(2) + longForm.length()));
            }
        }
        return found;
    }

    private static Definition parenthesized(String text, Matcher parenthesis, int offset) {
        String inside = parenthesis.group(1).strip();
        String first = inside.split("[;,]|\\s(?=[\\p{Lu}\\p{N}])", 2)[0].strip();
        if (shortFormLike(first) && first.split("\\s+").length <= 2) {
            String before = text.substring(0, parenthesis.start());
            String window = lastWords(before, Math.min(first.length() + 5, first.length() * 2));
            String longForm = initialsLongForm(first, window);
            if (longForm == null) {
                longForm = bestLongForm(first, window);
            }
            if (longForm != null && longForm.length() > first.length()) {
                int end = before.stripTrailing().length();
                int start = before.lastIndexOf(longForm.split(" ", 2)[0], end - longForm.split(" ")[
                        longForm.split(" ").length - 1].length());
                return new Definition(first, longForm, offset + Math.max(0, start), offset + end);
            }
            return null;
        }
        Matcher shortBefore = Pattern.compile("([\\p{L}\\p{N}][\\p{L}\\p{N}/+-]{0,9})\\s*$")
                .matcher(text.substring(0, parenthesis.start()));
        if (shortBefore.find() && shortFormLike(shortBefore.group(1)) && inside.split("\\s+").length >= 2) {
            String longForm = bestLongForm(shortBefore.group(1), inside);
            if (longForm != null && longForm.equals(inside)) {
                int start = offset + parenthesis.start(1) + parenthesis.group(1).indexOf(inside);
                return new Definition(shortBefore.group(1), inside, start, start + inside.length());
            }
        }
        return null;
    }

    /** A short form has two to ten characters, starts with a letter or digit, and has a capital or a digit. */
    static boolean shortFormLike(String candidate) {
        if (candidate.length() < 2 || candidate.length() > 10 || !Character.isLetterOrDigit(candidate.charAt(0))) {
            return false;
        }
        return candidate.chars().anyMatch(Character::isLetter) && capitalsOrDigits(candidate) >= 1;
    }

    private static long capitalsOrDigits(String text) {
        return text.chars().filter(c -> Character.isUpperCase(c) || Character.isDigit(c)).count();
    }

    private static String lastWords(String text, int words) {
        String[] parts = text.stripTrailing().split("\\s+");
        int from = Math.max(0, parts.length - words);
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < parts.length; i++) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(parts[i]);
        }
        String window = joined.toString();
        int cut = Math.max(window.lastIndexOf(". "), Math.max(window.lastIndexOf("; "), window.lastIndexOf(") ")));
        return cut >= 0 ? window.substring(cut + 2) : window;
    }

    /**
     * The last words of {@code window} whose initials spell the short form's letters ("thyroid transcription
     * factor-1" for TTF-1), which Schwartz and Hearst's shortest match would cut short; null when they do not.
     */
    static String initialsLongForm(String shortForm, String window) {
        String letters = shortForm.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        String[] words = window.strip().split("[\\s]+");
        if (letters.length() < 2 || words.length < letters.length()) {
            return null;
        }
        int from = words.length - letters.length();
        for (int i = 0; i < letters.length(); i++) {
            String word = words[from + i];
            if (word.isEmpty() || Character.toLowerCase(word.charAt(0)) != letters.charAt(i)) {
                return null;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /**
     * Schwartz and Hearst's match: the shortest ending of {@code longForm} in which the short form's letters and
     * digits appear in order, the first one at the start of a word. Null when there is none.
     */
    static String bestLongForm(String shortForm, String longForm) {
        int s = shortForm.length() - 1;
        int l = longForm.length() - 1;
        while (s >= 0) {
            char c = Character.toLowerCase(shortForm.charAt(s));
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while ((l >= 0 && Character.toLowerCase(longForm.charAt(l)) != c)
                    || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            l--;
            s--;
        }
        int start = longForm.lastIndexOf(' ', l) + 1;
        String found = longForm.substring(start).strip();
        if (found.toLowerCase(Locale.ROOT).equals(shortForm.toLowerCase(Locale.ROOT))
                || found.split("\\s+").length > Math.min(shortForm.length() + 5, shortForm.length() * 2)) {
            return null;
        }
        return found;
    }

    /** The long form the paper gives {@code shortForm}, if it defines it. */
    public Optional<Definition> of(String shortForm) {
        return Optional.ofNullable(byShortForm.get(shortForm));
    }

    public Collection<Definition> definitions() {
        return byShortForm.values();
    }

    public boolean isEmpty() {
        return byShortForm.isEmpty();
    }
}
