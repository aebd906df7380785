package org.oncocurate.extract.outcome.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;

/**
 * The words of a series that name arms and join its values: "19.4 months for the combined group and 12.9 months for
 * the letrozole group", "24.8 and 14.5 months in the palbociclib and placebo groups, respectively".
 */
final class SeriesLabels {
    private static final Set<String> LEADS = Set.of("for", "in", "with", "among", "after", "treated", "receiving",
            "who", "given", "when");
    private static final Set<String> POPULATION = Set.of("patients", "pts", "subjects", "participants", "cases",
            "those");
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "than");
    private static final Set<String> STOPS = Set.of("and", "than", "compared", "versus", "respectively", "while",
            "whereas", "but");
    private static final int LABEL_WORDS = 6;
    /** "for patients who received drug A plus drug B": the population and its verb do not count towards the arm. */
    private static final Set<String> RECEIVING = Set.of("who", "received", "receiving", "treated", "given", "with",
            "assigned", "randomized", "randomised", "to");
    private static final int RESPECTIVE_WORDS = 14;
    private static final int SUBGROUP_TOKENS = 16;

    private SeriesLabels() {
    }

    /** The index after a label phrase "for the letrozole group" at {@code at}, or {@code at} when there is none. */
    static int label(TokenCursor tokens, int at) {
        if (!isLead(tokens, at)) {
            return at;
        }
        int end = at + 1;
        int words = 0;
        boolean population = end < tokens.size() && POPULATION.contains(tokens.at(end).canonical());
        while (end < tokens.size() && words < LABEL_WORDS) {
            FigureToken token = tokens.at(end);
            if (token.is(Kind.WORD) && !STOPS.contains(token.canonical())) {
                boolean receiving = population && (end == at + 1 || RECEIVING.contains(token.canonical()));
                population &= receiving;
                words += receiving ? 0 : 1;
            } else if (!token.is(Kind.PLUS) && !token.is(Kind.SLASH)) {
                break;
            }
            end++;
        }
        boolean closed = end >= tokens.size() || tokens.is(end, Kind.VERSUS) || tokens.is(end, Kind.COMMA)
                || tokens.is(end, Kind.SEMICOLON) || tokens.is(end, Kind.CLOSE) || tokens.is(end, Kind.OTHER)
                || tokens.is(end, Kind.OPEN) || tokens.is(end, Kind.RESPECTIVELY)
                || tokens.at(end).is(Kind.WORD) && STOPS.contains(tokens.at(end).canonical());
        return end > at + 1 && closed ? end : at;
    }

    /** Labels for all {@code values} of a series, named after its last value and closed by "respectively". */
    record Respective(List<LabelSpan> labels, int next) {
    }

    /**
     * Reads "in the palbociclib and placebo groups, respectively" at {@code at}: as many arm names as the series has
     * values, separated by "and", commas or "vs"; null when the words are not that.
     */
    static Respective respective(TokenCursor tokens, int at, int values) {
        if (values < 2 || !isLead(tokens, at)) {
            return null;
        }
        List<LabelSpan> labels = new ArrayList<>();
        int partStart = at + 1;
        int end = at + 1;
        while (end < tokens.size() && end - at <= RESPECTIVE_WORDS) {
            FigureToken token = tokens.at(end);
            boolean closing = token.is(Kind.RESPECTIVELY)
                    || token.is(Kind.COMMA) && tokens.is(end + 1, Kind.RESPECTIVELY);
            boolean separating = token.isWord("and") || token.isWord("or") || token.is(Kind.COMMA)
                    || token.is(Kind.VERSUS);
            if (closing || separating) {
                if (partStart == end) {
                    if (closing) {
                        break;
                    }
                    partStart = end + 1;
                    end++;
                    continue;
                }
                labels.add(new LabelSpan(tokens.at(partStart).start(), tokens.at(end - 1).end()));
                partStart = end + 1;
                if (closing) {
                    int next = token.is(Kind.RESPECTIVELY) ? end + 1 : end + 2;
                    return labels.size() == values ? new Respective(labels, next) : null;
                }
            } else if (!token.is(Kind.WORD) && !token.is(Kind.PLUS) && !token.is(Kind.SLASH)) {
                return null;
            }
            end++;
        }
        return null;
    }

    /** True when the words joining two values at {@code at} contrast them: "vs.", "than", ", compared with". */
    static boolean contrasts(TokenCursor tokens, int at) {
        int i = tokens.is(at, Kind.COMMA) ? at + 1 : at;
        return tokens.is(i, Kind.VERSUS) || tokens.isWord(i, "than") || tokens.isWord(i, "compared")
                || i < tokens.size() && tokens.at(i).is(Kind.WORD) && CONTRASTS.contains(tokens.at(i).canonical());
    }

    /** The index after a word joining two values of a series ("vs.", "and", ",", "compared with"), or -1. */
    static int separator(TokenCursor tokens, int at, boolean from) {
        if (tokens.is(at, Kind.VERSUS) || tokens.isWord(at, "and") || tokens.isWord(at, "than")
                || tokens.isWord(at, "or") && tokens.is(at + 1, Kind.NUMBER)) {
            return at + 1;
        }
        if (tokens.is(at, Kind.COMMA)) {
            int after = at + 1;
            if (tokens.isWord(after, "compared") && (tokens.isWord(after + 1, "with") || tokens.isWord(after + 1, "to"))) {
                return after + 2;
            }
            if (tokens.is(after, Kind.VERSUS) || tokens.isWord(after, "and")
                    || after < tokens.size() && tokens.at(after).is(Kind.WORD)
                    && CONTRASTS.contains(tokens.at(after).canonical())) {
                return after + 1;
            }
            return after;
        }
        if (tokens.isWord(at, "compared") && (tokens.isWord(at + 1, "with") || tokens.isWord(at + 1, "to"))) {
            return at + 2;
        }
        return from && tokens.isWord(at, "to") ? at + 1 : -1;
    }

    /**
     * The index after the population a share is of, "of patients", "of the patients", "cases", when an arm's label
     * follows it ("16.1% of patients in the drug A arm", "21 (30.9%) cases in the RT group"); else {@code at}.
     */
    static int population(TokenCursor tokens, int at) {
        int i = at;
        if (tokens.isWord(i, "of")) {
            i += tokens.isWord(i + 1, "the") ? 2 : 1;
        }
        if (i >= tokens.size() || !tokens.at(i).is(Kind.WORD) || !POPULATION.contains(tokens.at(i).canonical())) {
            return at;
        }
        return isLead(tokens, i + 1) ? i + 1 : at;
    }

    /**
     * The index after a subgroup a value is given for, "in patients with PD-L1 expression of at least 5%", "for those
     * with less than 5% positivity": the words up to the next comma, semicolon, "and" or bracket, numbers included;
     * {@code at} when the words name no subgroup.
     */
    static int subgroup(TokenCursor tokens, int at) {
        if (!isLead(tokens, at)) {
            return at;
        }
        int i = at + 1;
        if (tokens.isWord(i, "the")) {
            i++;
        }
        if (i >= tokens.size() || !POPULATION.contains(tokens.at(i).canonical()) || !tokens.isWord(i + 1, "with")) {
            return at;
        }
        int end = i + 2;
        while (end < tokens.size() && end - at <= SUBGROUP_TOKENS) {
            FigureToken token = tokens.at(end);
            if (token.is(Kind.COMMA) || token.is(Kind.SEMICOLON) || token.is(Kind.OPEN) || token.is(Kind.CLOSE)
                    || token.isWord("and") || token.is(Kind.RESPECTIVELY) || token.is(Kind.VERSUS)) {
                break;
            }
            if (token.is(Kind.ENDPOINT) || token.is(Kind.RATIO)) {
                return at;
            }
            end++;
        }
        return end > i + 2 ? end : at;
    }

    private static boolean isLead(TokenCursor tokens, int at) {
        return at < tokens.size() && tokens.at(at).is(Kind.WORD) && LEADS.contains(tokens.at(at).canonical());
    }
}
