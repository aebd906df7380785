package org.oncocurate.extract.outcome.arm;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short forms defined in brackets after their long form, found by the matching rule of Schwartz and Hearst (2003): the
 * short form's letters and digits, read from its end, are found in order in the words before the bracket, its first
 * character starting a word. "low-dose cyclophosphamide (CPA)" defines CPA; "5 × 5 Gy radiotherapy (RT)" defines RT.
 */
public final class ParenthesisDefinitions implements ArmDefinitions {
    private static final Pattern BRACKETED = Pattern.compile("\\(([A-Za-z][A-Za-z0-9/+\\-]{1,9})\\)");
    private static final int EXTRA_WORDS = 5;

    private final Map<String, String> definitions;

    private ParenthesisDefinitions(Map<String, String> definitions) {
        this.definitions = definitions;
    }

    /** The definitions printed in {@code text}; the first definition of a short form holds. */
    public static ParenthesisDefinitions of(String text) {
        Map<String, String> found = new HashMap<>();
        Matcher matcher = BRACKETED.matcher(text);
        while (matcher.find()) {
            String shortForm = matcher.group(1);
            if (shortForm.chars().noneMatch(Character::isUpperCase) || found.containsKey(shortForm)) {
                continue;
            }
            String longForm = longForm(shortForm, text.substring(Math.max(0, matcher.start() - 200),
                    matcher.start()));
            if (longForm != null) {
                found.put(shortForm, longForm);
            }
        }
        return new ParenthesisDefinitions(found);
    }

    @Override
    public String longForm(String shortForm) {
        return definitions.get(shortForm);
    }

    /** The words before the bracket that the short form abbreviates, or null. */
    static String longForm(String shortForm, String before) {
        String[] words = before.strip().split("\\s+");
        int maxWords = Math.min(shortForm.length() + EXTRA_WORDS, shortForm.length() * 2);
        int first = Math.max(0, words.length - maxWords);
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        String lower = candidate.toLowerCase(Locale.ROOT);
        String letters = shortForm.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        int s = letters.length() - 1;
        int l = lower.length() - 1;
        while (s >= 0) {
            char c = letters.charAt(s);
            while (l >= 0 && (lower.charAt(l) != c || s == 0 && l > 0 && Character.isLetterOrDigit(lower.charAt(l - 1)))) {
                l--;
            }
            if (l < 0) {
                return null;
            }
            s--;
            l--;
        }
        int start = l + 1;
        String longForm = candidate.substring(start).strip();
        return longForm.length() > shortForm.length() ? longForm : null;
    }
}
