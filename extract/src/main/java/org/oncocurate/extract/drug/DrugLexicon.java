package org.oncocurate.extract.drug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.OtherSenses;
import org.oncocurate.extract.text.TermIndex;

/**
 * Oncology drugs and drug classes, and every form a paper may name them by: the team's curated lexicon (INN, class,
 * brands, development codes, abbreviations; {@code drugs.tsv}), its drug classes ({@code drug-classes.tsv}), the
 * drugs of the DrugBank open vocabulary that read as medicines ({@code drugbank.tsv.gz}, built by
 * {@code scripts/build-drugbank-lexicon.sh}) and, when the user supplies one, a further DrugBank vocabulary CSV.
 * Curated forms win.
 * Immutable once loaded.
 */
public final class DrugLexicon {
    private static final int SHORT_SYNONYM = 5;
    private static final Pattern CODE = Pattern.compile("([A-Za-z]{2,6})[- ]?(\\d{2}[\\d,-]*[A-Za-z]?)");

    private final Map<String, String> classes = new HashMap<>();
    private final Map<String, List<String>> classMembers = new LinkedHashMap<>();
    private final Map<String, DrugTerm> claimed = new HashMap<>();
    private final List<String> curatedNames = new ArrayList<>();
    private final TermIndex.Builder<DrugTerm> builder = TermIndex.builder();
    private final TermIndex<DrugTerm> index;
    private final String version;
    private final OtherSenses senses;
    private final InnStems stems = InnStems.load();
    private final Map<String, String> byFirstWord = new HashMap<>();

    private DrugLexicon(Lexicon drugs, Lexicon drugClasses, Lexicon cellLines, Lexicon shippedDrugBank,
                        DrugBankVocabulary.Vocabulary drugBank, OtherSenses senses) {
        this.senses = senses;
        for (String[] row : drugs.rows()) {
            String name = row[0];
            String drugClass = row.length > 1 && !row[1].isBlank() ? row[1] : null;
            classes.put(name, drugClass);
            curatedNames.add(name);
            DrugTerm term = new DrugTerm(DrugTerm.Kind.DRUG, name, DrugTerm.Source.CURATED, false);
            addForm(name, term);
            for (String synonym : Lexicon.values(row.length > 2 ? row[2] : "")) {
                addForm(synonym, term);
            }
        }
        for (String[] row : drugClasses.rows()) {
            String className = row[0];
            for (String form : Lexicon.values(row.length > 1 ? row[1] : "")) {
                boolean exact = form.startsWith("=");
                String text = exact ? form.substring(1) : form;
                addIfFree(text, exact, new DrugTerm(DrugTerm.Kind.CLASS, className, DrugTerm.Source.CURATED,
                        exact && text.length() < SHORT_SYNONYM));
            }
            String memberClass = row.length > 2 ? row[2].strip().toLowerCase(Locale.ROOT) : "";
            List<String> members = new ArrayList<>();
            if (!memberClass.isEmpty()) {
                classes.forEach((drug, drugClass) -> {
                    if (drugClass != null && drugClass.toLowerCase(Locale.ROOT).contains(memberClass)) {
                        members.add(drug);
                    }
                });
            }
            members.sort(null);
            classMembers.put(className, members);
        }
        for (String[] row : shippedDrugBank.rows()) {
            DrugTerm term = new DrugTerm(DrugTerm.Kind.DRUG, row[0], DrugTerm.Source.DRUGBANK, false);
            classes.putIfAbsent(row[0], null);
            addForm(row[0], term);
            Lexicon.values(row.length > 2 ? row[2] : "").forEach(synonym -> addForm(synonym, term));
        }
        if (drugBank != null) {
            for (DrugBankVocabulary.Entry entry : drugBank.entries()) {
                DrugTerm term = new DrugTerm(DrugTerm.Kind.DRUG, entry.name(), DrugTerm.Source.DRUGBANK, false);
                classes.putIfAbsent(entry.name(), null);
                addForm(entry.name(), term);
                entry.synonyms().forEach(synonym -> addForm(synonym, term));
            }
        }
        for (String[] row : cellLines.rows()) {
            builder.add(row[0], false, new DrugTerm(DrugTerm.Kind.BLOCKER, "", DrugTerm.Source.CURATED, false));
        }
        Map<String, Integer> firstWords = new HashMap<>();
        for (String name : classes.keySet()) {
            int space = name.indexOf(' ');
            String first = space < 0 ? "" : name.substring(0, space).toLowerCase(Locale.ROOT);
            if (first.length() >= 6 && first.chars().allMatch(Character::isLetter) && !claimed.containsKey(first)
                    && stems.stemOf(first) != null) {
                firstWords.merge(first, 1, Integer::sum);
                byFirstWord.put(first, name);
            }
        }
        firstWords.forEach((first, count) -> {
            if (count > 1) {
                byFirstWord.remove(first);
            }
        });
        this.index = builder.build();
        this.version = drugs.version() + "; " + drugClasses.version() + "; " + shippedDrugBank.version() + "; "
                + stems.version()
                + (drugBank == null ? "" : "; " + drugBank.version());
    }

    /** The project's lexicons: curated and DrugBank. */
    public static DrugLexicon load() {
        return load(Optional.empty());
    }

    /** The project's lexicons, extended by the DrugBank open vocabulary CSV at {@code drugBankVocabulary} if given. */
    public static DrugLexicon load(Optional<Path> drugBankVocabulary) {
        return new DrugLexicon(
                Lexicon.load("drugs", DrugLexicon.class, "drugs.tsv"),
                Lexicon.load("drug classes", DrugLexicon.class, "drug-classes.tsv"),
                Lexicon.load("cell lines", DrugLexicon.class, "/org/oncocurate/extract/gene/cell-lines.tsv"),
                Lexicon.load("DrugBank drugs", DrugLexicon.class, "drugbank.tsv.gz"),
                drugBankVocabulary.map(DrugBankVocabulary::read).orElse(null),
                OtherSenses.from(Lexicon.load("other senses", OtherSenses.class, "other-senses.tsv")));
    }

    public String version() {
        return version;
    }

    /** The class of a drug, or null when unknown. */
    public String drugClass(String name) {
        return classes.get(name);
    }

    /** The drugs of a class, by INN. */
    public List<String> members(String className) {
        return classMembers.getOrDefault(className, List.of());
    }

    /** The one drug whose name of several words starts with {@code word} ("enfortumab"), or null. */
    String nameStartingWith(String word) {
        return byFirstWord.get(word.toLowerCase(Locale.ROOT));
    }

    /** The WHO INN stems that name kinds of drugs. */
    InnStems stems() {
        return stems;
    }

    /** The curated drug names: the only ones an OCR repair may land on. */
    List<String> curatedNames() {
        return curatedNames;
    }

    /** A finder of this lexicon's drugs in a sentence; thread-safe. */
    public DrugFinder finder() {
        return new DrugFinder(this, senses);
    }

    /** True when {@code text} is, as a whole, a form of a drug, class or cell line. */
    public boolean names(String text) {
        return !index.lookup(text).isEmpty();
    }

    TermIndex<DrugTerm> index() {
        return index;
    }

    List<DrugTerm> lookup(String form) {
        return index.lookup(form);
    }

    /** A name with its code variants ("PD-0332991", "PD0332991", "PD 0332991"); short abbreviations are weak. */
    private void addForm(String form, DrugTerm term) {
        boolean shortForm = form.length() < SHORT_SYNONYM;
        DrugTerm placed = shortForm && !form.chars().anyMatch(Character::isDigit)
                ? new DrugTerm(term.kind(), term.name(), term.source(), true) : term;
        Set<String> variants = new LinkedHashSet<>();
        variants.add(form);
        Matcher code = CODE.matcher(form);
        if (code.matches()) {
            variants.add(code.group(1) + code.group(2));
            variants.add(code.group(1) + "-" + code.group(2));
            variants.add(code.group(1) + " " + code.group(2));
        }
        for (String variant : variants) {
            addIfFree(variant, shortForm, placed);
        }
    }

    private void addIfFree(String form, boolean exactCase, DrugTerm term) {
        String key = form.toLowerCase(Locale.ROOT);
        DrugTerm existing = claimed.get(key);
        if (existing != null && (existing.source() == DrugTerm.Source.CURATED
                || term.source() == DrugTerm.Source.DRUGBANK)) {
            return;
        }
        claimed.put(key, term);
        builder.add(form, exactCase, term);
    }

}
