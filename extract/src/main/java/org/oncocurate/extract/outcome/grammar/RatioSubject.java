package org.oncocurate.extract.outcome.grammar;

import java.util.List;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;

/**
 * What a ratio is of, said right after its name: a subscript ("HRdeath", "(HR)death", "HR_OS", "HRprogression or
 * death", "HRradiographic PFS") or a phrase ("HR for death", "hazard ratio of distant metastases for the RT patients",
 * "the HR for the effect of drug A on disease progression in patients assigned to drug A compared with placebo").
 * The words name the endpoint: progression → PFS, death or survival → OS, metastases → MFS, recurrence → RFS; an
 * endpoint printed in them wins.
 */
final class RatioSubject {
    private static final Set<String> PHRASE_LEADS = Set.of("for", "of");
    private static final Set<String> DEATH = Set.of("death", "deaths", "mortality", "survival", "dying");
    private static final Set<String> PROGRESSION = Set.of("progression", "progressions");
    private static final Set<String> METASTASES = Set.of("metastases", "metastasis");
    private static final Set<String> RECURRENCE = Set.of("recurrence", "relapse");
    private static final int SUBSCRIPT_WORDS = 4;
    /** A phrase may be long ("for the effect of A on disease progression in patients assigned to ..."). */
    private static final int PHRASE_WORDS = 22;

    /**
     * The endpoint named (or null), the index after the subject, and whether the endpoint was read from the event
     * words ("progression", "recurrence") rather than printed.
     */
    record Subject(String endpoint, int next, boolean fromEvent) {
        Subject(String endpoint, int next) {
            this(endpoint, next, false);
        }
    }

    private RatioSubject() {
    }

    /** Reads the subject at {@code at}, just after the ratio's name ending at {@code nameEnd} (a text offset). */
    static Subject read(TokenCursor tokens, int at, int nameEnd) {
        int index = at;
        if (index < tokens.size() && tokens.at(index).start() == nameEnd && isWordOrEndpoint(tokens.at(index))) {
            int limit = Math.min(tokens.size(), index + SUBSCRIPT_WORDS);
            int end = index;
            while (end < limit && isWordOrEndpoint(tokens.at(end)) && !isCopula(tokens.at(end))) {
                end++;
            }
            return subject(tokens, index, end, end);
        }
        if (index + 1 < tokens.size() && tokens.at(index).is(Kind.WORD)
                && PHRASE_LEADS.contains(tokens.at(index).canonical()) && !tokens.is(index + 1, Kind.NUMBER)) {
            int limit = Math.min(tokens.size(), index + 1 + PHRASE_WORDS);
            int end = index + 1;
            while (end < limit && (isWordOrEndpoint(tokens.at(end)) || tokens.is(end, Kind.SLASH)
                    || tokens.is(end, Kind.PLUS)) && !isCopula(tokens.at(end))) {
                end++;
            }
            boolean closed = end < tokens.size() && (isCopula(tokens.at(end)) || tokens.is(end, Kind.COMMA)
                    || tokens.is(end, Kind.COLON) || tokens.is(end, Kind.COMPARATOR) || tokens.is(end, Kind.NUMBER));
            return closed ? subject(tokens, index + 1, end, end) : null;
        }
        return new Subject(null, at);
    }

    private static Subject subject(TokenCursor tokens, int from, int to, int next) {
        String endpoint = endpoint(tokens, from, to);
        boolean printed = false;
        for (int i = from; i < to && !printed; i++) {
            printed = tokens.at(i).is(Kind.ENDPOINT) || FigureLexer.tokenize(tokens.at(i).text(), 0).stream()
                    .anyMatch(token -> token.is(Kind.ENDPOINT));
        }
        return new Subject(endpoint, next, endpoint != null && !printed);
    }

    /** The endpoint words [from, to) name: a printed endpoint, else progression, death, metastases, recurrence. */
    private static String endpoint(TokenCursor tokens, int from, int to) {
        boolean progression = false;
        String other = null;
        for (int i = from; i < to; i++) {
            FigureToken token = tokens.at(i);
            if (!isWordOrEndpoint(token)) {
                continue;
            }
            if (token.is(Kind.ENDPOINT)) {
                return token.canonical();
            }
            List<FigureToken> relexed = FigureLexer.tokenize(token.text(), 0);
            if (relexed.size() == 1 && relexed.get(0).is(Kind.ENDPOINT)) {
                return relexed.get(0).canonical();
            }
            String word = token.canonical();
            progression |= PROGRESSION.contains(word);
            if (other == null) {
                other = DEATH.contains(word) ? "OS" : METASTASES.contains(word) ? "MFS"
                        : RECURRENCE.contains(word) ? "RFS" : null;
            }
        }
        return progression ? "PFS" : other;
    }

    private static boolean isWordOrEndpoint(FigureToken token) {
        return token.is(Kind.WORD) || token.is(Kind.ENDPOINT);
    }

    private static boolean isCopula(FigureToken token) {
        return token.isWord("was") || token.isWord("is") || token.isWord("were");
    }
}
