package org.oncocurate.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.drug.DrugFinder;
import org.oncocurate.extract.gene.DefinedForms;
import org.oncocurate.extract.gene.GeneFinder;
import org.oncocurate.extract.text.Abbreviations;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.trial.NamesInUse;
import org.oncocurate.extract.trial.OtherUses;
import org.oncocurate.extract.trial.ShortNames;
import org.oncocurate.extract.trial.TrialFinder;
import org.oncocurate.extract.trial.TrialRegistry;
import org.oncocurate.extract.variant.VariantFinder;
import org.oncocurate.model.finding.DrugClassFinding;
import org.oncocurate.model.finding.DrugFinding;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.GeneFamilyFinding;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.TrialFinding;
import org.oncocurate.model.finding.TrialNames;
import org.oncocurate.model.finding.VariantFinding;
import org.oncocurate.model.text.PaperText;

/**
 * Finds the genes, gene families, drugs, drug classes, variants and trials a paper mentions, each with every place it
 * is mentioned. Where finders claim the same words, a trial name wins over a drug or gene inside it and a drug over a
 * gene ("T-DM1"). A drug named only by a short abbreviation ("SG") is not reported: the abbreviation alone is not
 * evidence enough. Not thread-safe only in that it holds no state between papers; create one per worker anyway.
 */
public final class EntityExtraction {
    private static final Pattern INHIBITOR_AFTER = Pattern.compile("^[\\s-]*(?:targeted\\s+)?inhibitors?\\b");
    private static final int WINDOW = 1;
    private static final double WEAK = 0.5;

    private final ExtractionResources resources;
    private final GeneFinder geneFinder;
    private final DrugFinder drugFinder;
    private final TrialFinder trialFinder;
    private final VariantFinder variantFinder;

    public EntityExtraction(ExtractionResources resources) {
        this.resources = resources;
        this.geneFinder = new GeneFinder(resources.genes(), resources.senses());
        this.drugFinder = new DrugFinder(resources.drugs(), resources.senses(),
                text -> resources.genes().names(text) || resources.trials().find(text).isPresent());
        this.trialFinder = new TrialFinder(resources.trials(), this::namesGeneOrDrug);
        this.variantFinder = new VariantFinder(this::namesGeneOrDrug, resources.hotspots());
    }

    /** The entities found, and the trials named in each sentence. */
    public record Result(List<Finding> findings, TrialMentions trials) {
    }

    public Result extract(PaperText paper, List<Sentence> sentences) {
        Collected genes = new Collected();
        Collected families = new Collected();
        Collected drugs = new Collected();
        Collected classes = new Collected();
        Collected trials = new Collected();
        Collected variants = new Collected();
        Map<String, String> variantGenes = new LinkedHashMap<>();
        TrialMentions trialMentions = new TrialMentions();
        Map<String, String> printedIds = new LinkedHashMap<>();
        List<String> earlierGenes = new ArrayList<>();
        Abbreviations abbreviations = Abbreviations.of(sentences);
        DefinedForms defined = DefinedForms.of(abbreviations, paper.text(), resources.genes(), this::namesDrug);
        Map<String, List<String>> definedDrugs = definedDrugs(abbreviations);
        OtherUses otherUses = OtherUses.of(paper.text(), resources.drugs()::names);
        Set<String> authorSurnames = surnames(paper.bibliography().authors());
        List<List<Mention>> trialsBySentence = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            String context = context(sentences, i);
            List<Mention> trialsHere = withoutAuthors(withoutOtherUses(trialFinder.find(sentence, context), otherUses),
                    authorSurnames);
            trialsBySentence.add(trialsHere);
            DrugFinder.Found drugsHere = drugFinder.find(sentence, context);
            GeneFinder.Found genesHere = geneFinder.find(sentence, context, defined);
            List<Mention> foundDrugs = withDefinedDrugs(sentence, withoutInside(drugsHere.drugs(), genesHere.genes()),
                    definedDrugs);
            List<Mention> strongDrugs = foundDrugs.stream().filter(m -> m.confidence() > WEAK).toList();
            List<Mention> drugMentions = withoutOverlaps(foundDrugs, trialsHere);
            List<Mention> repairedAway = new ArrayList<>(foundDrugs);
            repairedAway.addAll(drugsHere.classes());
            List<Mention> geneMentions = withoutFormulations(paper, withoutRepairsOver(
                    withoutOverlaps(withoutOverlaps(genesHere.genes(), trialsHere), strongDrugs), repairedAway),
                    strongDrugs);
            List<Mention> familyMentions = withoutOverlaps(genesHere.families(), trialsHere);
            drugMentions.forEach(m -> drugs.add(paper, sentence, m, m.normalized()));
            drugsHere.classes().forEach(m -> classes.add(paper, sentence, m, m.normalized()));
            geneMentions.forEach(m -> genes.add(paper, sentence, m, m.normalized()));
            familyMentions.forEach(m -> families.add(paper, sentence, m, m.normalized()));
            targetedClasses(paper, sentence, geneMentions, familyMentions, drugsHere.classes(), classes);
            for (VariantFinder.Variant variant : variantFinder.find(sentence, geneMentions, earlierGenes)) {
                String key = (variant.gene() == null ? "?" : variant.gene()) + ":" + variant.mention().normalized();
                variants.add(paper, sentence, variant.mention(), key);
                variantGenes.putIfAbsent(key, variant.gene());
            }
            for (Mention gene : geneMentions) {
                earlierGenes.remove(gene.normalized());
                earlierGenes.add(0, gene.normalized());
            }
        }
        trialsBySentence = NamesInUse.complete(sentences, trialsBySentence);
        Map<String, String> fuller = ShortNames.resolve(trialsBySentence.stream().flatMap(List::stream)
                .map(Mention::normalized).toList());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<Mention> named = trialsBySentence.get(i).stream().map(m -> fuller.containsKey(m.normalized())
                    ? new Mention(m.start(), m.end(), m.surface(), fuller.get(m.normalized()), m.repair(),
                    m.confidence()) : m).toList();
            trialMentions.put(sentence, named);
            for (Mention trial : named) {
                trials.add(paper, sentence, trial, trial.normalized());
                String printedId = TrialFinder.registryId(trial);
                if (printedId != null && !printedId.equals(trial.normalized())) {
                    printedIds.putIfAbsent(TrialNames.normalize(trial.normalized()), printedId);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        genes.byKey().forEach((symbol, evidence) -> findings.add(new GeneFinding(symbol,
                resources.genes().geneId(symbol), evidence, genes.confidence(symbol))));
        families.byKey().forEach((name, evidence) -> findings.add(new GeneFamilyFinding(name,
                resources.genes().members(name), evidence, families.confidence(name))));
        drugs.byKey().forEach((name, evidence) -> {
            if (drugs.confidence(name) > WEAK) {
                findings.add(new DrugFinding(name, resources.drugs().drugClass(name), evidence, drugs.confidence(name)));
            }
        });
        classes.byKey().forEach((name, evidence) -> findings.add(new DrugClassFinding(name,
                resources.drugs().members(name), evidence, classes.confidence(name))));
        variants.byKey().forEach((key, evidence) -> findings.add(new VariantFinding(variantGenes.get(key),
                key.substring(key.indexOf(':') + 1), evidence, variants.confidence(key))));
        findings.addAll(trialFindings(trials, printedIds));
        return new Result(findings, trialMentions);
    }

    /**
     * Trials by name, with the registry's id and phase, else the id the paper prints beside the name; a registry id
     * the paper also gives a name for joins that name's finding.
     */
    private List<Finding> trialFindings(Collected trials, Map<String, String> printedIds) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        trials.byKey().forEach((name, list) -> {
            String key = TrialNames.normalize(name);
            names.putIfAbsent(key, name);
            evidence.computeIfAbsent(key, unused -> new ArrayList<>()).addAll(list);
            confidence.merge(key, trials.confidence(name), Math::max);
        });
        List<Finding> findings = new ArrayList<>();
        evidence.forEach((key, list) -> {
            String name = names.get(key);
            TrialRegistry.Trial trial = resources.trials().find(name).orElse(null);
            String nct = trial != null && trial.nct() != null ? trial.nct() : printedIds.getOrDefault(key, nctOf(name));
            findings.add(new TrialFinding(name, nct, trial == null ? null : trial.phase(), list, confidence.get(key)));
        });
        return findings;
    }

    private static String nctOf(String name) {
        return name.matches("NCT\\d{8}") ? name : null;
    }

    /** Drops names the paper shows to be a questionnaire, diagram or regimen, unless the registry knows the trial. */
    /**
     * "Andrew J McPhee 6" in the author line: a surname of the paper's own authors followed by an affiliation or
     * citation number is a person, not a trial, unless the registry knows the name.
     */
    private List<Mention> withoutAuthors(List<Mention> mentions, Set<String> surnames) {
        return mentions.stream().filter(m -> TrialFinder.registryId(m) != null
                || resources.trials().find(m.normalized()).isPresent()
                || !surnames.contains(m.surface().split("[\\s-]+")[0])).toList();
    }

    private static Set<String> surnames(List<String> authors) {
        Set<String> surnames = new HashSet<>();
        for (String author : authors) {
            String[] words = author.strip().split("\\s+");
            String last = words[words.length - 1];
            if (last.length() >= 2 && Character.isUpperCase(last.charAt(0))) {
                surnames.add(last);
            }
        }
        return surnames;
    }

    private List<Mention> withoutOtherUses(List<Mention> mentions, OtherUses otherUses) {
        return mentions.stream().filter(m -> TrialFinder.registryId(m) != null
                || resources.trials().find(m.normalized()).isPresent()
                || !otherUses.excludes(m.surface()) && !otherUses.excludes(m.normalized())).toList();
    }

    /** "EZH2 inhibitors", "FGFR inhibitor": a gene or family named as the target of a class of drugs. */
    private static void targetedClasses(PaperText paper, Sentence sentence, List<Mention> genes, List<Mention> families,
                                        List<Mention> knownClasses, Collected classes) {
        List<Mention> targets = new ArrayList<>(genes);
        targets.addAll(families);
        for (Mention target : targets) {
            String after = paper.text().substring(target.end(), Math.min(sentence.end(), target.end() + 40));
            Matcher inhibitor = INHIBITOR_AFTER.matcher(after);
            if (!inhibitor.find()) {
                continue;
            }
            int end = target.end() + inhibitor.end();
            boolean known = knownClasses.stream().anyMatch(c -> c.start() < end && target.start() < c.end());
            if (!known) {
                Mention mention = new Mention(target.start(), end, paper.text().substring(target.start(), end),
                        target.normalized() + " inhibitor", null, 0.7);
                classes.add(paper, sentence, mention, mention.normalized());
            }
        }
    }

    /** The drugs each short form defined as drugs stands for ("gemcitabine plus cisplatin (GC)": GC). */
    private Map<String, List<String>> definedDrugs(Abbreviations abbreviations) {
        Map<String, List<String>> drugs = new LinkedHashMap<>();
        for (Abbreviations.Definition definition : abbreviations.definitions()) {
            String longForm = definition.longForm();
            List<String> named = drugFinder.find(new Sentence(longForm, 0, longForm.length(), List.of(), 0, false),
                    longForm.toLowerCase(Locale.ROOT)).drugs().stream().map(Mention::normalized).distinct().toList();
            if (!named.isEmpty()) {
                drugs.put(definition.shortForm(), named);
            }
        }
        return drugs;
    }

    /** Adds the drugs of every defined short form the sentence uses; these replace a weak reading of the form. */
    private static List<Mention> withDefinedDrugs(Sentence sentence, List<Mention> drugs,
                                                  Map<String, List<String>> definedDrugs) {
        if (definedDrugs.isEmpty()) {
            return drugs;
        }
        List<Mention> all = new ArrayList<>(drugs);
        String text = sentence.text();
        definedDrugs.forEach((form, names) -> {
            int from = 0;
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, from)) {
                int end = at + form.length();
                from = at + 1;
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (!whole) {
                    continue;
                }
                int start = sentence.start() + at;
                int stop = sentence.start() + end;
                all.removeIf(m -> m.start() == start && m.end() == stop && m.confidence() <= WEAK);
                for (String name : names) {
                    if (all.stream().noneMatch(m -> m.start() == start && m.normalized().equals(name))) {
                        all.add(new Mention(start, stop, form, name, null, 0.8));
                    }
                }
            }
        });
        return all;
    }

    private boolean namesDrug(String text) {
        return !drugFinder.find(new Sentence(text, 0, text.length(), List.of(), 0, false),
                text.toLowerCase(Locale.ROOT)).drugs().isEmpty();
    }

    /** "mammalian target of rapamycin": a drug name inside a longer gene or protein name is part of that name. */
    private static List<Mention> withoutInside(List<Mention> drugs, List<Mention> genes) {
        return drugs.stream().filter(drug -> genes.stream().noneMatch(gene -> gene.start() <= drug.start()
                && drug.end() <= gene.end() && gene.end() - gene.start() > drug.end() - drug.start())).toList();
    }

    /** "EGFR-TKI" read as TK1: a word another lexicon reads as it stands needs no OCR repair. */
    private static List<Mention> withoutRepairsOver(List<Mention> genes, List<Mention> others) {
        return genes.stream().filter(gene -> gene.repair() == null
                || others.stream().noneMatch(o -> o.start() < gene.end() && gene.start() < o.end())).toList();
    }

    private boolean namesGeneOrDrug(String text) {
        return resources.genes().names(text) || resources.drugs().names(text);
    }

    /** "albumin-paclitaxel", "albumin-bound paclitaxel": a protein joined to a drug names its formulation. */
    private static List<Mention> withoutFormulations(PaperText paper, List<Mention> genes, List<Mention> drugs) {
        return genes.stream().filter(gene -> drugs.stream().noneMatch(drug -> {
            String between = paper.text().substring(Math.min(gene.end(), drug.start()), Math.max(gene.end(), drug.start()));
            return drug.start() >= gene.end() && between.replaceAll("\\s", "").matches("-(?:bound|based|linked)?");
        })).toList();
    }

    private static List<Mention> withoutOverlaps(List<Mention> mentions, List<Mention> winners) {
        if (winners.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(m -> winners.stream().noneMatch(w -> w.start() < m.end() && m.start() < w.end())).toList();
    }

    /** The sentence and its neighbours, lower-cased: where the cue words of another meaning are sought. */
    private static String context(List<Sentence> sentences, int index) {
        StringBuilder context = new StringBuilder();
        for (int i = Math.max(0, index - WINDOW); i <= Math.min(sentences.size() - 1, index + WINDOW); i++) {
            context.append(sentences.get(i).text()).append(' ');
        }
        return context.toString().toLowerCase(Locale.ROOT);
    }
}
