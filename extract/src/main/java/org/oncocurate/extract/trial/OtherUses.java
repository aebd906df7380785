package org.oncocurate.extract.trial;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a paper itself shows to be something other than a trial, read from the whole text once: a questionnaire,
 * scale or score ("the FKSI-DRS subscale": every FKSI name is then an instrument), a diagram or reporting guideline
 * ("CONSORT diagram"), and a regimen the paper defines by its drugs ("oxaliplatin/LV/5-FU (FOLFOX-4)"). Such names
 * have the shape of trial names, so they are ruled out by what the paper says of them, not by a list. Immutable.
 */
public final class OtherUses {
    /** A name of trial shape: two capitals or more, digits and hyphenated parts allowed ("FKSI-15", "FOLFOX-4"). */
    private static final String NAME = "([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)";
    /** "the FKSI-DRS subscale": a measuring instrument, and with it every name of its family (FKSI-15). */
    private static final Pattern NAME_THEN_INSTRUMENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])" + NAME + "\\s+(?:questionnaires?|scales?|"
                    + "subscales?|scores?|indexe?s?|instruments?|inventory)\\b");
    /** "CONSORT diagram", "the FOLFOX-4 regimen": a diagram, guideline or regimen, unless also called a trial. */
    private static final Pattern NAME_THEN_KIND = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])" + NAME + "\\s+(?:trial\\s+)?(?:flow\\s+)?"
                    + "(?:diagrams?|flow\\s*charts?|"
                    + "statements?|checklists?|guidelines?|regimens?)\\b");
    /** "(NAME)": an abbreviation defined for the words before it. */
    private static final Pattern DEFINED = Pattern.compile(
            "\\(" + NAME + "\\)");
    /** "the NAME trial", "NAME study", "trial (NAME)": the paper calls the name a trial. */
    private static final Pattern CALLED_TRIAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])" + NAME + "\\)?\\s+(?:trials?|study)\\b"
                    + "(?!\\s+(?:flow|diagram|profile|chart))"
                    + "|(?:trial|study)\\s*\\(" + NAME + "\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LONG_FORM_END = Pattern.compile("[^()\\[\\].;:]{1,80}$");
    private static final Pattern COMBINATION_PARTS = Pattern.compile(
            "\\s*(?:/|\\+|,|\\bplus\\b|\\band\\b|\\bwith\\b)\\s*");
    private static final Pattern LETTERS = Pattern.compile("^[A-Za-z]+");
    private static final int MIN_DRUGS = 2;

    private final Set<String> names;
    private final Set<String> families;

    private OtherUses(Set<String> names, Set<String> families) {
        this.names = Set.copyOf(names);
        this.families = Set.copyOf(families);
    }

    /**
     * @param namesDrug true for a text that names a drug ("oxaliplatin", "5-FU")
     */
    public static OtherUses of(String text, Predicate<String> namesDrug) {
        Set<String> names = new HashSet<>();
        Set<String> families = new HashSet<>();
        Matcher instrument = NAME_THEN_INSTRUMENT.matcher(text);
        while (instrument.find()) {
            names.add(key(instrument.group(1)));
            Matcher letters = LETTERS.matcher(instrument.group(1));
            if (instrument.group(1).contains("-") && letters.find() && letters.group().length() >= 3) {
                families.add(letters.group().toUpperCase(Locale.ROOT));
            }
        }
        Set<String> calledTrials = new HashSet<>();
        Matcher called = CALLED_TRIAL.matcher(text);
        while (called.find()) {
            calledTrials.add(key(called.group(called.group(1) != null ? 1 : 2)));
        }
        Matcher kind = NAME_THEN_KIND.matcher(text);
        while (kind.find()) {
            if (!calledTrials.contains(key(kind.group(1)))) {
                names.add(key(kind.group(1)));
            }
        }
        Matcher defined = DEFINED.matcher(text);
        while (defined.find()) {
            Matcher longForm = LONG_FORM_END.matcher(text.substring(Math.max(0, defined.start() - 80),
                    defined.start()));
            String name = key(defined.group(1));
            if (longForm.find() && !calledTrials.contains(name) && definesCombination(longForm.group(), namesDrug)) {
                names.add(name);
            }
        }
        return new OtherUses(names, families);
    }

    /** True when the paper shows {@code name} (as printed or normalized) to be something other than a trial. */
    public boolean excludes(String name) {
        if (names.contains(key(name))) {
            return true;
        }
        Matcher letters = LETTERS.matcher(name);
        return name.contains("-") && letters.find() && families.contains(letters.group().toUpperCase(Locale.ROOT));
    }

    /** The words right before the parenthesis name two or more drugs joined as one treatment. */
    private static boolean definesCombination(String longForm, Predicate<String> namesDrug) {
        String[] words = longForm.strip().split("\\s+");
        String tail = words[words.length - 1];
        String[] parts = tail.contains("/") || tail.contains("+") ? COMBINATION_PARTS.split(tail)
                : COMBINATION_PARTS.split(String.join(" ",
                        Arrays.copyOfRange(words, Math.max(0, words.length - 5), words.length)));
        int drugs = 0;
        for (String part : parts) {
            if (!part.isBlank() && namesDrug.test(part.strip())) {
                drugs++;
            }
        }
        return drugs >= MIN_DRUGS;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
