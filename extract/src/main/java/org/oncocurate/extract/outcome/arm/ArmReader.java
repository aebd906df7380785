package org.oncocurate.extract.outcome.arm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.outcome.grammar.LabelSpan;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.model.finding.Treatment;

/**
 * Finds the arms of a figure set in its sentence. In order of trust: the words after each value ("19.4 months for the
 * combined group and 12.9 months for the letrozole group"); the arms named, in order, before values said to be
 * "respectively" theirs; the two arms a comparison names before the values ("longer in the everolimus plus
 * exemestane group than in the exemestane alone group (7.4 months vs 2.0 months", "compared with placebo plus
 * fulvestrant, alpelisib plus fulvestrant ..."). Otherwise the arms stay unnamed.
 */
public final class ArmReader {
    private static final Set<String> GROUP_WORDS = Set.of("group", "groups", "arm", "arms", "cohort");
    private static final Set<String> PHRASE_STOPS = Set.of("the", "a", "an", "those", "each", "both", "this", "that",
            "in", "of", "for", "with", "to", "than", "compared", "and", "or", "versus", "between", "vs");
    private static final Set<String> COMPARING = Set.of("than", "compared", "over", "relative", "versus");
    private static final Set<String> DRUG_JOINERS = Set.of("plus", "and", "with", "combined", "combination", "in");
    private static final Set<String> ARM_TAILS = Set.of("alone", "only", "monotherapy");
    private static final int PHRASE_WORDS = 3;

    private final List<FigureToken> tokens;
    private final List<Mention> drugs;

    public ArmReader(List<FigureToken> tokens, List<Mention> drugs) {
        this.tokens = List.copyOf(tokens);
        this.drugs = List.copyOf(drugs);
    }

    /** One treatment per value of a series of medians or rates, or empty when the sentence does not tell. */
    public List<Treatment> armsOf(FigureStatement series) {
        int values = series.readings().size();
        if (values >= 2 && series.labels().stream().allMatch(label -> label != null)) {
            List<Treatment> labelled = new ArrayList<>();
            for (LabelSpan label : series.labels()) {
                Treatment treatment = TreatmentNamer.name(within(label.start(), label.end()), drugs);
                if (treatment == null) {
                    return List.of();
                }
                labelled.add(treatment);
            }
            return labelled;
        }
        List<Candidate> candidates = candidatesBefore(series.start());
        if (series.respectively() && candidates.size() >= values && values >= 2) {
            return candidates.subList(candidates.size() - values, candidates.size()).stream()
                    .map(Candidate::treatment).toList();
        }
        return values == 2 ? comparedPair(candidates) : List.of();
    }

    /** The two arms a ratio stated on its own compares, or empty. */
    public List<Treatment> comparisonOf(FigureStatement ratio) {
        List<Treatment> pair = comparedPair(candidatesBefore(ratio.start()));
        return pair.isEmpty() ? pair : ReferenceArm.comparison(pair, 0);
    }

    private List<Treatment> comparedPair(List<Candidate> candidates) {
        for (int i = candidates.size() - 2; i >= 0; i--) {
            Candidate first = candidates.get(i);
            Candidate second = candidates.get(i + 1);
            if (first.treatment().label().equalsIgnoreCase(second.treatment().label())) {
                continue;
            }
            if (comparing(first.last() + 1, second.first())) {
                return List.of(first.treatment(), second.treatment());
            }
            boolean fronted = comparing(Math.max(0, first.first() - 2), first.first())
                    && second.first() - first.last() == 2 && tokens.get(first.last() + 1).is(Kind.COMMA);
            if (fronted) {
                return List.of(second.treatment(), first.treatment());
            }
        }
        return List.of();
    }

    private boolean comparing(int from, int to) {
        for (int i = from; i < to; i++) {
            FigureToken token = tokens.get(i);
            if (token.is(Kind.VERSUS) || token.is(Kind.WORD) && COMPARING.contains(token.canonical())) {
                return true;
            }
        }
        return false;
    }

    /** Arm phrases before {@code limit}, consecutive repeats ("Ribociclib + letrozole ... the same group") merged. */
    private List<Candidate> candidatesBefore(int limit) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= limit) {
            FigureToken token = tokens.get(i);
            int end = -1;
            int first = i;
            if (isArmWord(token)) {
                end = drugRun(i);
            } else if (token.is(Kind.WORD) && GROUP_WORDS.contains(token.canonical())) {
                first = i;
                while (first > 0 && i - first < PHRASE_WORDS && tokens.get(first - 1).is(Kind.WORD)
                        && !PHRASE_STOPS.contains(tokens.get(first - 1).canonical())) {
                    first--;
                }
                end = first < i ? i : -1;
                if (!candidates.isEmpty() && candidates.get(candidates.size() - 1).last() >= first) {
                    end = -1;
                }
            }
            if (end >= 0) {
                Treatment treatment = TreatmentNamer.name(tokens.subList(first, end + 1), drugs);
                if (treatment != null) {
                    Candidate candidate = new Candidate(first, end, treatment);
                    Candidate previous = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
                    if (previous != null && previous.treatment().label().equalsIgnoreCase(treatment.label())
                            && !comparing(previous.last() + 1, first)) {
                        candidates.set(candidates.size() - 1, candidate);
                    } else {
                        candidates.add(candidate);
                    }
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return candidates;
    }

    /** The last token of a run of drugs joined as one arm ("everolimus plus exemestane group"). */
    private int drugRun(int start) {
        int end = start;
        int i = start + 1;
        while (i < tokens.size()) {
            FigureToken token = tokens.get(i);
            if (isArmWord(token)) {
                end = i;
                i++;
            } else if (token.is(Kind.PLUS) || token.is(Kind.SLASH)
                    || token.is(Kind.WORD) && DRUG_JOINERS.contains(token.canonical())) {
                i++;
            } else {
                break;
            }
        }
        int tail = end + 1;
        if (tail < tokens.size() && tokens.get(tail).is(Kind.WORD)
                && ARM_TAILS.contains(tokens.get(tail).canonical())) {
            end = tail++;
        }
        if (tail < tokens.size() && tokens.get(tail).is(Kind.WORD)
                && GROUP_WORDS.contains(tokens.get(tail).canonical())) {
            end = tail;
        }
        return end;
    }

    private boolean isArmWord(FigureToken token) {
        return TreatmentNamer.drugAt(token, drugs) != null || token.isWord("placebo");
    }

    private List<FigureToken> within(int start, int end) {
        return tokens.stream().filter(token -> token.start() >= start && token.end() <= end).toList();
    }

    private record Candidate(int first, int last, Treatment treatment) {
    }
}
