package org.oncocurate.extract.drug;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.oncocurate.extract.text.DictionaryFinder;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Lexicon;

/** Oncology drugs: lowercase INN, drug class, and brands, development codes and abbreviations. */
public final class DrugLexicon {
    private static final int SHORT_SYNONYM = 5;

    private final Lexicon lexicon;
    private final Map<String, String> classes = new HashMap<>();
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> caseless = new HashMap<>();

    private DrugLexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String[] row : lexicon.rows()) {
            String inn = row[0];
            classes.put(inn, row.length > 1 && !row[1].isBlank() ? row[1] : null);
            caseless.put(inn.toLowerCase(Locale.ROOT), inn);
            if (row.length > 2 && !row[2].isBlank()) {
                for (String synonym : row[2].split("\\|")) {
                    // Short abbreviations ("SG", "TAM") are words in other senses unless written exactly.
                    if (synonym.length() < SHORT_SYNONYM) {
                        exact.put(synonym, inn);
                    } else {
                        caseless.put(synonym.toLowerCase(Locale.ROOT), inn);
                    }
                }
            }
        }
    }

    public static DrugLexicon load() {
        return new DrugLexicon(Lexicon.load("drugs", DrugLexicon.class, "drugs.tsv"));
    }

    public String version() {
        return lexicon.version();
    }

    public String drugClass(String inn) {
        return classes.get(inn);
    }

    public Finder finder() {
        return new DictionaryFinder(exact, caseless, 0.9);
    }
}
