package org.oncocurate.extract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.oncocurate.extract.drug.DrugLexicon;
import org.oncocurate.extract.gene.GeneLexicon;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.OtherSenses;
import org.oncocurate.extract.text.SentenceSplitter;
import org.oncocurate.extract.trial.TrialRegistry;
import org.oncocurate.extract.variant.VariantFinder;

/** Models and lexicons: loaded once per process and shared, read-only, by every extractor. */
public final class ExtractionResources {
    private final SentenceSplitter.Models models;
    private final GeneLexicon genes;
    private final DrugLexicon drugs;
    private final TrialRegistry trials;
    private final OtherSenses senses;
    private final String sensesVersion;
    private final Lexicon hotspots;

    private ExtractionResources(SentenceSplitter.Models models, GeneLexicon genes, DrugLexicon drugs,
                                TrialRegistry trials, Lexicon senses, Lexicon hotspots) {
        this.models = models;
        this.genes = genes;
        this.drugs = drugs;
        this.trials = trials;
        this.senses = OtherSenses.from(senses);
        this.sensesVersion = senses.version();
        this.hotspots = hotspots;
    }

    /** The project's own models and lexicons. */
    public static ExtractionResources load() {
        return load(Optional.empty());
    }

    /**
     * The project's own models and lexicons, the drug lexicon extended by a user-supplied DrugBank open vocabulary CSV
     * when {@code drugBankVocabulary} is given.
     */
    public static ExtractionResources load(Optional<Path> drugBankVocabulary) {
        return new ExtractionResources(SentenceSplitter.Models.load(), GeneLexicon.load(),
                DrugLexicon.load(drugBankVocabulary), TrialRegistry.load(),
                Lexicon.load("other senses", OtherSenses.class, "other-senses.tsv"), VariantFinder.hotspots());
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

    public TrialRegistry trials() {
        return trials;
    }

    /** Recurrent protein changes of cancer genes, by gene. */
    public Lexicon hotspots() {
        return hotspots;
    }

    public OtherSenses senses() {
        return senses;
    }

    /** The version of each lexicon, recorded on every finding's provenance. */
    public Map<String, String> lexiconVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("genes", genes.version());
        versions.put("drugs", drugs.version());
        versions.put("trials", trials.version());
        versions.put("senses", sensesVersion);
        versions.put("hotspots", hotspots.version());
        return versions;
    }
}
