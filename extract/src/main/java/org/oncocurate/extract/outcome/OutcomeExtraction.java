package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncocurate.extract.entity.TrialMentions;
import org.oncocurate.extract.outcome.arm.ArmDefinitions;
import org.oncocurate.extract.outcome.arm.ArmReader;
import org.oncocurate.extract.outcome.arm.DefinedArms;
import org.oncocurate.extract.outcome.arm.ReferenceArm;
import org.oncocurate.extract.outcome.grammar.FigureParser;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.outcome.grammar.ParseContext;
import org.oncocurate.extract.outcome.table.OutcomeTableReader;
import org.oncocurate.extract.text.Abbreviations;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SpanEvidence;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.text.PaperText;

/**
 * Reads the outcome figures of a paper, from its table grids and its prose, ties each to its trial and arms, checks
 * them and reconciles them: one finding per figure set, conflicts between statements marked. A figure with no trial
 * in reach is kept with its trial unknown.
 */
public final class OutcomeExtraction {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\\p{Pe}\\p{Pf}\"']*\\s*$");

    private final Finder drugFinder;
    private final OutcomeTableReader tables;

    /** @param drugFinder finds drugs in a sentence, to name the arms of a comparison */
    public OutcomeExtraction(Finder drugFinder) {
        this.drugFinder = drugFinder;
        this.tables = new OutcomeTableReader(drugFinder);
    }

    public List<OutcomeFinding> extract(PaperText paper, List<Sentence> sentences, TrialMentions trials) {
        TrialContext context = TrialContext.of(paper, sentences, trials);
        DefinedArms definedArms = new DefinedArms(ArmDefinitions.of(Abbreviations.of(sentences)), drugFinder);
        List<OutcomeStatement> statements = new ArrayList<>(tables.read(paper, sentences, trials, context.subject(),
                definedArms));
        statements.addAll(prose(paper, sentences, trials, context, definedArms));
        return OutcomeReconciliation.reconcile(statements.stream().map(OutcomeFacts::of).toList());
    }

    private List<OutcomeStatement> prose(PaperText paper, List<Sentence> sentences, TrialMentions trials,
                                         TrialContext trialContext, DefinedArms definedArms) {
        List<int[]> tableRanges = OutcomeTableReader.ranges(paper);
        List<OutcomeStatement> statements = new ArrayList<>();
        TrialScope scope = new TrialScope(trialContext.subject(), trialContext.reportsATrial());
        String paragraphEndpoint = null;
        int paragraph = -1;
        boolean finished = true;
        for (Passages.Passage passage : Passages.of(paper, sentences, trials)) {
            Sentence sentence = passage.sentence();
            if (inside(sentence, tableRanges)) {
                continue;
            }
            boolean continuing = !finished;
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                paragraphEndpoint = continuing ? paragraphEndpoint : null;
            }
            finished = SENTENCE_END.matcher(sentence.text()).find();
            List<FigureToken> tokens = passage.tokens();
            List<Mention> mentions = passage.trials();
            scope.enter(trialContext.place(sentence), sentence.paragraph(), continuing, mentions, tokens,
                    sentence.text(), sentence.start());
            ParseContext context = paragraphEndpoint == null ? ParseContext.PROSE
                    : ParseContext.proseAbout(paragraphEndpoint);
            List<FigureStatement> figures = FigureParser.parse(tokens, context);
            if (!figures.isEmpty()) {
                statements.addAll(place(paper, sentence, tokens, figures, scope, mentions, definedArms));
            }
            scope.leave(mentions, tokens, sentence.text(), sentence.start());
            for (FigureToken token : tokens) {
                if (token.is(Kind.ENDPOINT)) {
                    paragraphEndpoint = token.canonical();
                }
            }
        }
        statements.replaceAll(statement -> statement.withTrial(scope.named(statement.trial())));
        return statements;
    }

    /** Ties the figure sets of one sentence to their trial and arms. */
    private List<OutcomeStatement> place(PaperText paper, Sentence sentence, List<FigureToken> tokens,
                                         List<FigureStatement> figures, TrialScope scope, List<Mention> mentions,
                                         DefinedArms definedArms) {
        ArmReader arms = new ArmReader(tokens, drugFinder.find(sentence));
        List<List<Treatment>> seriesArms = new ArrayList<>();
        for (FigureStatement figure : figures) {
            seriesArms.add(figure.measure().isRatio() ? List.of() : definedArms.resolve(arms.armsOf(figure)));
        }
        List<OutcomeStatement> placed = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureStatement figure = figures.get(i);
            List<Treatment> comparison = !figure.measure().isRatio() ? List.of()
                    : figure.series() >= 0 ? ReferenceArm.comparison(seriesArms.get(figure.series()),
                            figure.afterValue())
                    : definedArms.resolve(arms.comparisonOf(figure));
            String repair = figure.repairs().isEmpty() ? null : String.join("; ", figure.repairs());
            String trial = scope.trialFor(figure, mentions, sentence.text(), sentence.start());
            placed.add(new OutcomeStatement(trial, figure, seriesArms.get(i), comparison, OutcomeSource.TEXT,
                    SpanEvidence.of(paper, sentence, figure.start(), figure.end(), repair)));
        }
        return placed;
    }

    private static boolean inside(Sentence sentence, List<int[]> ranges) {
        for (int[] range : ranges) {
            if (sentence.start() < range[1] && sentence.end() > range[0]) {
                return true;
            }
        }
        return false;
    }
}
