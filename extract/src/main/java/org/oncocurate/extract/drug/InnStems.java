package org.oncocurate.extract.drug;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.oncocurate.extract.text.Lexicon;

/**
 * The WHO INN stems of {@code inn-stems.tsv}: endings that make a word the name of a kind of drug ("-tinib", "-mab").
 * All of them select DrugBank entries; those marked for the finder also make an unknown word a drug where a sentence
 * speaks of treatment. Immutable.
 */
public final class InnStems {
    private final List<String> all;
    private final List<String> forFinder;
    private final String version;

    private InnStems(List<String> all, List<String> forFinder, String version) {
        this.all = List.copyOf(all);
        this.forFinder = List.copyOf(forFinder);
        this.version = version;
    }

    public static InnStems load() {
        Lexicon lexicon = Lexicon.load("INN stems", InnStems.class, "inn-stems.tsv");
        List<String> all = new ArrayList<>();
        List<String> forFinder = new ArrayList<>();
        for (String[] row : lexicon.rows()) {
            String stem = row[0].strip().toLowerCase(Locale.ROOT);
            all.add(stem);
            if (row.length > 2 && "finder".equals(row[2].strip())) {
                forFinder.add(stem);
            }
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        all.sort(longestFirst);
        forFinder.sort(longestFirst);
        return new InnStems(all, forFinder, lexicon.version());
    }

    /** The stem that ends {@code word} with at least three letters before it, of any stem; null when none. */
    public String stemOf(String word) {
        return stemIn(all, word);
    }

    /** The finder stem that ends {@code word} with at least three letters before it, or null. */
    public String finderStemOf(String word) {
        return stemIn(forFinder, word);
    }

    public String version() {
        return version;
    }

    private static String stemIn(List<String> stems, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            if (lower.endsWith(stem) && lower.length() >= stem.length() + 3) {
                return stem;
            }
        }
        return null;
    }
}
