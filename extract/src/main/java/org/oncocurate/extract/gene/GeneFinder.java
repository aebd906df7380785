package org.oncocurate.extract.gene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.NormalizedText;
import org.oncocurate.extract.text.OcrConfusions;
import org.oncocurate.extract.text.OtherSenses;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.TermIndex;
import org.oncocurate.extract.text.TermMatch;

/**
 * Finds the genes and gene families a sentence names. Forms come from the {@link GeneLexicon}; on top of a plain
 * dictionary match it reads enumerations ("CDK4/6", "FGFR1-4", "FGF3/4/19" name every gene in them), drops forms that
 * mean something else here (a cell line, ER beside "unfolded protein", a common word in a heading or without any talk
 * of genes around it) and repairs OCR damage ("ESRI", "P13K", "ERo") when the repair lands on a symbol, protein or
 * family name and the sentence speaks of genes. Thread-safe.
 */
public final class GeneFinder implements Finder {
    private static final Pattern ENUMERATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Za-z](?:[A-Za-z-]{0,7}?|[A-Za-z]{1,4}\\d[A-Z]))(\\d{1,2})((?:/\\d{1,2})+|-\\d{1,2})i?"
                    + "(?![\\p{L}\\p{N}])");
    private static final Pattern GENE_TALK = Pattern.compile("\\b(genes?|mutations?|mutants?|mutated|amplifi\\w*|"
            + "express\\w*|overexpress\\w*|encod\\w*|proteins?|kinases?|receptors?|pathways?|signal\\w*|knockdown|"
            + "silenc\\w*|deletions?|loss|fusions?|variants?|polymorphisms?|promoters?|transcript\\w*|phosphorylat\\w*|"
            + "inhibit\\w*|activat\\w*|activity|mrna|germline|somatic|targets?|bind\\w*|ligands?|isoforms?|subunits?|"
            + "regulat\\w*|upregulat\\w*|downregulat\\w*|levels?|complex|domains?|cells?|tumou?rs?|oncogen\\w*|"
            + "suppressor|factors?|enzymes?|antibod\\w*|positive|negative|wild-type|alterations?)\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}«][\\p{L}\\p{N}«/.-]*");
    /** "VEGFR-1, 2 and 3", "FGFR1, -2, and -3": a numbered name followed by a list of further numbers. */
    private static final Pattern NUMBER_LIST = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Za-z][A-Za-z]{1,7}-?)(\\d{1,2})"
            + "((?:\\s*,\\s*-?\\d{1,2}(?![\\p{L}\\p{N}]))*(?:\\s*,?\\s*(?:and|or)\\s+-?\\d{1,2}))(?![\\p{L}\\p{N}.,]\\d)");
    /** HLA alleles and serotypes ("HLA-A*24:02", "HLA-A24", "(HLA)-A") name their locus' gene. */
    private static final Pattern HLA_ALLELE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])HLA\\)?-([A-Z]{1,4})(\\d?)(?:\\*?[\\d:]+)?(?![\\p{L}])");
    /** "cytochrome P450 (CYP) 3A4/5", "interleukin (IL)-6": a symbol split by the abbreviation of its name. */
    private static final Pattern SPLIT_SYMBOL = Pattern.compile(
            "\\(([A-Z][A-Za-z]{1,5})\\)(-?)\\s?(\\d[A-Z0-9]{0,4})((?:/\\d{1,2})*)(?![\\p{L}\\p{N}])");
    /** Words that label what follows as a grade, cycle, table or item ("Level of evidence C3", "Table S1"). */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:evidence|level|grade|stage|"
            + "cycles?|category|class|arm|cohort|group|table|figure|fig\\.?|panel|step|tier|day|week|lead|supplementary|"
            + "appendix|molecule|member|version|phase|criterion|item)\\s*$");
    /** A capitalized word compared or listed right before a short symbol ("MVAC with GC", "MVAC, but GC"). */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([A-Z][A-Z0-9-]{2,9})\\s*(?:,\\s*but|with|versus|vs\\.?|than|or|to)\\s+$");
    private static final Pattern COMPARED_AFTER = Pattern.compile(
            "^\\s+(?:with|versus|vs\\.?|than|or|to)\\s+([A-Z][A-Z0-9-]{2,9})(?![\\p{L}\\p{N}])");
    private static final Pattern ROMAN_STAGE = Pattern.compile("[IVX]{1,4}[a-cA-C]?");
    private static final int MAX_RANGE = 6;
    /** Symbols this short ("PC", "GC", "NSF") are abbreviations of anything; they need talk of genes around them. */
    private static final int SHORT_SYMBOL = 3;
    /** Repairs landing on a symbol this short ("S1" → SI) are too easy to hit by chance. */
    private static final int MIN_REPAIRED = 3;

    private final GeneLexicon lexicon;
    private final OtherSenses senses;
    private final OcrConfusions confusions = new OcrConfusions(3, 200);

    public GeneFinder(GeneLexicon lexicon, OtherSenses senses) {
        this.lexicon = lexicon;
        this.senses = senses;
    }

    /** The genes (normalized to official symbols) and families (to family names) of one sentence. */
    public record Found(List<Mention> genes, List<Mention> families) {
        public Found {
            genes = List.copyOf(genes);
            families = List.copyOf(families);
        }
    }

    /** The genes of a sentence (families left out), read with the sentence alone as context. */
    @Override
    public List<Mention> find(Sentence sentence) {
        return find(sentence, sentence.text().toLowerCase(Locale.ROOT)).genes();
    }

    /**
     * @param context the sentence with its neighbours, lower-cased: where cue words of another meaning are sought
     */
    public Found find(Sentence sentence, String context) {
        return find(sentence, context, DefinedForms.none());
    }

    /**
     * @param context the sentence with its neighbours, lower-cased: where cue words of another meaning are sought
     * @param defined what the paper's own abbreviation definitions make of gene-like forms
     */
    public Found find(Sentence sentence, String context, DefinedForms defined) {
        NormalizedText view = NormalizedText.of(sentence.text());
        String text = view.text();
        List<TermMatch<GeneTerm>> candidates = new ArrayList<>(lexicon.index().findAll(text));
        candidates.addAll(enumerations(text));
        candidates.addAll(numberLists(text));
        candidates.addAll(hlaAlleles(text));
        candidates.addAll(splitByAbbreviation(text));
        candidates.addAll(definedGenes(text, defined));
        List<int[]> notGeneSpans = notGeneSpans(text, defined);
        candidates.removeIf(match -> insideNotGene(match, text, notGeneSpans, defined)
                || (defined.gene(match.surface()) != null && !defined.gene(match.surface()).equals(match.term().name())));
        boolean geneTalk = GENE_TALK.matcher(text.toLowerCase(Locale.ROOT)).find();
        List<Mention> genes = new ArrayList<>();
        List<Mention> families = new ArrayList<>();
        List<TermMatch<GeneTerm>> kept = TermIndex.longestFirst(candidates);
        Set<String> spansTaken = new LinkedHashSet<>();
        for (TermMatch<GeneTerm> match : kept) {
            GeneTerm term = match.term();
            boolean definedGene = defined.gene(match.surface()) != null;
            if (term.kind() == GeneTerm.Kind.BLOCKER || (!definedGene && !accepted(match, text, context, geneTalk))) {
                continue;
            }
            String spanKey = match.start() + ":" + match.end() + ":" + term.name();
            if (!spansTaken.add(spanKey)) {
                continue;
            }
            String inContext = term.kind() == GeneTerm.Kind.GENE ? lexicon.geneInContext(match.surface(), context) : null;
            String name = inContext != null && lexicon.isSymbol(inContext) ? inContext : term.name();
            Mention mention = mention(sentence, view, match.start(), match.end(), name, null, confidence(term));
            (term.kind() == GeneTerm.Kind.FAMILY ? families : genes).add(mention);
        }
        if (geneTalk || !genes.isEmpty() || !families.isEmpty()) {
            List<TermMatch<GeneTerm>> taken = new ArrayList<>(kept);
            for (int[] span : notGeneSpans) {
                taken.add(new TermMatch<>(span[0], span[1], text.substring(span[0], span[1]),
                        new GeneTerm(GeneTerm.Kind.BLOCKER, "", GeneTerm.Source.CELL_LINE, false)));
            }
            repairs(sentence, view, taken, genes, families);
        }
        return new Found(genes, families);
    }

    private boolean accepted(TermMatch<GeneTerm> match, String text, String context, boolean geneTalk) {
        GeneTerm term = match.term();
        String surface = match.surface();
        boolean wordLikeAlias = term.source() == GeneTerm.Source.ALIAS && surface.chars().allMatch(Character::isLetter);
        boolean shortSymbol = term.source() == GeneTerm.Source.SYMBOL && surface.length() <= SHORT_SYMBOL;
        if (term.needsContext() || wordLikeAlias || shortSymbol || "context".equals(lexicon.notGeneRule(surface))) {
            if (!geneTalk || inCapitalHeading(text, match)) {
                return false;
            }
        }
        if (shortSymbol && surface.chars().allMatch(Character::isLetter) && comparedWithNonGene(text, match)) {
            return false;
        }
        if ((term.source() == GeneTerm.Source.ALIAS || shortSymbol)
                && (inCapitalHeading(text, match) || numberedAfter(text, match))) {
            return false;
        }
        if ((term.source() == GeneTerm.Source.SYMBOL && surface.length() <= SHORT_SYMBOL + 1 && labelled(text, match.start()))
                || (term.source() != GeneTerm.Source.PROTEIN_NAME && namesTrial(text, match))) {
            return false;
        }
        return senses.otherMeaning(surface, context) == null;
    }

    private static double confidence(GeneTerm term) {
        return switch (term.source()) {
            case SYMBOL, PROTEIN_NAME, FAMILY_NAME -> 0.9;
            case ALIAS -> 0.75;
            default -> 0.7;
        };
    }

    /** "CDK4/6", "FGFR1-4", "FGF3/4/19": one span naming several genes that share a prefix. */
    private List<TermMatch<GeneTerm>> enumerations(String text) {
        List<TermMatch<GeneTerm>> found = new ArrayList<>();
        Matcher matcher = ENUMERATION.matcher(text);
        while (matcher.find()) {
            String prefix = matcher.group(1);
            int first = Integer.parseInt(matcher.group(2));
            List<Integer> numbers = new ArrayList<>(List.of(first));
            String rest = matcher.group(3);
            if (rest.startsWith("-")) {
                int last = Integer.parseInt(rest.substring(1));
                if (last <= first || last - first > MAX_RANGE) {
                    continue;
                }
                for (int n = first + 1; n <= last; n++) {
                    numbers.add(n);
                }
            } else {
                for (String part : rest.substring(1).split("/")) {
                    numbers.add(Integer.parseInt(part));
                }
            }
            List<GeneTerm> terms = everyNamed(prefix, numbers,
                    term -> term.kind() != GeneTerm.Kind.BLOCKER && !term.needsContext());
            for (GeneTerm term : terms) {
                found.add(new TermMatch<>(matcher.start(), matcher.end(), matcher.group(), term));
            }
        }
        return found;
    }

    /** "MCEF-7": an alias with a number hyphenated on names something else, such as a cell line. */
    private static boolean numberedAfter(String text, TermMatch<GeneTerm> match) {
        int end = match.end();
        if (end + 1 >= text.length() || text.charAt(end) != '-') {
            return false;
        }
        char next = text.charAt(end + 1);
        boolean letterCode = Character.isUpperCase(next)
                && (end + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
        return Character.isDigit(next) || (letterCode && match.term().source() == GeneTerm.Source.ALIAS);
    }

    /**
     * "compared MVAC with GC": a short symbol compared with a capitalized word that names no gene labels an arm or a
     * regimen, as its partner does.
     */
    private boolean comparedWithNonGene(String text, TermMatch<GeneTerm> match) {
        Matcher before = COMPARED_BEFORE.matcher(text.substring(Math.max(0, match.start() - 40), match.start()));
        Matcher after = COMPARED_AFTER.matcher(text.substring(match.end(), Math.min(text.length(), match.end() + 40)));
        String partner = before.find() ? before.group(1) : after.find() ? after.group(1) : null;
        return partner != null && partner.chars().filter(Character::isLetter).count() >= 3 && !lexicon.names(partner);
    }

    /** "Level of evidence C3", "Table S1", "cycle C2": a short code after a word that labels it. */
    private static boolean labelled(String text, int start) {
        return LABEL_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /** "the IMPACT trial": an all-letter word right before "trial" or "study" names the study. */
    private static boolean namesTrial(String text, TermMatch<GeneTerm> match) {
        if (!match.surface().chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        String after = text.substring(match.end()).toLowerCase(Locale.ROOT);
        return after.matches("^\\s+(?:trials?|study|studies)\\b[\\s\\S]*");
    }

    /** "VEGFR-1, 2 and 3": every numbered name of the list, when each is a gene form. */
    private List<TermMatch<GeneTerm>> numberLists(String text) {
        List<TermMatch<GeneTerm>> found = new ArrayList<>();
        Matcher matcher = NUMBER_LIST.matcher(text);
        while (matcher.find()) {
            String prefix = matcher.group(1);
            List<String> numbers = new ArrayList<>(List.of(matcher.group(2)));
            Matcher number = Pattern.compile("\\d{1,2}").matcher(matcher.group(3));
            while (number.find()) {
                numbers.add(number.group());
            }
            List<GeneTerm> terms = everyNamed(prefix, numbers,
                    term -> term.kind() == GeneTerm.Kind.GENE && !term.needsContext());
            for (GeneTerm term : terms) {
                found.add(new TermMatch<>(matcher.start(), matcher.end(), matcher.group(), term));
            }
        }
        return found;
    }

    /** The term each numbered name ("FGFR" + 1, 2, 3) stands for, or none when any of them names no such term. */
    private List<GeneTerm> everyNamed(String prefix, List<?> numbers, Predicate<GeneTerm> accepted) {
        List<GeneTerm> terms = new ArrayList<>();
        for (Object number : numbers) {
            List<GeneTerm> named = lexicon.lookup(prefix + number).stream().filter(accepted).toList();
            if (named.isEmpty()) {
                return List.of();
            }
            terms.add(named.get(0));
        }
        return terms;
    }

    private List<TermMatch<GeneTerm>> splitByAbbreviation(String text) {
        List<TermMatch<GeneTerm>> found = new ArrayList<>();
        Matcher matcher = SPLIT_SYMBOL.matcher(text);
        while (matcher.find()) {
            String first = matcher.group(3);
            List<String> parts = new ArrayList<>(List.of(first));
            String stem = first.replaceAll("\\d+$", "");
            for (String more : matcher.group(4).split("/")) {
                if (!more.isEmpty() && !stem.equals(first)) {
                    parts.add(stem + more);
                }
            }
            for (String part : parts) {
                for (String form : List.of(matcher.group(1) + part, matcher.group(1) + "-" + part)) {
                    lexicon.lookup(form).stream()
                            .filter(term -> term.kind() == GeneTerm.Kind.GENE && !term.needsContext()).findFirst()
                            .ifPresent(term -> found.add(new TermMatch<>(matcher.start(), matcher.end(),
                                    matcher.group(), term)));
                }
            }
        }
        return found;
    }

    private List<TermMatch<GeneTerm>> hlaAlleles(String text) {
        List<TermMatch<GeneTerm>> found = new ArrayList<>();
        Matcher matcher = HLA_ALLELE.matcher(text);
        while (matcher.find()) {
            String withDigit = "HLA-" + matcher.group(1) + matcher.group(2);
            String locus = lexicon.isSymbol(withDigit) ? withDigit : "HLA-" + matcher.group(1);
            if (lexicon.isSymbol(locus)) {
                found.add(new TermMatch<>(matcher.start(), matcher.end(), matcher.group(),
                        new GeneTerm(GeneTerm.Kind.GENE, locus, GeneTerm.Source.SYMBOL, false)));
            }
        }
        return found;
    }

    /** Whole-word uses of the short forms the paper defines as genes. */
    private static List<TermMatch<GeneTerm>> definedGenes(String text, DefinedForms defined) {
        List<TermMatch<GeneTerm>> found = new ArrayList<>();
        for (String form : defined.geneForms()) {
            for (int[] span : occurrences(text, form)) {
                found.add(new TermMatch<>(span[0], span[1], form,
                        new GeneTerm(GeneTerm.Kind.GENE, defined.gene(form), GeneTerm.Source.PROTEIN_NAME, false)));
            }
        }
        return found;
    }

    private static List<int[]> notGeneSpans(String text, DefinedForms defined) {
        List<int[]> spans = new ArrayList<>();
        for (String form : defined.notGeneForms()) {
            spans.addAll(occurrences(text, form));
        }
        return spans;
    }

    /** A match on a form the paper defines as no gene, unless its long form names the match itself. */
    private static boolean insideNotGene(TermMatch<GeneTerm> match, String text, List<int[]> spans,
                                         DefinedForms defined) {
        if (defined.notGene(match.surface())) {
            return true;
        }
        for (int[] span : spans) {
            if (match.start() >= span[0] && match.end() <= span[1]) {
                String form = text.substring(span[0], span[1]);
                return form.equals(match.surface()) || !defined.longFormMentions(form, match.surface());
            }
        }
        return false;
    }

    private static List<int[]> occurrences(String text, String form) {
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = text.indexOf(form, from);
            if (at < 0) {
                return spans;
            }
            int end = at + form.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (whole) {
                spans.add(new int[] {at, end});
            }
            from = at + 1;
        }
    }

    /** An all-capitals word among all-capitals words is a heading ("AND", "CAT" in a title), not a symbol. */
    private static boolean inCapitalHeading(String text, TermMatch<GeneTerm> match) {
        if (!match.surface().chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        return capitalWord(text, match.start(), -1) && capitalWord(text, match.end(), 1);
    }

    /** The word next to {@code from} is all capitals, and only spaces or a colon part them (a list has commas). */
    private static boolean capitalWord(String text, int from, int direction) {
        int i = from;
        if (direction < 0) {
            i--;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ':')) {
                i--;
            }
            int end = i + 1;
            while (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
                i--;
            }
            String word = text.substring(i + 1, end);
            return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        String word = text.substring(start, i);
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Words no form matched, read through the OCR confusion model: whole, else piece by piece ("NF-xB", "IRE1-IREI"). */
    private void repairs(Sentence sentence, NormalizedText view, List<TermMatch<GeneTerm>> kept,
                         List<Mention> genes, List<Mention> families) {
        String text = view.text();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            int start = token.start();
            int end = token.end();
            while (end > start && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == '/')) {
                end--;
            }
            if (!overlapsKept(kept, start, end) && repairWord(sentence, view, start, end, genes, families)) {
                continue;
            }
            int pieceStart = start;
            for (int i = start; i <= end; i++) {
                if (i == end || text.charAt(i) == '-' || text.charAt(i) == '/') {
                    boolean properPiece = i > pieceStart && (pieceStart > start || i < end);
                    if (properPiece && !overlapsKept(kept, pieceStart, i)) {
                        repairWord(sentence, view, pieceStart, i, genes, families);
                    }
                    pieceStart = i + 1;
                }
            }
        }
    }

    private boolean repairWord(Sentence sentence, NormalizedText view, int start, int end, List<Mention> genes,
                               List<Mention> families) {
        String word = view.text().substring(start, end);
        if (!repairable(word) || labelled(view.text(), start)) {
            return false;
        }
        Repair repair = repairOf(word);
        if (repair == null && word.endsWith(".")) {
            word = word.substring(0, word.length() - 1);
            end--;
            repair = repairable(word) ? repairOf(word) : null;
        }
        if (repair == null) {
            return false;
        }
        String note = word + " → " + repair.reading();
        Mention mention = mention(sentence, view, start, end, repair.term().name(), note, 0.6);
        (repair.term().kind() == GeneTerm.Kind.FAMILY ? families : genes).add(mention);
        return true;
    }

    private record Repair(String reading, GeneTerm term) {
    }

    /** The one term the fewest OCR changes lead to, or null when none or several different ones do. */
    private Repair repairOf(String word) {
        boolean onlyLastCharacter = !hasInnerCapitalOrDigit(word);
        Repair best = null;
        int bestChanges = Integer.MAX_VALUE;
        for (OcrConfusions.Reading reading : confusions.readings(word)) {
            if (reading.changes() > bestChanges) {
                break;
            }
            if (onlyLastCharacter && !reading.text().startsWith(word.substring(0, word.length() - 1))) {
                continue;
            }
            for (GeneTerm term : lexicon.lookup(reading.text())) {
                if (!term.repairTarget() || term.needsContext() || term.kind() == GeneTerm.Kind.BLOCKER
                        || reading.text().length() < MIN_REPAIRED) {
                    continue;
                }
                if (best != null && !best.term().name().equals(term.name())) {
                    return null;
                }
                best = new Repair(reading.text(), term);
                bestChanges = reading.changes();
            }
        }
        return best;
    }

    /** Symbol-like words only: a capital after the first letter or a digit; or a long word ending in l or I. */
    private boolean repairable(String word) {
        if (word.length() < 2 || lexicon.notGeneRule(word) != null || ROMAN_STAGE.matcher(word).matches()
                || word.chars().filter(Character::isLetter).count() < 2) {
            return false;
        }
        if (hasInnerCapitalOrDigit(word)) {
            return true;
        }
        char last = word.charAt(word.length() - 1);
        return word.length() >= 5 && Character.isUpperCase(word.charAt(0)) && (last == 'l' || last == 'I');
    }

    private static boolean hasInnerCapitalOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '«' || (i > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsKept(List<TermMatch<GeneTerm>> kept, int start, int end) {
        for (TermMatch<GeneTerm> match : kept) {
            if (match.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    private static Mention mention(Sentence sentence, NormalizedText view, int start, int end, String normalized,
                                   String repair, double confidence) {
        int from = sentence.start() + view.originalStart(start);
        int to = sentence.start() + view.originalEnd(end);
        return new Mention(from, to, sentence.slice(from, to), normalized, repair, confidence);
    }
}
