package org.oncocurate.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far the text ingest reads agrees with another extractor's text of the same PDF (poppler's pdftotext, mutool):
 * the share of the reference's word 6-grams that ingest also produces, and the words of 25 or more letters that only
 * ingest produces (glued words). Made fair to a reader better than the reference, as the project's text-agreement
 * script is: hyphens inside words are ignored on both sides, the reference's running heads and feet (lines that
 * recur, digits aside, on at least half of three or more pages) and bare page numbers are left out, and the
 * {@code " | "} cell separators of ingest's tables are ignored.
 */
record TextAgreement(double share, int glued) {
    private static final int N = 6;
    private static final Pattern BROKEN_WORD = Pattern.compile("(\\w)[-\u2010\u2011]\\n(\\w)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\w)[-\u2010\u2011](?=\\w)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LONG_WORD = Pattern.compile("\\b[A-Za-z]{25,}\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*\\d+\\s*");

    /** Compares ingest's text with a reference text whose pages are separated by form feeds. */
    static TextAgreement of(String ours, String reference) {
        String mine = unhyphenated(ours).replace(" | ", " ");
        String theirs = unhyphenated(body(reference));
        Set<List<String>> referenceGrams = grams(words(theirs));
        Set<List<String>> shared = grams(words(mine));
        shared.retainAll(referenceGrams);
        double share = (double) shared.size() / Math.max(1, referenceGrams.size());
        return new TextAgreement(share, Math.max(0, longWords(mine) - longWords(theirs)));
    }

    /** The reference's lines without its running heads and feet and bare page numbers. */
    static String body(String reference) {
        String[] pages = reference.split("\f", -1);
        Map<String, Integer> seen = new HashMap<>();
        for (String page : pages) {
            Set<String> shapes = new HashSet<>();
            for (String line : page.split("\n")) {
                if (!line.isBlank()) {
                    shapes.add(shape(line));
                }
            }
            shapes.forEach(shape -> seen.merge(shape, 1, Integer::sum));
        }
        int furniture = Math.max(3, (pages.length + 1) / 2);
        StringBuilder body = new StringBuilder();
        for (String page : pages) {
            for (String line : page.split("\n")) {
                boolean running = pages.length >= 3 && seen.getOrDefault(shape(line), 0) >= furniture;
                if (!running && !PAGE_NUMBER.matcher(line).matches()) {
                    body.append(line).append('\n');
                }
            }
        }
        return body.toString();
    }

    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }

    private static String unhyphenated(String text) {
        String joined = BROKEN_WORD.matcher(text).replaceAll("$1$2");
        return INNER_HYPHEN.matcher(joined).replaceAll("");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SPACE.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static Set<List<String>> grams(List<String> words) {
        Set<List<String>> grams = new HashSet<>();
        for (int i = 0; i + N <= words.size(); i++) {
            grams.add(List.copyOf(words.subList(i, i + N)));
        }
        return grams;
    }

    private static int longWords(String text) {
        Matcher matcher = LONG_WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
