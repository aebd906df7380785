package org.oncocurate.extract.outcome;

import java.util.List;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.text.Mention;

/**
 * The trial prose is about, for tying figures to it: the trial named in the figures' sentence before them, else one
 * named just after them, else the one the paragraph was last about, else one named later in the sentence. A new
 * paragraph, or a sentence that brings in another study without a name the trial finder knows ("A phase II study of
 * an oral SERD...", "The ACRONYM study..."), ends the paragraph's trial: its figures are kept with their trial unknown
 * rather than given to the wrong trial. A paragraph that begins before the last one finished its sentence (a page
 * break in the middle) continues it. Two names joined by a slash ("PALOMA-1/TRIO-18") are one trial, named by the
 * first.
 */
final class TrialScope {
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    private static final Set<String> STUDY_WORDS = Set.of("study", "trial", "analysis", "meta-analysis");
    private static final int STUDY_REACH = 5;
    private static final int NAME_CAPITALS = 3;
    /** A trial named this close after figures ("... months (PALOMA-2)", "... in the PALOMA-2 trial") is theirs. */
    private static final int NEAR_AFTER = 40;

    private int paragraph = -1;
    private String current;

    /**
     * Moves to a sentence: call before reading its figures. {@code continuing} is true when the paragraph before
     * stopped mid-sentence (cut by a page or column break), so the new one goes on with its trial.
     */
    void enter(int sentenceParagraph, boolean continuing, List<Mention> mentions, List<FigureToken> tokens) {
        if (sentenceParagraph != paragraph) {
            paragraph = sentenceParagraph;
            current = continuing ? current : null;
        }
        if (mentions.isEmpty() && introducesAnotherStudy(tokens)) {
            current = null;
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
        Mention after = mentions.stream().filter(mention -> mention.start() >= statement.end()).findFirst()
                .orElse(null);
        if (after != null && (current == null || after.start() - statement.end() <= NEAR_AFTER)) {
            return after.normalized();
        }
        return current;
    }

    /** Moves past a sentence: call after reading its figures. */
    void leave(List<Mention> mentions) {
        if (!mentions.isEmpty()) {
            current = mentions.get(mentions.size() - 1).normalized();
        }
    }

    static boolean introducesAnotherStudy(List<FigureToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            FigureToken token = tokens.get(i);
            if (token.is(Kind.WORD) && INDEFINITE.contains(token.canonical()) && studyWithin(tokens, i)) {
                return true;
            }
            if (token.isWord("the") && i + 2 < tokens.size() && isName(tokens.get(i + 1))
                    && tokens.get(i + 2).is(Kind.WORD) && STUDY_WORDS.contains(tokens.get(i + 2).canonical())) {
                return true;
            }
        }
        return false;
    }

    private static boolean studyWithin(List<FigureToken> tokens, int from) {
        for (int i = from + 1; i < Math.min(tokens.size(), from + 1 + STUDY_REACH); i++) {
            FigureToken token = tokens.get(i);
            if (token.is(Kind.WORD) && STUDY_WORDS.contains(token.canonical())) {
                return true;
            }
            if (!token.is(Kind.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** A study's proper name: a word of capitals ("MIRACLE", "SOLAR"), not an ordinary capitalised word. */
    private static boolean isName(FigureToken token) {
        return token.is(Kind.WORD) && token.text().chars().filter(Character::isUpperCase).count() >= NAME_CAPITALS;
    }
}
