package org.oncocurate.extract.gene;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.oncocurate.extract.text.DictionaryFinder;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Lexicon;

/** Human genes: official symbol, NCBI Gene id, and the aliases oncology text uses for them. */
public final class GeneLexicon {
    private final Lexicon lexicon;
    private final Map<String, String> geneIds = new HashMap<>();
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> caseless = new HashMap<>();

    private GeneLexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String[] row : lexicon.rows()) {
            String symbol = row[0];
            geneIds.put(symbol, row[1]);
            exact.put(symbol, symbol);
            if (row.length > 2 && !row[2].isBlank()) {
                for (String alias : row[2].split("\\|")) {
                    if (alias.contains(" ") || alias.length() > 6) {
                        caseless.put(alias.toLowerCase(Locale.ROOT), symbol);
                    } else {
                        exact.put(alias, symbol);
                    }
                }
            }
        }
    }

    public static GeneLexicon load() {
        return new GeneLexicon(Lexicon.load("genes", GeneLexicon.class, "genes.tsv"));
    }

    public String version() {
        return lexicon.version();
    }

    public String geneId(String symbol) {
        return geneIds.get(symbol);
    }

    public Finder finder() {
        return new DictionaryFinder(exact, caseless, 0.9);
    }
}
