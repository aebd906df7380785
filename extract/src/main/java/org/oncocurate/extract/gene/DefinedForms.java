package org.oncocurate.extract.gene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Abbreviations;
import org.oncocurate.extract.text.NormalizedText;
import org.oncocurate.extract.text.TermIndex;
import org.oncocurate.extract.text.TermMatch;

/**
 * What a paper's own definitions say about forms that look like genes. A short form defined as a gene or protein
 * ("estrogen receptor (ER)") names that gene wherever the paper uses it; one defined as something else (a regimen of
 * drugs, a procedure, a scale, a criterion: "stem cell transplantation (SCT)") names no gene in the paper. A paper
 * that numbers cycles and days "C1D1" uses "C2" for a cycle. Immutable.
 */
public final class DefinedForms {
    /** Head nouns of long forms that name no gene or protein. */
    private static final Set<String> NON_GENE_HEADS = Set.of("transplant", "transplantation", "therapy",
            "chemotherapy", "radiotherapy", "chemoradiotherapy", "regimen", "criterion", "criteria", "score", "scale",
            "cycle", "response", "survival", "trial", "study", "test", "index", "grade", "stage", "assessment",
            "questionnaire", "syndrome", "disease", "cancer", "carcinoma", "tumor", "tumour", "lymphoma", "leukemia",
            "leukaemia", "myeloma", "rate", "ratio", "interval", "analysis", "event", "group", "arm", "inhibitor",
            "agent", "cell", "margin", "resection", "surgery", "irradiation", "dose", "time", "period", "population",
            "scan", "imaging", "tomography", "biopsy", "status", "care", "procedure", "system", "subscale", "version",
            "guideline", "institute", "network", "organization", "society", "consortium", "hospital", "center",
            "centre", "committee", "program", "programme", "examination", "level", "count", "volume", "value",
            "failure", "progression", "recurrence", "relapse", "death", "reaction", "sequencing", "assay", "method",
            "model", "instrument", "toxicity", "infusion", "injection", "vaccine", "medicine", "oncology", "cohort");
    private static final Pattern PROTEIN_WORD = Pattern.compile("(?:protein|receptor|kinase|factor|antigen|ligand|"
            + "molecule|enzyme|gene|hormone|channel|transporter|synthase|inhibitor of|interleukin|interferon|"
            + "cytokine|chemokine|globulin|integrin|cadherin|lectin|peptide|oncogene|homolog|[a-z]{3,}ase\\b|[a-z]{3,}in\\b)");
    /** "compared MVAC with GC", "MVAC, but GC", "GC versus MVAC": two arm or regimen labels compared. */
    private static final Pattern COMPARED = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z][A-Z0-9-]{1,9})(\\s*,\\s*but\\s+|"
            + "\\s+(?:with|versus|vs\\.?|than|or|to)\\s+)([A-Z][A-Z0-9-]{1,9})(?![\\p{L}\\p{N}])");
    private static final Pattern CYCLE_DAY = Pattern.compile("(?<![\\p{L}\\p{N}])C\\d{1,2}D\\d{1,2}(?![\\p{L}\\p{N}])");
    private static final Pattern CYCLE = Pattern.compile("C\\d{1,2}");
    private static final DefinedForms NONE = new DefinedForms(Map.of(), Map.of(), false);

    private final Map<String, String> genes;
    private final Map<String, String> notGenes;
    private final boolean cycleNumbering;

    private DefinedForms(Map<String, String> genes, Map<String, String> notGenes, boolean cycleNumbering) {
        this.genes = Map.copyOf(genes);
        this.notGenes = Map.copyOf(notGenes);
        this.cycleNumbering = cycleNumbering;
    }

    public static DefinedForms none() {
        return NONE;
    }

    /**
     * @param namesDrug true when a text names a drug: a short form defined as drugs is a regimen, not a gene
     */
    public static DefinedForms of(Abbreviations abbreviations, String paperText, GeneLexicon lexicon,
                                  Predicate<String> namesDrug) {
        Map<String, String> genes = new LinkedHashMap<>();
        Map<String, String> notGenes = new LinkedHashMap<>();
        for (Abbreviations.Definition definition : abbreviations.definitions()) {
            String longForm = definition.longForm();
            String gene = geneNamed(longForm, lexicon);
            if (gene != null) {
                genes.put(definition.shortForm(), gene);
            } else if (nonGeneHead(longForm) || namesDrug.test(longForm)
                    || definedAsSomethingElse(definition.shortForm(), longForm, lexicon)) {
                notGenes.put(definition.shortForm(), longForm);
            }
        }
        Matcher compared = COMPARED.matcher(paperText);
        while (compared.find()) {
            comparedLabel(compared.group(1), compared.group(3), lexicon, genes, notGenes);
            comparedLabel(compared.group(3), compared.group(1), lexicon, genes, notGenes);
        }
        return new DefinedForms(genes, notGenes, CYCLE_DAY.matcher(paperText).find());
    }

    /**
     * A short all-letter symbol compared with a capitalized word that names no gene labels an arm or a regimen, as
     * its partner does, wherever the paper uses it.
     */
    private static void comparedLabel(String form, String partner, GeneLexicon lexicon, Map<String, String> genes,
                                      Map<String, String> notGenes) {
        boolean shortSymbol = form.length() <= 3 && form.chars().allMatch(Character::isLetter)
                && lexicon.lookup(form).stream().anyMatch(term -> term.kind() == GeneTerm.Kind.GENE);
        boolean labelPartner = partner.chars().filter(Character::isLetter).count() >= 3 && !lexicon.names(partner);
        if (shortSymbol && labelPartner && !genes.containsKey(form)) {
            notGenes.putIfAbsent(form, "compared with " + partner);
        }
    }

    /** The gene a long form names as its head (the name ends the long form), or null. */
    static String geneNamed(String longForm, GeneLexicon lexicon) {
        String text = NormalizedText.of(longForm).text();
        List<TermMatch<GeneTerm>> matches = TermIndex.longestFirst(lexicon.index().findAll(text));
        for (TermMatch<GeneTerm> match : matches) {
            GeneTerm term = match.term();
            boolean head = match.end() == text.length() || text.substring(match.end()).isBlank();
            if (head && term.kind() == GeneTerm.Kind.GENE && !term.needsContext()
                    && (term.source() != GeneTerm.Source.SYMBOL || match.length() > 3)) {
                return term.name();
            }
        }
        return null;
    }

    /**
     * "Exercise assisted reduction then stop (EARS)": a short form that spells a gene, defined by a long form that
     * neither names a protein nor starts like that gene's full name ("Sonic hedgehog (SHH)" does).
     */
    private static boolean definedAsSomethingElse(String shortForm, String longForm, GeneLexicon lexicon) {
        if (PROTEIN_WORD.matcher(longForm.toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        String firstWord = longForm.toLowerCase(Locale.ROOT).split("[\\s-]+")[0];
        List<GeneTerm> terms = lexicon.lookup(shortForm);
        return !terms.isEmpty() && terms.stream().allMatch(term -> term.kind() == GeneTerm.Kind.GENE
                && !lexicon.fullName(term.name()).toLowerCase(Locale.ROOT).startsWith(firstWord));
    }

    private static boolean nonGeneHead(String longForm) {
        String[] words = longForm.toLowerCase(Locale.ROOT).split("[\\s-]+");
        String head = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        if (head.endsWith("s") && !NON_GENE_HEADS.contains(head)) {
            head = head.substring(0, head.length() - 1);
        }
        return NON_GENE_HEADS.contains(head);
    }

    /** The gene the paper defines {@code form} as, or null. */
    public String gene(String form) {
        return genes.get(form);
    }

    /** The short forms the paper defines as genes. */
    Set<String> geneForms() {
        return genes.keySet();
    }

    /** True when the paper gives {@code form} a meaning other than a gene. */
    public boolean notGene(String form) {
        return notGenes.containsKey(form) || (cycleNumbering && CYCLE.matcher(form).matches());
    }

    Set<String> notGeneForms() {
        return notGenes.keySet();
    }

    /** True when the long form of {@code form} itself spells {@code word} ("EGFR" in "EGFR kinase inhibitor"). */
    boolean longFormMentions(String form, String word) {
        String longForm = notGenes.get(form);
        return longForm != null && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                .matcher(longForm).find();
    }
}
