package org.oncocurate.extract.text;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Greek letters as oncology names use them (ERα, p110β, IκBα) and the ways they are spelled out in Latin letters. */
public final class GreekLetters {
    private static final Map<Character, String> SPELLED = Map.of(
            'α', "alpha", 'β', "beta", 'γ', "gamma", 'δ', "delta", 'ε', "epsilon", 'κ', "kappa", 'Δ', "Delta");

    private GreekLetters() {
    }

    public static boolean containsGreek(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SPELLED.containsKey(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The form with its Greek letters spelled out: "ERα" gives ERalpha, ER-alpha and ER alpha. */
    public static Set<String> spelledOut(String form) {
        Set<String> variants = new LinkedHashSet<>();
        if (!containsGreek(form)) {
            return variants;
        }
        StringBuilder joined = new StringBuilder();
        StringBuilder hyphenated = new StringBuilder();
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            String spelled = SPELLED.get(c);
            if (spelled == null) {
                joined.append(c);
                hyphenated.append(c);
                spaced.append(c);
                continue;
            }
            boolean afterLetterOrDigit = i > 0 && Character.isLetterOrDigit(form.charAt(i - 1));
            joined.append(spelled);
            hyphenated.append(afterLetterOrDigit ? "-" : "").append(spelled);
            spaced.append(afterLetterOrDigit ? " " : "").append(spelled);
        }
        variants.add(joined.toString());
        variants.add(hyphenated.toString());
        variants.add(spaced.toString());
        return variants;
    }
}
