package org.oncocurate.extract.drug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.NormalizedText;
import org.oncocurate.extract.text.OcrConfusions;
import org.oncocurate.extract.text.OtherSenses;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.TermIndex;
import org.oncocurate.extract.text.TermMatch;

/**
 * Finds the drugs (normalized to lowercase INN, else development code) and drug classes a sentence names. Short
 * abbreviations count unless the words around them give them another meaning ("TAM" beside "macrophages"). Words no
 * form matched are repaired when OCR damage explains them and the repair lands on a curated drug: codes through the
 * OCR confusion model ("MLNO0128" → MLN0128), names through an edit distance bounded by their length ("evolimus" →
 * everolimus) when the word shares the drug's stem or the sentence speaks of treatment. Thread-safe.
 */
public final class DrugFinder implements Finder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
    private static final Pattern TREATMENT_TALK = Pattern.compile("\\b(treat\\w*|therap\\w*|drugs?|doses?|dosing|mg|"
            + "inhibitors?|combination|combined|plus|versus|vs|arms?|regimens?|chemotherapy|agents?|administ\\w*|"
            + "resistan\\w*|sensitiv\\w*|efficacy|trials?|received|patients)\\b");
    /** A biological's INN: a new word and the second word of its kind ("zorbepoetin alfa", "abcumab vedotin"). */
    private static final Pattern BIOLOGICAL = Pattern.compile("(?i)([a-z][a-z-]{4,})\\s+(alfa|pegol|vedotin|"
            + "mafodotin|deruxtecan|govitecan|emtansine|ozogamicin|tesirine|autoleucel|vicleucel|ciloleucel|maraleucel)"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern DEVELOPMENT_CODE = Pattern.compile("[A-Z]{2,5}-?\\d{3,7}[A-Za-z]?");
    /** A dose right after a development code ("AB-1234 150 mg") gives it a place for a drug. */
    private static final Pattern DOSE_AFTER = Pattern.compile("^[\\s,(]*(?:at\\s+)?\\d+(?:\\.\\d+)?\\s?(?:mg|µg|mcg)\\b");
    /** What may stand between the drugs of a list or combination. */
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(?:,|/|\\+|and|or|plus|with|,\\s*and|,\\s*or)\\s*$");
    private static final int NEAR = 30;
    private static final Pattern SHORT_FORM_AFTER = Pattern.compile("\\s*\\(([\\p{L}\\p{N}-]{2,12})\\)");
    private static final double INFERRED = 0.6;
    private static final int MIN_REPAIRED_NAME = 7;
    private static final int REPAIRS_KEPT = 20_000;
    private static final int STEM = 3;

    private final DrugLexicon lexicon;
    private final OtherSenses senses;
    private final OcrConfusions confusions = new OcrConfusions(2, 200);
    private final LevenshteinDistance twoEdits = new LevenshteinDistance(2);
    /** Curated single-word names an OCR repair may land on, by length (a repair changes the length by two at most). */
    private final Map<Integer, List<RepairTarget>> targetsByLength;
    /** Repairs already worked out for a word: a paper repeats its words, and the answer depends on the word alone. */
    private final Map<String, Optional<Repair>> repairs = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Repair>> eldest) {
            return size() > REPAIRS_KEPT;
        }
    };
    private final InnStems stems;
    private final Predicate<String> namedElsewhere;

    public DrugFinder(DrugLexicon lexicon, OtherSenses senses) {
        this(lexicon, senses, text -> false);
    }

    /**
     * @param namedElsewhere true for a word another lexicon names (a gene, a trial): never read as a new drug name
     */
    public DrugFinder(DrugLexicon lexicon, OtherSenses senses, Predicate<String> namedElsewhere) {
        this.lexicon = lexicon;
        this.senses = senses;
        this.stems = lexicon.stems();
        this.namedElsewhere = namedElsewhere;
        this.targetsByLength = lexicon.curatedNames().stream()
                .filter(name -> name.indexOf(' ') < 0 && name.length() >= MIN_REPAIRED_NAME
                        && name.chars().allMatch(Character::isLetter))
                .map(name -> new RepairTarget(name, letterCounts(name)))
                .collect(Collectors.groupingBy(target -> target.name().length()));
    }

    /** The drugs and classes of one sentence; a weak drug mention (a short abbreviation) has confidence 0.5. */
    public record Found(List<Mention> drugs, List<Mention> classes) {
        public Found {
            drugs = List.copyOf(drugs);
            classes = List.copyOf(classes);
        }
    }

    /** The drugs of a sentence, read with the sentence alone as context. */
    @Override
    public List<Mention> find(Sentence sentence) {
        return find(sentence, sentence.text().toLowerCase(Locale.ROOT)).drugs();
    }

    /**
     * @param context the sentence with its neighbours, lower-cased: where cue words of another meaning are sought
     */
    public Found find(Sentence sentence, String context) {
        NormalizedText view = NormalizedText.of(sentence.text());
        String text = view.text();
        List<TermMatch<DrugTerm>> kept = TermIndex.longestFirst(lexicon.index().findAll(text));
        List<Mention> drugs = new ArrayList<>();
        List<Mention> classes = new ArrayList<>();
        for (TermMatch<DrugTerm> match : kept) {
            DrugTerm term = match.term();
            if (term.kind() == DrugTerm.Kind.BLOCKER || senses.otherMeaning(match.surface(), context) != null) {
                continue;
            }
            double confidence = term.weak() ? 0.5 : term.source() == DrugTerm.Source.CURATED ? 0.9 : 0.8;
            Mention mention = mention(sentence, view, match.start(), match.end(), term.name(), null, confidence);
            (term.kind() == DrugTerm.Kind.CLASS ? classes : drugs).add(mention);
        }
        drugs = listedWithDrugs(sentence, drugs);
        String lowerText = text.toLowerCase(Locale.ROOT);
        boolean treatmentTalk = TREATMENT_TALK.matcher(lowerText).find() || !drugs.isEmpty();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            while (end > start && text.charAt(end - 1) == '-') {
                end--;
            }
            if (overlaps(kept, start, end)) {
                continue;
            }
            String surface = text.substring(start, end);
            Repair repair = repair(surface, treatmentTalk);
            if (repair != null) {
                Mention mention = mention(sentence, view, start, end, repair.term().name(),
                        surface + " → " + repair.reading(), 0.6);
                (repair.term().kind() == DrugTerm.Kind.CLASS ? classes : drugs).add(mention);
            } else if (treatmentTalk) {
                Mention inferred = inferred(sentence, view, start, end, drugs, lowerText);
                if (inferred != null) {
                    drugs.add(inferred);
                }
            }
        }
        return new Found(drugs, classes);
    }

    /**
     * A word no lexicon knows that names a drug by its form: an INN stem ("zorbatinib"), a biological's second word
     * ("zorbepoetin alfa"), or a development code where the sentence has a place for a drug ("AB-1234 150 mg").
     * Lower confidence than a lexicon hit; the evidence says what the reading rests on.
     */
    private Mention inferred(Sentence sentence, NormalizedText view, int start, int end, List<Mention> drugs,
                             String lowerText) {
        Mention reading = reading(sentence, view, start, end, drugs);
        if (reading == null) {
            return null;
        }
        String word = view.text().substring(start, end);
        String named = reading.surface().contains(" ") ? reading.surface().split("\\s+")[0] : word;
        boolean elsewhere = namedElsewhere.test(word) || namedElsewhere.test(named);
        return elsewhere || senses.otherMeaning(word, lowerText) != null ? null : reading;
    }

    private Mention reading(Sentence sentence, NormalizedText view, int start, int end, List<Mention> drugs) {
        String text = view.text();
        String word = text.substring(start, end);
        if (end + 4 < text.length() && text.charAt(end) == ' ') {
            Matcher biological = BIOLOGICAL.matcher(text).region(start, text.length());
            if (biological.lookingAt()) {
                String name = biological.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                return drugs.stream().anyMatch(m -> m.normalized().equals(name)) ? null
                        : mention(sentence, view, start, biological.end(), name,
                        "INN of a biological (" + biological.group(2).toLowerCase(Locale.ROOT) + ")", INFERRED);
            }
        }
        String whole = lexicon.nameStartingWith(word);
        if (whole != null) {
            return mention(sentence, view, start, end, whole, "first word of " + whole, INFERRED);
        }
        boolean lowerWord = word.length() >= 6 && word.chars().allMatch(Character::isLetter)
                && word.substring(1).chars().allMatch(Character::isLowerCase);
        String stem = lowerWord ? stems.finderStemOf(word) : null;
        if (stem != null) {
            String defined = definedAs(text.substring(end));
            return defined != null
                    ? mention(sentence, view, start, end, defined, "INN stem -" + stem + ", abbreviated as a form of "
                    + defined, INFERRED)
                    : mention(sentence, view, start, end, word.toLowerCase(Locale.ROOT), "INN stem -" + stem, INFERRED);
        }
        if (DEVELOPMENT_CODE.matcher(word).matches() && (DOSE_AFTER.matcher(text.substring(end)).find()
                || nearDrug(sentence, view, start, end, drugs))) {
            return mention(sentence, view, start, end, word, "development code", INFERRED);
        }
        return null;
    }

    /** A drug mention of the sentence within a few words of {@code [start, end)} (view offsets). */
    private static boolean nearDrug(Sentence sentence, NormalizedText view, int start, int end, List<Mention> drugs) {
        int from = sentence.start() + view.originalStart(start);
        int to = sentence.start() + view.originalEnd(end);
        return drugs.stream().anyMatch(m -> m.confidence() > 0.5
                && (Math.abs(m.start() - to) <= NEAR || Math.abs(from - m.end()) <= NEAR));
    }

    /**
     * "gemcitabine, S-1, or CDDP": a short abbreviation listed with a drug named in full is a drug too. Returns the
     * mentions with such abbreviations raised above the weak confidence.
     */
    private static List<Mention> listedWithDrugs(Sentence sentence, List<Mention> drugs) {
        List<Mention> raised = new ArrayList<>(drugs);
        raised.sort(java.util.Comparator.comparingInt(Mention::start));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < raised.size(); i++) {
                Mention weak = raised.get(i);
                if (weak.confidence() > 0.5) {
                    continue;
                }
                boolean listed = (i > 0 && raised.get(i - 1).confidence() > 0.5
                        && LIST_GAP.matcher(gap(sentence, raised.get(i - 1).end(), weak.start())).matches())
                        || (i + 1 < raised.size() && raised.get(i + 1).confidence() > 0.5
                        && LIST_GAP.matcher(gap(sentence, weak.end(), raised.get(i + 1).start())).matches());
                if (listed) {
                    raised.set(i, new Mention(weak.start(), weak.end(), weak.surface(), weak.normalized(),
                            weak.repair(), 0.7));
                    changed = true;
                }
            }
        }
        return raised;
    }

    /** "Gosituzumab (SG)": the drug a parenthesized short form right after a word is a lexicon form of, or null. */
    private String definedAs(String after) {
        Matcher parenthesis = SHORT_FORM_AFTER.matcher(after);
        if (!parenthesis.lookingAt()) {
            return null;
        }
        return lexicon.lookup(parenthesis.group(1)).stream().filter(term -> term.kind() == DrugTerm.Kind.DRUG)
                .map(DrugTerm::name).findFirst().orElse(null);
    }

    private static String gap(Sentence sentence, int from, int to) {
        return from <= to ? sentence.slice(from, to) : "";
    }

    private record Repair(String reading, DrugTerm term) {
    }

    Repair repair(String word, boolean treatmentTalk) {
        boolean hasDigit = word.chars().anyMatch(Character::isDigit);
        if (hasDigit && word.chars().anyMatch(Character::isUpperCase)) {
            return codeRepair(word);
        }
        boolean nameLike = word.length() >= MIN_REPAIRED_NAME && word.chars().allMatch(Character::isLetter)
                && word.substring(1).chars().allMatch(Character::isLowerCase);
        return nameLike ? nameRepair(word.toLowerCase(Locale.ROOT), treatmentTalk) : null;
    }

    /** A development code read through the OCR confusion model; the repair must be a non-weak drug form. */
    private Repair codeRepair(String word) {
        Repair found = null;
        int changes = Integer.MAX_VALUE;
        for (OcrConfusions.Reading reading : confusions.readings(word)) {
            if (reading.changes() > changes) {
                break;
            }
            for (DrugTerm term : lexicon.lookup(reading.text())) {
                if (term.kind() == DrugTerm.Kind.DRUG && !term.weak() && term.source() == DrugTerm.Source.CURATED) {
                    if (found != null && !found.term().name().equals(term.name())) {
                        return null;
                    }
                    found = new Repair(reading.text(), term);
                    changes = reading.changes();
                }
            }
        }
        return found;
    }

    /**
     * The one curated single-word name within the edit bound (one edit below ten letters, two from ten on), with the
     * drug's stem or talk of treatment around it; null when none or several are that close.
     */
    private Repair nameRepair(String word, boolean treatmentTalk) {
        return repairs.computeIfAbsent(word + (treatmentTalk ? "\u0001" : ""),
                key -> Optional.ofNullable(closestName(word, treatmentTalk))).orElse(null);
    }

    private Repair closestName(String word, boolean treatmentTalk) {
        Repair found = null;
        boolean ambiguous = false;
        int bestDistance = Integer.MAX_VALUE;
        int[] letters = letterCounts(word);
        for (int length = word.length() - 2; length <= word.length() + 2; length++) {
            for (RepairTarget target : targetsByLength.getOrDefault(length, List.of())) {
                String name = target.name();
                int bound = name.length() >= 10 ? 2 : 1;
                if (Math.abs(name.length() - word.length()) > bound
                        || letterDifference(letters, target.letters()) > 2 * bound) {
                    continue;
                }
                int distance = twoEdits.apply(word, name);
                if (distance < 1 || distance > bound) {
                    continue;
                }
                boolean sharesStem = word.endsWith(name.substring(name.length() - STEM));
                if (!sharesStem && !treatmentTalk) {
                    continue;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    ambiguous = false;
                    found = new Repair(name, new DrugTerm(DrugTerm.Kind.DRUG, name, DrugTerm.Source.CURATED, false));
                } else if (distance == bestDistance && !found.term().name().equals(name)) {
                    ambiguous = true;
                }
            }
        }
        return ambiguous ? null : found;
    }

    /** A curated single-word name an OCR repair may land on, with its letter counts for a quick first filter. */
    private record RepairTarget(String name, int[] letters) {
    }

    private static int[] letterCounts(String word) {
        int[] counts = new int[27];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            counts[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
        }
        return counts;
    }

    /** Each edit changes the letter counts by at most two, so a larger difference rules a name out. */
    private static int letterDifference(int[] a, int[] b) {
        int difference = 0;
        for (int i = 0; i < a.length; i++) {
            difference += Math.abs(a[i] - b[i]);
        }
        return difference;
    }

    private static boolean overlaps(List<TermMatch<DrugTerm>> kept, int start, int end) {
        for (TermMatch<DrugTerm> match : kept) {
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
