package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.text.Mention;

/**
 * The trial prose is about, for tying figures to it. Scopes nest: the paper (its subject trial, when it reports one),
 * the section under a heading, a list introduction ("Evidence (drug):"), a numbered list item, the paragraph, the
 * sentence. A scope takes the trial it names (in its heading, introduction, item's opening sentence or an earlier
 * sentence of the paragraph), or is known to be about a study the text does not name ("A phase II study of ...",
 * "The ACRONYM study ..."), or says nothing and leaves the question to the scope around it. A figure takes the trial
 * named in its sentence before it, else one named just after it, else the nearest scope's answer; a scope about an
 * unnamed study answers "trial unknown", so a neighbour's name is never borrowed across it. A paragraph that begins
 * before the last one finished its sentence (a page break in the middle) continues it. Two names joined by a slash
 * ("PALOMA-1/TRIO-18") are one trial, named by the first. The figures of a meta-analysis or pooled analysis that
 * names no trial are a pooled estimate, named "pooled"; a study known only by its first author ("Bujko et al.
 * compared ...") is named by the author. "A subgroup analysis", "an updated analysis" look again at the trial in view
 * and bring in no other study. An item that ends in a colon opens a list nested in it. A study brought in unnamed
 * takes a name when a sentence cites the reference a named trial was cited for, or when the text goes on with "a
 * subsequent analysis of the NAME trial": its figures, before and after, are that trial's.
 */
final class TrialScope {
    /** In a trial report, an indefinite study is another one only when cited or said to be earlier work. */
    private static final Pattern OTHER_WORK = Pattern.compile(
            "\\[\\d|\\(\\d{1,3}(?:[,–-]\\s?\\d{1,3})*\\)|\\b(?:previous(?:ly)?|earlier|another|reported|published"
                    + "|meta-analys[ie]s)\\b|\\p{L}\\.\\d{1,3}(?:[,–-]\\d{1,3})*\\b");
    /** A pooled estimate: its figures belong to no one trial, and are named "pooled". */
    private static final Pattern POOLED = Pattern.compile(
            "(?i)\\b(?:meta-?analys[ie]s|pooled\\s+analys[ie]s|systematic\\s+reviews?"
                    + "|Cochrane\\s+(?:analysis|review))\\b");
    private static final String POOLED_NAME = "pooled";
    /** "Bujko et al. compared ...": a study known by its first author, who opens the sentence, named so. */
    private static final Pattern AUTHOR_STUDY = Pattern.compile(
            "^\\s*(?:(?:In|However|Similarly|Recently),?\\s+)?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+et\\s+al\\b");
    /** "PALOMA-2, a phase III trial", "KEYNOTE-189 (NCT02578680) was a ...": the study is the one just named. */
    private static final Pattern APPOSITION = Pattern.compile(
            "(?i)(?:[\\s,;:()\\[\\]]|\\btrial\\b|\\bstudy\\b|\\bwas\\b|\\bis\\b|NCT\\d{8})*");
    /** A reference marker: "[12]", or a number set right after a sentence's last word ("underpowered.7 ", ").6["). */
    private static final Pattern CITATION = Pattern.compile(
            "\\[(\\d{1,3})]|(?<=[\\p{L})\\]%])\\.(\\d{1,3})(?=\\s|\\[|$)");
    /** "we found", "in our trial", "the present study": a trial report speaking of its own trial. */
    private static final Pattern OWN_TRIAL = Pattern.compile(
            "(?i)\\b(?:we|our|(?:the\\s+)?(?:present|current)\\s+(?:study|trial|analysis))\\b");
    /** A trial named this close after figures ("... months (PALOMA-2)", "... in the PALOMA-2 trial") is theirs. */
    private static final int NEAR_AFTER = 40;
    /** What a scope knows: nothing (ask the scope around it), a trial, or a study left unnamed. */
    private static final String UNNAMED = "\u0000";

    private final String subject;
    private final boolean report;
    private int section = Integer.MIN_VALUE;
    private int paragraph = -1;
    private String sectionTrial;
    private String introTrial;
    private String itemTrial;
    private String parentItemTrial;
    private String paragraphTrial;
    /** What the paragraphs before this one in the section were last about. */
    private String earlierParagraphTrial;
    private int itemNumber;
    private int parentItemNumber;
    private boolean introHere;
    /** The trial each reference was cited for while the text was about it; UNNAMED when cited for several. */
    private final Map<String, String> citedFor = new HashMap<>();
    private List<String> citations = List.of();
    /**
     * A trial report comparing its results with earlier work cited in this sentence: the sentence's figures are of
     * that unnamed work, and the report's next sentence speaks of its own trial again.
     */
    private boolean otherWorkHere;
    /** How many unnamed studies the text has brought in: each is told apart, to be named if the text names it later. */
    private int unnamedStudies;
    /** The names learned later for studies first brought in unnamed. */
    private final Map<String, String> namedLater = new HashMap<>();

    /**
     * @param subject the paper's own trial, the default of every scope, or null
     * @param report  true when the paper reports a trial of its own
     */
    TrialScope(String subject, boolean report) {
        this.subject = subject;
        this.report = report;
    }

    /** Where a sentence stands in the paper's structure. */
    record Place(int section, boolean heading, boolean listIntro, int listItem) {
    }

    /**
     * Moves to a sentence: call before reading its figures. {@code continuing} is true when the paragraph before
     * stopped mid-sentence (cut by a page or column break), so the new one goes on with its trial; {@code text} is
     * the sentence, which begins at {@code offset} in the paper.
     */
    void enter(Place place, int sentenceParagraph, boolean continuing, List<Mention> mentions,
               List<FigureToken> tokens, String text, int offset) {
        if (place.section() != section) {
            section = place.section();
            sectionTrial = null;
            introTrial = null;
            earlierParagraphTrial = null;
            endList();
            paragraphTrial = continuing ? paragraphTrial : null;
        }
        if (sentenceParagraph != paragraph) {
            paragraph = sentenceParagraph;
            earlierParagraphTrial = continuing ? earlierParagraphTrial : paragraphTrial;
            paragraphTrial = continuing ? paragraphTrial : null;
        }
        citations = citations(text);
        otherWorkHere = false;
        introHere = place.listIntro() && place.listItem() == 0;
        if (introHere) {
            introTrial = null;
            endList();
        }
        if (place.listItem() > 0) {
            openItem(place.listItem());
        }
        if (place.heading()) {
            sectionTrial = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1).normalized();
        }
        learnNameOfUnnamedStudy(mentions, text, offset);
        Matcher author = AUTHOR_STUDY.matcher(text);
        if (mentions.isEmpty() && POOLED.matcher(text).find()) {
            about(POOLED_NAME);
        } else if (mentions.isEmpty() && author.find()) {
            about(author.group(1) + " et al.");
        } else if (mentions.isEmpty() && StudyPhrases.introducesAnotherStudy(tokens) && !report) {
            about(unnamed());
        } else if (mentions.isEmpty() && StudyPhrases.introducesAnotherStudy(tokens) && OTHER_WORK.matcher(text).find()) {
            otherWorkHere = true;
        } else if (mentions.isEmpty() && subject != null && OWN_TRIAL.matcher(text).find()) {
            about(subject);
        }
        String cited = mentions.isEmpty() && !report && aboutAnUnnamedStudy() ? cited() : null;
        if (cited != null) {
            about(cited);
        }
    }

    /**
     * "A subsequent analysis of the KITE-2 trial ..." while the text is about a study it has not named: that study is
     * KITE-2, and the figures already tied to it take the name (see {@link #named}).
     */
    private void learnNameOfUnnamedStudy(List<Mention> mentions, String text, int offset) {
        String study = nearest();
        if (study == null || !isUnnamed(study) || mentions.isEmpty()) {
            return;
        }
        for (Mention mention : mentions) {
            int at = mention.start() - offset;
            if (at < 0 || at > text.length()) {
                continue;
            }
            if (StudyPhrases.analysisOfNamed(text.substring(0, at))) {
                namedLater.putIfAbsent(study, mention.normalized());
                return;
            }
        }
    }

    /**
     * The trial a figure was tied to, once the whole text is read: a study brought in unnamed and named later
     * ({@link #learnNameOfUnnamedStudy}) gives its name; one never named gives null.
     */
    String named(String trial) {
        return trial == null || !isUnnamed(trial) ? trial : namedLater.get(trial);
    }

    private String unnamed() {
        return UNNAMED + ++unnamedStudies;
    }

    private static boolean isUnnamed(String trial) {
        return trial.startsWith(UNNAMED);
    }

    /** What the nearest scope that says anything knows: a trial, an unnamed study, or null. */
    private String nearest() {
        for (String level : levels()) {
            if (level != null) {
                return level;
            }
        }
        return null;
    }

    /** True when the nearest scope that says anything is about a study the text has not named. */
    private boolean aboutAnUnnamedStudy() {
        String nearest = nearest();
        return nearest != null && isUnnamed(nearest);
    }

    /**
     * A numbered item: the next of its list, or an item of a list nested in an open item ("4. The KITE trial ...
     * 1. In patients with ...": the nested items are about the trial of the item that holds them; a number that
     * does not follow the open item's, "3." after "4.", is a nested list whose first items were not seen as such),
     * or, numbered on from the item holding the nested list, that list's next item.
     */
    private void openItem(int number) {
        if ((number == 1 || number <= itemNumber) && itemNumber > 0 && parentItemNumber == 0) {
            parentItemNumber = itemNumber;
            parentItemTrial = itemTrial;
        } else if (parentItemNumber > 0 && number == parentItemNumber + 1 && number != itemNumber + 1) {
            parentItemNumber = 0;
            parentItemTrial = null;
        }
        itemNumber = number;
        itemTrial = null;
        paragraphTrial = null;
        earlierParagraphTrial = null;
    }

    private void endList() {
        earlierParagraphTrial = null;
        itemNumber = 0;
        itemTrial = null;
        parentItemNumber = 0;
        parentItemTrial = null;
    }

    /** The text is now about {@code trial} (or an unnamed study): the paragraph, and the open item or list intro. */
    private void about(String trial) {
        paragraphTrial = trial;
        if (introHere) {
            introTrial = trial;
        } else if (itemNumber > 0) {
            itemTrial = trial;
        }
    }

    String trialFor(FigureStatement statement, List<Mention> mentions, String text, int offset) {
        String before = null;
        Mention previous = null;
        for (Mention mention : mentions) {
            if (mention.start() < statement.start()) {
                boolean alias = previous != null && previous.end() <= mention.start()
                        && text.substring(previous.end() - offset, mention.start() - offset).strip().equals("/");
                before = alias ? before : mention.normalized();
            }
            previous = mention;
        }
        if (before != null) {
            return before;
        }
        String current = current();
        if (current == null) {
            current = cited();
        }
        Mention after = mentions.stream().filter(mention -> mention.start() >= statement.end()).findFirst()
                .orElse(null);
        boolean unnamedInView = current == null && aboutAnUnnamedStudy();
        if (after != null && (current == null && !unnamedInView || after.start() - statement.end() <= NEAR_AFTER)) {
            return after.normalized();
        }
        if (unnamedInView && !otherWorkHere) {
            return nearest();
        }
        return current;
    }

    /**
     * The trial the sentence's references were cited for ("... not statistically significant.7" after "The CARMENA
     * trial ... inhibitor.7"): one reference is one report, so an unnamed study reported by it is that trial. Null
     * when the sentence cites none, or references cited for different trials.
     */
    private String cited() {
        String trial = null;
        for (String citation : citations) {
            String named = citedFor.get(citation);
            if (named == null || isUnnamed(named) || trial != null && !trial.equals(named)) {
                return null;
            }
            trial = named;
        }
        return trial;
    }

    private static List<String> citations(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return found;
    }

    /** What each scope knows, nearest first. */
    private String[] levels() {
        return new String[] {paragraphTrial, itemTrial, parentItemTrial, introTrial, earlierParagraphTrial,
                sectionTrial};
    }

    /** The nearest scope's trial: null when it is unknown. */
    private String current() {
        if (otherWorkHere) {
            return null;
        }
        for (String level : levels()) {
            if (level != null) {
                return isUnnamed(level) ? null : level;
            }
        }
        return subject;
    }

    /**
     * Moves past a sentence: call after reading its figures. The text goes on about the trial the sentence named
     * last, unless it then brought in an unnamed study ("... based on the X trial. Subsequently, in a randomized
     * phase III study, ...") in a review; a trial report goes on about its own trial.
     */
    void leave(List<Mention> mentions, List<FigureToken> tokens, String text, int offset) {
        if (!mentions.isEmpty()) {
            Mention last = mentions.get(mentions.size() - 1);
            int another = StudyPhrases.anotherStudyAt(tokens, false);
            boolean unnamedAfter = another > last.end() && !APPOSITION.matcher(text.substring(
                    Math.min(text.length(), last.end() - offset), Math.min(text.length(), another - offset))).matches()
                    && !report;
            about(unnamedAfter ? unnamed() : last.normalized());
        }
        String current = current();
        if (current != null) {
            citations.forEach(citation -> citedFor.merge(citation, current,
                    (earlier, now) -> earlier.equals(now) ? earlier : UNNAMED));
        }
    }
}
