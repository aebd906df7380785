package org.oncocurate.extract.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;

/**
 * How prose brings in a study: "a randomized phase III trial", "another study", "the previous phase II study", "the
 * MIRACLE study" (a name the finder does not know) bring in one the text has not named; "a subgroup analysis", "an
 * updated analysis" look again at the trial already in view; "a subsequent analysis of the NAME trial" names the
 * study in view.
 */
final class StudyPhrases {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    /** "the previous phase II study", "the original X study": earlier work, not the trial the text is about. */
    private static final Set<String> EARLIER = Set.of("previous", "prior", "earlier", "original", "former",
            "preceding");
    /** What makes "an ... analysis" one of the trial already in view rather than a study of its own. */
    private static final Set<String> WITHIN_TRIAL = Set.of("subgroup", "subset", "subsequent", "updated", "final",
            "interim", "exploratory", "post-hoc", "hoc", "secondary", "prespecified", "pre-specified", "preplanned",
            "planned", "unplanned", "follow-up", "long-term", "landmark", "sensitivity", "per-protocol",
            "intention-to-treat", "intent-to-treat", "additional", "further", "later", "mature", "extended");
    private static final Set<String> STUDY_WORDS = Set.of("study", "trial", "analysis", "meta-analysis");
    private static final int STUDY_REACH = 6;
    private static final int NAME_CAPITALS = 3;
    /**
     * "A subsequent analysis of the KITE-2 trial (NCT...)": a further analysis of a named trial, which names the study
     * the text was describing without a name.
     */
    private static final Pattern ANALYSIS_OF = Pattern.compile(
            "(?i)\\b(?:an?|the)\\s+((?:[\\w-]+,?\\s+){0,4})analys[ie]s\\s+(?:of|from)\\s+(?:the\\s+)?(?:[\\w-]+/)?$");
    private static final int ANALYSIS_REACH = 80;

    private StudyPhrases() {
    }

    static boolean introducesAnotherStudy(List<FigureToken> tokens) {
        return anotherStudyAt(tokens, true) >= 0;
    }

    /**
     * Where the last study the sentence brings in without a name the finder knows begins, else -1. With
     * {@code listedDesign}, "a randomized, controlled, noninferiority trial" counts too: a sentence naming no trial
     * that so describes one brings it in, while after a name ("The KITE study sought ... in an open-label,
     * randomized, phase II study of ...") such a list describes the study just named.
     */
    static int anotherStudyAt(List<FigureToken> tokens, boolean listedDesign) {
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            FigureToken token = tokens.get(i);
            if (token.is(Kind.WORD) && INDEFINITE.contains(token.canonical())
                    && studyWordAfter(tokens, i, listedDesign) >= 0 && !analysisOfTheTrial(tokens, i)) {
                at = token.start();
            }
            if (token.isWord("the") && i + 1 < tokens.size() && tokens.get(i + 1).is(Kind.WORD)
                    && EARLIER.contains(tokens.get(i + 1).canonical())
                    && studyWordAfter(tokens, i + 1, listedDesign) >= 0) {
                at = token.start();
            }
            if (token.isWord("the") && i + 2 < tokens.size() && isName(tokens.get(i + 1))
                    && tokens.get(i + 2).is(Kind.WORD) && STUDY_WORDS.contains(tokens.get(i + 2).canonical())) {
                at = token.start();
            }
        }
        return at;
    }

    /**
     * "A subgroup analysis", "an updated analysis", "In an exploratory analysis of ...": a further look at the data of
     * the trial the text is about, not another study.
     */
    private static boolean analysisOfTheTrial(List<FigureToken> tokens, int from) {
        int study = studyWordAfter(tokens, from, true);
        if (study < 0 || !tokens.get(study).canonical().equals("analysis")) {
            return false;
        }
        for (int i = from + 1; i < study; i++) {
            if (WITHIN_TRIAL.contains(tokens.get(i).canonical())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the study word of a noun phrase opening after {@code from} stands ("a randomized, controlled,
     * noninferiority trial"), or -1 when the phrase ends first: words (and with {@code commas} the commas between
     * them), up to a reach.
     */
    private static int studyWordAfter(List<FigureToken> tokens, int from, boolean commas) {
        int words = 0;
        for (int i = from + 1; i < tokens.size() && words < STUDY_REACH; i++) {
            FigureToken token = tokens.get(i);
            if (token.is(Kind.COMMA) && commas) {
                continue;
            }
            if (!token.is(Kind.WORD)) {
                return -1;
            }
            if (STUDY_WORDS.contains(token.canonical())) {
                return i;
            }
            words++;
        }
        return -1;
    }

    /** A study's proper name: a word of capitals ("MIRACLE", "SOLAR"), not an ordinary capitalised word. */
    private static boolean isName(FigureToken token) {
        return token.is(Kind.WORD) && token.text().chars().filter(Character::isUpperCase).count() >= NAME_CAPITALS;
    }

    /**
     * True when {@code before}, the text just before a trial's name, ends in a further analysis of it ("A
     * subsequent analysis of the ", "an updated analysis of ENGOT-"): the name is that of the study in view.
     */
    static boolean analysisOfNamed(String before) {
        Matcher analysis = ANALYSIS_OF.matcher(before.substring(Math.max(0, before.length() - ANALYSIS_REACH)));
        return analysis.find() && Arrays.stream(analysis.group(1).split("[\\s,]+"))
                .anyMatch(word -> WITHIN_TRIAL.contains(word.toLowerCase(Locale.ROOT)));
    }
}
