package org.oncocurate.extract.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.NormalizedText;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.TermIndex;
import org.oncocurate.extract.text.TermMatch;

/**
 * Finds clinical trials: registry ids of every registry ({@link RegistryIds}: NCT01234567, UMIN000007525, ...);
 * trials of the {@link TrialRegistry} in any spelling (bare acronyms such as PEARL only where the text around speaks
 * of a trial); names of the acronym-number shape (PALOMA-1/TRIO-18, MONARCH 3, TROPiCS-02, DESTINY-Breast04,
 * PrE 0102, EORTC 22033) that are not gene, drug or cell line names; bare acronyms the text calls a trial or study
 * ("the MAINTAIN trial", "study (MIRACLE)") or defines as a trial's name; "Study 19"; a word with a Roman number
 * called a trial ("the Stockholm III trial"); a capitalised "the Crystal Study". A word after "phase" and a bare
 * Roman numeral are never names. The normalized name of a mention is the registry's name when the registry knows the
 * trial, else the name as printed.
 * Thread-safe.
 */
public final class TrialFinder implements Finder {
    private static final Pattern ACRONYM_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])((?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{2,}(?:-[A-Z][a-z]+)?)([- ]?)"
                    + "(\\d{1,5}[A-Za-z]?)(?![\\p{L}\\p{N}]|[-/]\\d|\\.(?!\\d{1,3}(?:[,–-]\\d{1,3})*(?:\\s+\\p{Lu}|\\[|$))\\d"
                    + "|\\s*(?:%|mg|months?|weeks?|years?|days?|"
                    + "patients|cells|mm|nM|μM|kDa|h\\b|vs\\b|versus\\b))");
    private static final Pattern CALLED_TRIAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])([A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*[A-Za-z0-9])\\s+(?:phase\\s+\\S+\\s+)?"
                    + "(?:trials?|study|studies)\\b(?!\\s+(?:flow|diagram|profile|chart))"
                    + "|(?:[Tt]rial|[Ss]tudy)\\s*\\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*)\\)");
    /** "the Stockholm III trial", "the Nordic VII study": a place or word with a Roman number, called a trial. */
    private static final Pattern ROMAN_NAMED_TRIAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])([A-Z][a-z]{3,}\\s(?:I|II|III|IV|V|VI|VII|VIII|IX|X))\\s+(?:trials?|study)\\b");
    /** "Study 19", "Study 10": a sponsor's numbered study, named with a capital S. */
    private static final Pattern NUMBERED_STUDY = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])Study[ -](\\d{1,3}[A-Z]?)(?![\\p{L}\\p{N}]|[.,]\\d)");
    /** "The Breast Cancer Erythropoietin Survival Trial (BEST)": a name the paper defines as a trial's. */
    private static final Pattern DEFINED_AS_TRIAL = Pattern.compile(
            "(?:\\p{Lu}\\p{L}+\\s+){1,10}(?:Trial|Study)\\s*\\((\\p{Lu}[\\p{L}\\d-]{2,20})\\)");
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:,|and|,\\s*and|or)\\s*");
    /** A protocol code: a letter or a few capitals run into a number ("D9901", "E1199", "S0221"). */
    private static final String CODE = "[A-Z]{1,4}-?\\d{3,5}[A-Z]?";
    private static final Pattern PROTOCOL_CODE = Pattern.compile("(?<![\\p{L}\\p{N}-])" + CODE + "(?![\\p{L}\\p{N}])");
    /** "two smaller trials (D9901 and D9902A [NCT...])": the trials a plural names, by their protocol codes. */
    private static final Pattern PROTOCOLS_LISTED = Pattern.compile(
            "\\b(?:trials|studies)\\s*\\((" + CODE + "(?:\\s*(?:,|and|,\\s*and)\\s*" + CODE + ")+)\\s*[)\\[]");
    /** "the Crystal Study", "the Harbor Trial": an ordinary word made a name by a capitalised Study or Trial. */
    private static final Pattern CAPITALISED_STUDY = Pattern.compile(
            "(?<=\\bthe\\s)(\\p{Lu}\\p{Ll}{2,})\\s+(?:Study|Trial)\\b(?!\\s+\\p{Lu})");
    /** A word right after "phase" is the phase ("phase III trial"), never a trial's name. */
    private static final Pattern PHASE_BEFORE = Pattern.compile("(?i)\\bphases?\\s*$");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+(?:/[IVX]+)?[ab]?");
    private static final Pattern TRIAL_TALK = Pattern.compile(
            "\\b(trials?|study|studies|phase|randomi[sz]ed|placebo|enrolled|cohorts?|arms?|tested|evaluated|compared|"
                    + "versus|vs|superior|non-?inferior|efficacy|primary endpoint|median|hazard ratio)\\b");
    private static final Pattern TRIAL_WORD = Pattern.compile("\\b(trials?|study|studies|phase)\\b");
    /** Cooperative-group protocol numbers: NRG-LU002, RTOG 0617, NSABP B-35, SWOG S1007, JCOG0802, ECOG-ACRIN EA1131. */
    private static final Pattern COOPERATIVE_GROUP = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:NRG|RTOG|CALGB|SWOG|"
            + "ECOG-ACRIN|JCOG|NSABP|EORTC|GOG|NCCTG|ACOSOG|IBCSG|BIG|ABCSG|GBG|GEICAM|CCTG|NCIC CTG|TROG|WJOG|"
            + "Alliance|COG|UNICANCER|AGO|NOGGO|PrE)[- ]?(?:[A-Z]{1,3}-?)?\\d{2,5}[A-Z]?(?![\\p{L}\\p{N}]|-\\d)");
    /** What stands between a trial's name and its registry id: "AXIS trial; ClinicalTrials.gov identifier: ". */
    private static final Pattern ID_AFTER_NAME = Pattern.compile("[\\s,;:(\\[]*(?:(?:trial|study)\\b[\\s,;:(\\[]*)?"
            + "(?:(?:ClinicalTrials\\.gov|registry|registration|identifier|number|ID|no\\.?)[\\s,;:#]*)*",
            Pattern.CASE_INSENSITIVE);
    /** "PACE II", "PEARL III": a table row giving the trial's phase after its name. */
    private static final Pattern PHASE_AFTER = Pattern.compile("\\s+(?:I|II|III|IV|I/II|II/III|1|2|3|4)\\b");
    /** What closes a name set alone in parentheses: the parenthesis, or a registry id in brackets. */
    private static final Pattern IN_PARENTHESES_AFTER = Pattern.compile("\\s?(?:\\)|\\[)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** Capitalised words that precede numbers, or are called a study, without naming a trial. */
    private static final Set<String> NOT_TRIALS = Set.of("TABLE", "FIGURE", "FIG", "STEP", "PHASE", "CLASS", "GRADE",
            "STAGE", "TYPE", "LEVEL", "COVID", "CYCLE", "ARM", "ARMS", "DAY", "CDKN", "NOTCH", "FOXO", "MAPK", "SMAD",
            "ERBB", "SECTION", "PART", "BRCA", "WNT", "KRAS", "COHORT", "GROUP", "STUDY", "TRIAL", "PATIENT", "CASE",
            "MODEL", "WEEK", "LINE", "DOSE", "VERSION", "APPENDIX", "BOX", "PANEL", "CHAPTER", "SUPPLEMENTARY", "COV",
            "ECOG", "RECIST", "CTCAE", "TNM", "AJCC", "ISUP", "WHO", "FDA", "EMA", "NCI", "NCCN", "ASCO", "ESMO",
            "SABCS", "AACR", "TCGA", "METABRIC", "SEER", "NCDB", "GWAS", "RCT", "RCTS", "NGS", "PCR", "IHC", "FISH",
            "HR", "ER", "PR", "HER", "OS", "PFS", "ORR", "DFS", "QOL", "CI", "SD", "UK", "USA", "US", "EU", "ID",
            "PMID", "DOI", "ISBN", "CD", "IL", "MMP", "CYP", "MCF", "HCC", "PC", "SK", "SW", "KG", "LM", "IC",
            "EC", "ED", "LD", "GI", "ICD", "AUC", "SNP", "SNPS", "DNA", "RNA", "UTC", "GMT", "HPV", "HIV", "HBV", "HCV");
    private static final int MAX_SHAPE_WORD = 24;
    private static final int SHORT_ACRONYM = 3;
    /** Trial numbers run to three digits (KEYNOTE-189); longer ones are mostly drug codes (AZD-9291). */
    private static final int MAX_TRIAL_NUMBER = 3;

    private final TrialRegistry registry;
    private final Predicate<String> namesSomethingElse;

    /**
     * @param namesSomethingElse true for a text that names a gene, drug or cell line ("GREMLIN1", "NCOR1", "MCF-7",
     *                           "cyclinD1"): such a text is not taken for a trial by its shape alone
     */
    public TrialFinder(TrialRegistry registry, Predicate<String> namesSomethingElse) {
        this.registry = registry;
        this.namesSomethingElse = namesSomethingElse;
    }

    @Override
    public List<Mention> find(Sentence sentence) {
        return find(sentence, sentence.text().toLowerCase(Locale.ROOT));
    }

    /** @param context the sentence with its neighbours, lower-cased: where talk of a trial is sought for bare acronyms */
    public List<Mention> find(Sentence sentence, String context) {
        NormalizedText view = NormalizedText.of(sentence.text());
        String text = view.text();
        boolean trialTalk = TRIAL_TALK.matcher(context).find();
        List<TermMatch<String>> found = new ArrayList<>();
        for (RegistryIds.Found id : RegistryIds.find(text)) {
            found.add(new TermMatch<>(id.start(), id.end(), text.substring(id.start(), id.end()),
                    registry.find(id.id()).map(TrialRegistry.Trial::name).orElse(id.id())));
        }
        for (TermMatch<TrialRegistry.Trial> match : registry.index().findAll(text)) {
            boolean bare = match.surface().chars().noneMatch(Character::isDigit);
            if (!bare || trialTalk || PHASE_AFTER.matcher(text).region(match.end(), text.length()).lookingAt()) {
                found.add(new TermMatch<>(match.start(), match.end(), match.surface(), match.term().name()));
            }
        }
        boolean trialWordHere = TRIAL_WORD.matcher(text.toLowerCase(Locale.ROOT)).find();
        Matcher shape = ACRONYM_NUMBER.matcher(text);
        while (shape.find()) {
            String word = shape.group(1);
            var bareTrial = registry.find(word).filter(trial -> registry.find(shape.group()).isEmpty());
            if (bareTrial.isPresent()) {
                found.add(new TermMatch<>(shape.start(1), shape.end(1), word, bareTrial.get().name()));
            } else if (!afterPhase(text, shape.start()) && (shapeNamesTrial(shape, trialTalk, trialWordHere)
                    || nameInParentheses(text, shape, trialWordHere))) {
                String name = shape.group().replaceAll("\\s+", " ");
                found.add(new TermMatch<>(shape.start(), shape.end(), shape.group(), canonical(name)));
            }
        }
        Matcher protocol = COOPERATIVE_GROUP.matcher(text);
        while (protocol.find()) {
            String name = protocol.group().replaceAll("\\s+", " ");
            found.add(new TermMatch<>(protocol.start(), protocol.end(), protocol.group(), canonical(name)));
        }
        Matcher called = CALLED_TRIAL.matcher(text);
        while (called.find()) {
            int group = called.group(1) != null ? 1 : 2;
            String acronym = called.group(group);
            if (!afterPhase(text, called.start(group)) && acronymNamesTrial(acronym)) {
                found.add(new TermMatch<>(called.start(group), called.end(group), acronym, canonical(acronym)));
            }
        }
        Matcher numbered = NUMBERED_STUDY.matcher(text);
        while (numbered.find() && trialTalk) {
            String name = "Study " + numbered.group(1);
            found.add(new TermMatch<>(numbered.start(), numbered.end(), numbered.group(), canonical(name)));
        }
        Matcher defined = DEFINED_AS_TRIAL.matcher(text);
        while (defined.find()) {
            String acronym = defined.group(1);
            if (acronym.chars().filter(Character::isUpperCase).count() >= 2
                    && !NOT_TRIALS.contains(acronym.toUpperCase(Locale.ROOT))
                    && !ROMAN_NUMERAL.matcher(acronym).matches()) {
                found.add(new TermMatch<>(defined.start(1), defined.end(1), acronym, canonical(acronym)));
            }
        }
        Matcher protocols = PROTOCOLS_LISTED.matcher(text);
        while (protocols.find()) {
            Matcher code = PROTOCOL_CODE.matcher(text).region(protocols.start(1), protocols.end(1));
            while (code.find()) {
                if (!namesSomethingElse.test(code.group())) {
                    found.add(new TermMatch<>(code.start(), code.end(), code.group(), canonical(code.group())));
                }
            }
        }
        Matcher capitalised = CAPITALISED_STUDY.matcher(text);
        while (capitalised.find()) {
            String word = capitalised.group(1);
            if (!NOT_TRIALS.contains(word.toUpperCase(Locale.ROOT)) && !namesSomethingElse.test(word)) {
                found.add(new TermMatch<>(capitalised.start(1), capitalised.end(1), word, canonical(word)));
            }
        }
        Matcher roman = ROMAN_NAMED_TRIAL.matcher(text);
        while (roman.find()) {
            String name = roman.group(1).replaceAll("\\s+", " ");
            if (!NOT_TRIALS.contains(name.substring(0, name.indexOf(' ')).toUpperCase(Locale.ROOT))) {
                found.add(new TermMatch<>(roman.start(1), roman.end(1), roman.group(1), canonical(name)));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (TermMatch<String> match : TermIndex.longestFirst(found)) {
            if (mentions.stream().anyMatch(m -> m.normalized().equals(match.term())
                    && m.start() == sentence.start() + view.originalStart(match.start()))) {
                continue;
            }
            int from = sentence.start() + view.originalStart(match.start());
            int to = sentence.start() + view.originalEnd(match.end());
            double confidence = RegistryIds.canonical(match.surface()) != null ? 0.99 : 0.85;
            mentions.add(new Mention(from, to, sentence.slice(from, to), match.term(), null, confidence));
        }
        return registryIdsJoinTheirName(sentence, mentions);
    }

    /**
     * "KRYSTAL-12 (NCT04685135)", "PEARL, NCT02028507": a registry id printed right after a trial's name is that
     * trial; its mention takes the name, and keeps the id as its surface.
     */
    private static List<Mention> registryIdsJoinTheirName(Sentence sentence, List<Mention> mentions) {
        List<Mention> joined = new ArrayList<>(mentions);
        for (int i = 1; i < joined.size(); i++) {
            Mention id = joined.get(i);
            Mention before = joined.get(i - 1);
            boolean isId = registryId(id) != null;
            boolean named = registryId(before) == null && !lastOfAList(sentence, joined, i - 1);
            if (isId && named && before.end() <= id.start()
                    && ID_AFTER_NAME.matcher(sentence.slice(before.end(), id.start())).matches()) {
                joined.set(i, new Mention(id.start(), id.end(), id.surface(), before.normalized(), null,
                        id.confidence()));
            }
        }
        return joined;
    }

    /** "(K4401 and K4402B [NCT...])": a registry id after a list of names could be any one's, and joins none. */
    private static boolean lastOfAList(Sentence sentence, List<Mention> mentions, int at) {
        if (at < 1) {
            return false;
        }
        Mention before = mentions.get(at - 1);
        Mention last = mentions.get(at);
        return before.end() <= last.start() && LIST_JOINER.matcher(sentence.slice(before.end(), last.start())).matches();
    }

    /** The registry id a mention was printed as, when it was printed as one ("NCT01740427"), else null. */
    public static String registryId(Mention mention) {
        return RegistryIds.canonical(mention.surface());
    }

    private static boolean afterPhase(String text, int start) {
        return PHASE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    private String canonical(String name) {
        return registry.find(name).map(TrialRegistry.Trial::name).orElse(name);
    }

    /**
     * A name of the trial shape that the registry does not know is a trial only with a separator, not being a year,
     * a gene, drug or cell line name, and with talk of a trial around it; a three-letter acronym, which drug codes
     * and garbled abbreviations also make ("ML-223"), needs that talk in its own sentence.
     */
    private boolean shapeNamesTrial(Matcher shape, boolean trialTalk, boolean trialWordHere) {
        String word = shape.group(1);
        String separator = shape.group(2);
        String number = shape.group(3);
        if (word.length() > MAX_SHAPE_WORD || NOT_TRIALS.contains(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (registry.find(shape.group()).isPresent()) {
            return true;
        }
        if ((separator.isEmpty() && !word.contains("-")) || (number.length() == 4 && YEAR.matcher(number).matches())) {
            return false;
        }
        boolean strongShape = word.length() > SHORT_ACRONYM && number.length() <= MAX_TRIAL_NUMBER
                && (!separator.equals(" ") || !word.equals(word.toUpperCase(Locale.ROOT)));
        if (!trialTalk && !strongShape || word.length() == SHORT_ACRONYM && !trialWordHere) {
            return false;
        }
        String whole = shape.group();
        return !namesSomethingElse.test(whole) && !namesSomethingElse.test(word + number)
                && !namesSomethingElse.test(word);
    }

    /**
     * "... investigators (ICON4), ...", "(ZEPHYR2 [NCT...])": an acronym run into its number, set alone in parentheses
     * in a sentence that speaks of a trial, is the name given to that trial.
     */
    private boolean nameInParentheses(String text, Matcher shape, boolean trialWordHere) {
        String word = shape.group(1);
        boolean alone = shape.start() > 0 && text.charAt(shape.start() - 1) == '('
                && IN_PARENTHESES_AFTER.matcher(text).region(shape.end(), text.length()).lookingAt();
        return alone && trialWordHere && shape.group(2).isEmpty() && shape.group(3).length() <= MAX_TRIAL_NUMBER
                && word.equals(word.toUpperCase(Locale.ROOT)) && !NOT_TRIALS.contains(word)
                && !namesSomethingElse.test(shape.group()) && !namesSomethingElse.test(word);
    }

    private boolean acronymNamesTrial(String acronym) {
        if (acronym.length() < 3 || NOT_TRIALS.contains(acronym.toUpperCase(Locale.ROOT))
                || ROMAN_NUMERAL.matcher(acronym).matches()) {
            return false;
        }
        if (registry.find(acronym).isPresent()) {
            return true;
        }
        return acronym.chars().filter(Character::isUpperCase).count() >= 3 && !namesSomethingElse.test(acronym);
    }
}
