package org.oncocurate.extract.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;

/**
 * Finds clinical trial names by their shape: acronym-number names (PALOMA-2, MONARCH 3, DESTINY-Breast04,
 * TROPiCS-02) and ClinicalTrials.gov ids (NCT01234567).
 */
public final class TrialFinder implements Finder {
    private static final Pattern NCT = Pattern.compile("\\bNCT\\d{8}\\b");
    private static final Pattern ACRONYM_NUMBER = Pattern.compile(
            "\\b((?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{3,}(?:-[A-Z][a-z]+)?)(?:-| )?(\\d{1,3}[A-Za-z]?)\\b"
                    + "(?!\\s*(?:%|mg|months?|weeks?|years?|patients|cells|mm))");
    /** Capitalised words that precede numbers in papers without naming trials. */
    private static final Set<String> NOT_TRIALS = Set.of("TABLE", "Table", "FIGURE", "Figure", "FIG", "Fig",
            "STEP", "PHASE", "Phase", "CLASS", "GRADE", "Grade", "STAGE", "Stage", "TYPE", "Type", "LEVEL", "Level",
            "COVID", "CYCLE", "Cycle", "ARM", "Arm", "DAY", "Day", "CDKN", "NOTCH", "FOXO", "MAPK", "SMAD", "ERBB",
            "Section", "SECTION", "PART", "Part", "BRCA", "WNT", "KRAS");

    @Override
    public List<Mention> find(Sentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        Matcher nct = NCT.matcher(sentence.text());
        while (nct.find()) {
            mentions.add(mention(sentence, nct.start(), nct.end(), nct.group(), 0.99));
        }
        Matcher acronym = ACRONYM_NUMBER.matcher(sentence.text());
        while (acronym.find()) {
            String word = acronym.group(1);
            if (NOT_TRIALS.contains(word) || looksLikeGeneSymbol(word, acronym.group(2))) {
                continue;
            }
            String name = acronym.group().replaceAll("\\s+", " ");
            mentions.add(mention(sentence, acronym.start(), acronym.end(), name, 0.8));
        }
        return mentions;
    }

    /** Gene symbols also end in digits (CDK4, FGFR1); trials are written with a separator or a long word. */
    private static boolean looksLikeGeneSymbol(String word, String number) {
        return word.length() <= 5 && word.equals(word.toUpperCase()) && number.length() == 1
                && !word.contains("-");
    }

    private static Mention mention(Sentence sentence, int from, int to, String name, double confidence) {
        int start = sentence.start() + from;
        int end = sentence.start() + to;
        return new Mention(start, end, sentence.slice(start, end), name, null, confidence);
    }
}
