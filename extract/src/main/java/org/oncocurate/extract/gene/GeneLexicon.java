package org.oncocurate.extract.gene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.GreekLetters;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.OtherSenses;
import org.oncocurate.extract.text.TermIndex;

/**
 * Human genes and gene families, and every form a paper may name them by. Built from NCBI Gene's protein-coding human
 * genes (official symbols, aliases, full names; see {@code scripts/build-gene-lexicon.sh}) and the team's facts:
 * protein names ("cyclin D1", "ERα", "p21"), gene families, forms that usually mean something else, cell lines.
 *
 * <p>Which forms are kept: official symbols with their exact case (and in any case when they hold a digit and four
 * characters, "Stat3"); aliases only when one gene has them, no symbol, protein or family name is written the same,
 * and they are not a short all-letter word ("ER", "Era", "AIM"); full names of two words or more, or one long word.
 * Where forms collide the stronger source wins: family name, protein name, symbol, alias, full name.
 */
public final class GeneLexicon {
    private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("([A-Z]{2,})(\\d{1,3})");
    /** CD antigens ("CD25", "CD11b") are the standard names of cell-surface proteins, however short. */
    private static final Pattern CD_ANTIGEN = Pattern.compile("CD\\d{1,3}[A-Z]?");
    private static final Pattern SURFACE_PROTEIN = Pattern.compile(
            "\\b(?:receptor|antigen|molecule|integrin|glycoprotein|ligand|adhesion|lectin|immunoglobulin)\\b");
    private static final Pattern TITLE_THEN_DIGITS = Pattern.compile("([A-Z][a-z]+)(\\d{1,2})");
    private static final Set<String> VAGUE_NAME_WORDS = Set.of("family", "domain", "containing", "open reading frame",
            "like", "putative", "uncharacterized", "pseudogene", "homolog", "subunit", "member", "fragment");

    private final Map<String, String> geneIds = new HashMap<>();
    private final Map<String, String> fullNames = new HashMap<>();
    private final Map<String, List<String>> familyMembers = new LinkedHashMap<>();
    private final Map<String, String> notGenes = new HashMap<>();
    private final Map<String, List<GeneTerm>> forms = new HashMap<>();
    private final TermIndex.Builder<GeneTerm> builder = TermIndex.builder();
    private final TermIndex<GeneTerm> index;
    private final String version;

    private final OtherSenses symbolSenses;

    private GeneLexicon(Lexicon genes, Lexicon proteins, Lexicon families, Lexicon notGeneForms, Lexicon cellLines,
                        Lexicon senses) {
        this.symbolSenses = OtherSenses.from(senses);
        for (String[] row : notGeneForms.rows()) {
            notGenes.put(row[0], row[1]);
        }
        for (String[] row : families.rows()) {
            List<String> members = Lexicon.values(row.length > 1 ? row[1] : "");
            familyMembers.put(row[0], members);
            for (String name : Lexicon.values(row.length > 2 ? row[2] : "")) {
                addNamed(name, new GeneTerm(GeneTerm.Kind.FAMILY, row[0], GeneTerm.Source.FAMILY_NAME, false));
            }
        }
        for (String[] row : proteins.rows()) {
            for (String name : Lexicon.values(row[1])) {
                addNamed(name, new GeneTerm(GeneTerm.Kind.GENE, row[0], GeneTerm.Source.PROTEIN_NAME, false));
            }
        }
        Map<String, Set<String>> aliasOwners = new HashMap<>();
        for (String[] row : genes.rows()) {
            String symbol = row[0];
            geneIds.put(symbol, row[1]);
            String rule = notGenes.get(symbol);
            if (!"never".equals(rule)) {
                addSymbol(symbol, "context".equals(rule));
            }
            for (String alias : Lexicon.values(row.length > 3 ? row[3] : "")) {
                aliasOwners.computeIfAbsent(alias.toLowerCase(Locale.ROOT), key -> new HashSet<>()).add(symbol);
            }
        }
        for (String[] row : genes.rows()) {
            fullNames.put(row[0], row.length > 2 ? row[2] : "");
        }
        for (String[] row : genes.rows()) {
            for (String alias : Lexicon.values(row.length > 3 ? row[3] : "")) {
                Set<String> owners = aliasOwners.get(alias.toLowerCase(Locale.ROOT));
                boolean own = owners.size() == 1 || (CD_ANTIGEN.matcher(alias).matches()
                        && row[0].equals(surfaceProteinOwner(owners, fullNames)));
                if (own && usableAlias(alias)) {
                    addAlias(alias, new GeneTerm(GeneTerm.Kind.GENE, row[0], GeneTerm.Source.ALIAS, false));
                }
            }
        }
        for (String[] row : genes.rows()) {
            String name = row.length > 2 ? row[2] : "";
            if (usableFullName(name)) {
                GeneTerm term = new GeneTerm(GeneTerm.Kind.GENE, row[0], GeneTerm.Source.GENE_NAME, false);
                addIfFree(name, false, term);
                if (name.endsWith(" receptor")) {
                    addIfFree(name + "s", false, term);
                }
            }
        }
        for (String[] row : cellLines.rows()) {
            builder.add(row[0], false, new GeneTerm(GeneTerm.Kind.BLOCKER, "", GeneTerm.Source.CELL_LINE, false));
        }
        this.index = builder.build();
        this.version = genes.version() + "; " + proteins.version() + "; " + families.version() + "; "
                + notGeneForms.version() + "; " + cellLines.version() + "; " + senses.version();
    }

    public static GeneLexicon load() {
        return new GeneLexicon(
                Lexicon.load("genes", GeneLexicon.class, "genes.tsv.gz"),
                Lexicon.load("protein names", GeneLexicon.class, "protein-names.tsv"),
                Lexicon.load("gene families", GeneLexicon.class, "gene-families.tsv"),
                Lexicon.load("not genes", GeneLexicon.class, "not-genes.tsv"),
                Lexicon.load("cell lines", GeneLexicon.class, "cell-lines.tsv"),
                Lexicon.load("symbol senses", GeneLexicon.class, "symbol-senses.tsv"));
    }

    /** The versions of the gene lexicon's sources. */
    public String version() {
        return version;
    }

    /** The NCBI Gene id of an official symbol, or null. */
    public String geneId(String symbol) {
        return geneIds.get(symbol);
    }

    /** True when {@code text} is, as a whole, a form of a gene, family or cell line, or a known non-gene form. */
    public boolean names(String text) {
        return !index.lookup(text).isEmpty() || notGenes.containsKey(text);
    }

    /** The full name of an official symbol ("sonic hedgehog signaling molecule"), or empty. */
    String fullName(String symbol) {
        return fullNames.getOrDefault(symbol, "");
    }

    public boolean isSymbol(String symbol) {
        return geneIds.containsKey(symbol);
    }

    /** The member symbols of a family, empty when unknown. */
    public List<String> members(String family) {
        return familyMembers.getOrDefault(family, List.of());
    }

    TermIndex<GeneTerm> index() {
        return index;
    }

    /** The terms {@code form} names exactly, strongest first. */
    List<GeneTerm> lookup(String form) {
        return index.lookup(form);
    }

    /**
     * The gene {@code form} names given the words around it ({@code context}, lower-cased): PDK1 beside AKT is
     * PDPK1. Null when the form keeps its own meaning.
     */
    String geneInContext(String form, String context) {
        return symbolSenses.otherMeaning(form, context);
    }

    /** "never" or "context" for forms that usually mean something other than a gene, else null. */
    String notGeneRule(String form) {
        return notGenes.get(form);
    }

    private void addSymbol(String symbol, boolean needsContext) {
        GeneTerm term = new GeneTerm(GeneTerm.Kind.GENE, symbol, GeneTerm.Source.SYMBOL, needsContext);
        addIfFree(symbol, true, term);
        if (symbol.length() >= 4 && symbol.chars().anyMatch(Character::isDigit)) {
            String lower = symbol.toLowerCase(Locale.ROOT);
            addIfFree(lower, true, term);
            addIfFree(Character.toUpperCase(lower.charAt(0)) + lower.substring(1), true, term);
        }
        Matcher letterDigits = LETTERS_THEN_DIGITS.matcher(symbol);
        if (letterDigits.matches()) {
            addIfFree(letterDigits.group(1) + "-" + letterDigits.group(2), true, term);
        }
    }

    /**
     * An alias as written, with its number hyphenated ("VEGFR2" also "VEGFR-2"); a CD antigen also with a lower-case
     * letter ("CD11b").
     */
    private void addAlias(String alias, GeneTerm term) {
        addIfFree(alias, true, term);
        Matcher letterDigits = LETTERS_THEN_DIGITS.matcher(alias);
        if (letterDigits.matches()) {
            addIfFree(letterDigits.group(1) + "-" + letterDigits.group(2), true, term);
        }
        if (CD_ANTIGEN.matcher(alias).matches() && Character.isLetter(alias.charAt(alias.length() - 1))) {
            addIfFree(alias.substring(0, alias.length() - 1) + Character.toLowerCase(alias.charAt(alias.length() - 1)),
                    true, term);
        }
    }

    /** Adds a curated name with its spelled-out Greek and written-together variants. */
    private void addNamed(String written, GeneTerm term) {
        boolean exact = written.startsWith("=");
        String name = exact ? written.substring(1) : written;
        Set<String> variants = new LinkedHashSet<>();
        variants.add(name);
        variants.addAll(GreekLetters.spelledOut(name));
        if (name.contains(" ")) {
            variants.add(name.replace(" ", ""));
            variants.add(name.replace(" ", "-"));
        }
        Matcher titleDigits = TITLE_THEN_DIGITS.matcher(name);
        if (titleDigits.matches()) {
            variants.add(titleDigits.group(1) + " " + titleDigits.group(2));
        }
        for (String variant : variants) {
            addIfFree(variant, exact, term);
        }
    }

    /** Adds the form unless a stronger source already claims it (in any case) or it is a known non-gene form. */
    private void addIfFree(String form, boolean exactCase, GeneTerm term) {
        if (notGenes.containsKey(form) && "never".equals(notGenes.get(form))) {
            return;
        }
        String key = form.toLowerCase(Locale.ROOT);
        List<GeneTerm> existing = forms.get(key);
        if (existing != null && existing.stream().anyMatch(other -> other.equals(term))) {
            builder.add(form, exactCase, term);
            return;
        }
        if (existing != null && existing.stream().anyMatch(other -> stronger(other, term))) {
            return;
        }
        forms.computeIfAbsent(key, unused -> new ArrayList<>()).add(term);
        builder.add(form, exactCase, term);
    }

    private static boolean stronger(GeneTerm existing, GeneTerm candidate) {
        if (existing.source() == candidate.source()) {
            return existing.source() != GeneTerm.Source.SYMBOL && existing.source() != GeneTerm.Source.PROTEIN_NAME
                    && existing.source() != GeneTerm.Source.FAMILY_NAME;
        }
        return existing.source().ordinal() < candidate.source().ordinal();
    }

    /** Of the genes sharing a CD antigen alias, the one surface protein among them (a receptor, an integrin...). */
    private static String surfaceProteinOwner(Set<String> owners, Map<String, String> fullNames) {
        List<String> surface = owners.stream()
                .filter(owner -> SURFACE_PROTEIN.matcher(fullNames.getOrDefault(owner, "")).find()).toList();
        return surface.size() == 1 ? surface.get(0) : null;
    }

    private boolean usableAlias(String alias) {
        if (CD_ANTIGEN.matcher(alias).matches() && !"never".equals(notGenes.get(alias))) {
            return true;
        }
        boolean lettersOnly = alias.chars().allMatch(Character::isLetter);
        if (notGenes.containsKey(alias) || alias.length() < 4 || alias.chars().filter(Character::isLetter).count() < 2) {
            return false;
        }
        if (lettersOnly) {
            return alias.length() >= 4 && alias.equals(alias.toUpperCase(Locale.ROOT));
        }
        return alias.chars().anyMatch(Character::isLetter);
    }

    private static boolean usableFullName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isBlank() || VAGUE_NAME_WORDS.stream().anyMatch(lower::contains)) {
            return false;
        }
        return name.contains(" ") ? name.length() >= 8 : name.length() >= 6 && name.chars().allMatch(Character::isLetter);
    }

}
