package org.oncocurate.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model of the characters OCR confuses: the readings a damaged word may have been before OCR, fewest changes first.
 * Letters and digits of like shape swap (I, l, 1; O, 0), a doubled look-alike creeps in ("MLNO0128"), and Greek
 * letters come out as Latin letters of like shape: α as a, o, c, q or two characters (ERα read "ERo", "ERot", "ERo."),
 * β as B, P or p, γ as y, δ as d, κ as x, k or K (NF-κB read "NF-xB").
 */
public final class OcrConfusions {
    /** For each character OCR produces, what it may have been. */
    private static final Map<Character, String> INTENDED = Map.ofEntries(
            Map.entry('I', "1l"), Map.entry('l', "1I"), Map.entry('1', "Il"), Map.entry('i', "1"),
            Map.entry('O', "0"), Map.entry('0', "Oα"), Map.entry('o', "0α"), Map.entry('a', "α"), Map.entry('c', "α"),
            Map.entry('q', "α"), Map.entry('B', "β"), Map.entry('P', "β"), Map.entry('p', "β"),
            Map.entry('y', "γ"), Map.entry('d', "δ"), Map.entry('x', "κ"), Map.entry('k', "κ"), Map.entry('K', "κ"));
    /** Two-character readings of a final α. */
    private static final List<String> ALPHA_ENDINGS = List.of("oo", "o.", "ot", "ol", "or", "ai", "ao", "at", "ct", "a.");
    private static final int MAX_LENGTH = 24;

    private final int maxChanges;
    private final int maxReadings;

    /** One possible original of a damaged word, and how many changes lead to it. */
    public record Reading(String text, int changes) {
    }

    public OcrConfusions(int maxChanges, int maxReadings) {
        this.maxChanges = maxChanges;
        this.maxReadings = maxReadings;
    }

    /** The readings of {@code damaged} other than itself, fewest changes first; none for overlong words. */
    public List<Reading> readings(String damaged) {
        Map<String, Integer> found = new LinkedHashMap<>();
        if (damaged.isEmpty() || damaged.length() > MAX_LENGTH) {
            return List.of();
        }
        expand(damaged, 0, found);
        for (String ending : ALPHA_ENDINGS) {
            if (damaged.length() > ending.length() + 1 && damaged.endsWith(ending)) {
                expandFrom(damaged.substring(0, damaged.length() - ending.length()) + "α", 1, found);
            }
        }
        for (int i = 1; i < damaged.length(); i++) {
            if (lookAlikes(damaged.charAt(i - 1), damaged.charAt(i))) {
                expandFrom(damaged.substring(0, i) + damaged.substring(i + 1), 1, found);
                expandFrom(damaged.substring(0, i - 1) + damaged.substring(i), 1, found);
            }
        }
        found.remove(damaged);
        List<Reading> readings = new ArrayList<>();
        found.forEach((text, changes) -> readings.add(new Reading(text, changes)));
        readings.sort(Comparator.comparingInt(Reading::changes));
        return readings.size() > maxReadings ? readings.subList(0, maxReadings) : readings;
    }

    private void expandFrom(String start, int changes, Map<String, Integer> found) {
        if (changes <= maxChanges) {
            found.merge(start, changes, Math::min);
            expand(start, changes, found);
        }
    }

    /** Adds every reading of {@code text} reached by single-character swaps, up to the change budget. */
    private void expand(String text, int changes, Map<String, Integer> found) {
        List<String> frontier = List.of(text);
        found.merge(text, changes, Math::min);
        for (int step = changes + 1; step <= maxChanges && !frontier.isEmpty(); step++) {
            List<String> next = new ArrayList<>();
            for (String word : frontier) {
                for (int i = 0; i < word.length(); i++) {
                    String intended = INTENDED.get(word.charAt(i));
                    if (intended == null) {
                        continue;
                    }
                    for (int k = 0; k < intended.length(); k++) {
                        String variant = word.substring(0, i) + intended.charAt(k) + word.substring(i + 1);
                        if (!found.containsKey(variant) && found.size() < maxReadings * 4) {
                            found.put(variant, step);
                            next.add(variant);
                        }
                    }
                }
            }
            frontier = next;
        }
    }

    /** "O0", "0O", "I1", "l1": a character and its look-alike side by side, one of them added by OCR. */
    private static boolean lookAlikes(char a, char b) {
        String pair = "" + a + b;
        return pair.equals("O0") || pair.equals("0O") || pair.equals("I1") || pair.equals("1I") || pair.equals("l1")
                || pair.equals("1l");
    }
}
