package org.oncocurate.extract;

import java.util.Map;
import org.oncocurate.extract.drug.DrugLexicon;
import org.oncocurate.extract.gene.GeneLexicon;
import org.oncocurate.extract.text.SentenceSplitter;

/** Models and lexicons: loaded once per process and shared, read-only, by every extractor. */
public final class ExtractionResources {
    private final SentenceSplitter.Models models;
    private final GeneLexicon genes;
    private final DrugLexicon drugs;

    private ExtractionResources(SentenceSplitter.Models models, GeneLexicon genes, DrugLexicon drugs) {
        this.models = models;
        this.genes = genes;
        this.drugs = drugs;
    }

    public static ExtractionResources load() {
        return new ExtractionResources(SentenceSplitter.Models.load(), GeneLexicon.load(), DrugLexicon.load());
    }

    public SentenceSplitter.Models models() {
        return models;
    }

    public GeneLexicon genes() {
        return genes;
    }

    public DrugLexicon drugs() {
        return drugs;
    }

    /** The version of each lexicon, recorded on every finding's provenance. */
    public Map<String, String> lexiconVersions() {
        return Map.of("genes", genes.version(), "drugs", drugs.version());
    }
}
