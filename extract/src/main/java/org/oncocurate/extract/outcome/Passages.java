package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.List;
import org.oncocurate.extract.entity.TrialMentions;
import org.oncocurate.extract.outcome.grammar.FigureLexer;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.Token;
import org.oncocurate.model.text.PaperText;

/**
 * The units outcome figures are read in: sentences, re-joined where a sentence detector cut a comparison in two. The
 * English models end a sentence at "vs." ("(24.8 months vs." | "14.5 months; HR = 0.56)"), so a sentence that ends
 * in "vs." or leaves a parenthesis open is read together with the next sentence of its paragraph.
 */
final class Passages {
    /** Bounds a re-joined passage, so text that never closes a parenthesis is not read as one sentence. */
    private static final int MAX_CHARACTERS = 1500;

    private Passages() {
    }

    /** A sentence (possibly re-joined) with its tokens and the trials named in it. */
    record Passage(Sentence sentence, List<FigureToken> tokens, List<Mention> trials) {
    }

    static List<Passage> of(PaperText paper, List<Sentence> sentences, TrialMentions trials) {
        List<Passage> passages = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            Sentence first = sentences.get(i);
            List<Sentence> joined = new ArrayList<>(List.of(first));
            List<FigureToken> tokens = FigureLexer.tokenize(first.text(), first.start());
            while (i + joined.size() < sentences.size() && cutShort(tokens)) {
                Sentence next = sentences.get(i + joined.size());
                if (next.paragraph() != first.paragraph() || next.table() != first.table()
                        || next.end() - first.start() > MAX_CHARACTERS) {
                    break;
                }
                joined.add(next);
                Sentence last = joined.get(joined.size() - 1);
                tokens = FigureLexer.tokenize(paper.text().substring(first.start(), last.end()), first.start());
            }
            passages.add(passage(paper, joined, trials, tokens));
            i += joined.size();
        }
        return passages;
    }

    private static Passage passage(PaperText paper, List<Sentence> joined, TrialMentions trials,
                                   List<FigureToken> tokens) {
        List<Mention> mentions = new ArrayList<>();
        joined.forEach(sentence -> mentions.addAll(trials.in(sentence)));
        if (joined.size() == 1) {
            return new Passage(joined.get(0), tokens, mentions);
        }
        Sentence first = joined.get(0);
        Sentence last = joined.get(joined.size() - 1);
        List<Token> words = new ArrayList<>();
        joined.forEach(sentence -> words.addAll(sentence.tokens()));
        Sentence sentence = new Sentence(paper.text().substring(first.start(), last.end()), first.start(), last.end(),
                words, first.paragraph(), first.table());
        return new Passage(sentence, tokens, mentions);
    }

    /** True when the sentence stops inside a comparison: after "vs." or with a parenthesis left open. */
    static boolean cutShort(List<FigureToken> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        if (tokens.get(tokens.size() - 1).is(Kind.VERSUS)) {
            return true;
        }
        int depth = 0;
        for (FigureToken token : tokens) {
            depth += token.is(Kind.OPEN) ? 1 : token.is(Kind.CLOSE) ? -1 : 0;
        }
        return depth > 0;
    }
}
