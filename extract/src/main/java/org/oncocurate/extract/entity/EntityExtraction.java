package org.oncocurate.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SpanEvidence;
import org.oncocurate.extract.trial.TrialFinder;
import org.oncocurate.model.finding.DrugFinding;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.TrialFinding;
import org.oncocurate.model.finding.TrialNames;
import org.oncocurate.model.text.PaperText;

/** Finds the genes, drugs and trials a paper mentions, each with every place it is mentioned. */
public final class EntityExtraction {
    private final ExtractionResources resources;
    private final Finder geneFinder;
    private final Finder drugFinder;
    private final Finder trialFinder = new TrialFinder();

    public EntityExtraction(ExtractionResources resources) {
        this.resources = resources;
        this.geneFinder = resources.genes().finder();
        this.drugFinder = resources.drugs().finder();
    }

    /** The entities found, and the trials named in each sentence. */
    public record Result(List<Finding> findings, TrialMentions trials) {
    }

    public Result extract(PaperText paper, List<Sentence> sentences) {
        Map<String, List<Evidence>> genes = new LinkedHashMap<>();
        Map<String, List<Evidence>> drugs = new LinkedHashMap<>();
        Map<String, List<Evidence>> trials = new LinkedHashMap<>();
        Map<String, String> trialNames = new LinkedHashMap<>();
        TrialMentions trialMentions = new TrialMentions();
        for (Sentence sentence : sentences) {
            collect(paper, sentence, geneFinder.find(sentence), genes, null);
            collect(paper, sentence, drugFinder.find(sentence), drugs, null);
            List<Mention> trialsHere = trialFinder.find(sentence);
            collect(paper, sentence, trialsHere, trials, trialNames);
            trialMentions.put(sentence, trialsHere);
        }
        List<Finding> findings = new ArrayList<>();
        genes.forEach((symbol, evidence) ->
                findings.add(new GeneFinding(symbol, resources.genes().geneId(symbol), evidence, 0.9)));
        drugs.forEach((inn, evidence) ->
                findings.add(new DrugFinding(inn, resources.drugs().drugClass(inn), evidence, 0.9)));
        trials.forEach((key, evidence) ->
                findings.add(new TrialFinding(trialNames.get(key), null, null, evidence, 0.8)));
        return new Result(findings, trialMentions);
    }

    private static void collect(PaperText paper, Sentence sentence, List<Mention> mentions,
                                Map<String, List<Evidence>> byKey, Map<String, String> names) {
        for (Mention mention : mentions) {
            String key = names == null ? mention.normalized() : TrialNames.normalize(mention.normalized());
            byKey.computeIfAbsent(key, unused -> new ArrayList<>())
                    .add(SpanEvidence.of(paper, sentence, mention.start(), mention.end(), mention.repair()));
            if (names != null) {
                names.putIfAbsent(key, mention.normalized());
            }
        }
    }
}
