package org.oncocurate.extract.outcome.grammar;

import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;

/**
 * The ways one value of a series is printed, and what may stand between it and the next value:
 * <ul>
 *   <li>a count with its share, "3 (4.4%) cases", or under a header "n (%)", "70 (19.4)": the share is the rate;</li>
 *   <li>a value with its CI before its unit, "5.5 (3.8–14.0) months";</li>
 *   <li>a range or interquartile range after it, "17.9 months [IQR, 10.3–29.2]", which is not a CI;</li>
 *   <li>one value for two arms, "14.2 months for both";</li>
 *   <li>the endpoint restated before the next value, "17 months compared with an OS of 7 months".</li>
 * </ul>
 */
final class SeriesValues {
    private static final Set<String> RANGE_WORDS = Set.of("range", "iqr", "interquartile", "min", "max");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> RESTATING = Set.of("of", "was", "were");
    private static final Set<String> MEASURE_NOUNS = Set.of("time", "times", "rate", "rates", "duration");
    private static final Set<String> BOTH_NOUNS = Set.of("arms", "groups", "cohorts");
    /** "23% of the patients were progression free at 24 weeks", "41% remained alive at 3 years". */
    private static final Set<String> STATE_VERBS = Set.of("were", "was", "remained");
    private static final java.util.Map<String, String> STATES = java.util.Map.of("progression-free", "PFS",
            "disease-free", "DFS", "event-free", "EFS", "recurrence-free", "RFS", "relapse-free", "RFS",
            "alive", "OS");
    private static final Set<String> STATE_ENDS = Set.of("at", "after", "by", "in", "on");
    private static final Set<String> BOUND_COMPARATIVES = Set.of("longer", "more", "greater");
    private static final Set<String> HAD = Set.of("had", "achieved", "experienced", "attained", "showed");
    private static final Set<String> POPULATION = Set.of("patients", "pts", "subjects", "participants", "cases");
    private static final Set<String> DESCRIBING = Set.of("were", "was", "had", "received", "underwent", "presented");
    /** Words after a share that make it a rate of harms, "22% had grade 3 or 4 adverse events". */
    private static final Set<String> HARMS = Set.of("adverse", "grade", "toxicity", "toxicities", "toxic",
            "side-effects", "side", "complications", "discontinued", "discontinuation");
    private static final int HARM_REACH = 10;
    private static final int RANGE_TOKENS = 12;
    private static final int ARM_WORDS = 8;

    private SeriesValues() {
    }

    /**
     * The index after a median printed as not reached at {@code at} ("NR", "not reached", "not yet reached", "never
     * reached"), or -1.
     */
    static int notReached(TokenCursor tokens, int at) {
        if (at < 0 || at >= tokens.size() || !tokens.at(at).is(Kind.WORD)) {
            return -1;
        }
        if ("NR".equals(tokens.at(at).text())) {
            return at + 1;
        }
        if (!tokens.isWord(at, "not") && !tokens.isWord(at, "never")) {
            return -1;
        }
        int i = at + 1;
        if (tokens.isWord(i, "yet") || tokens.isWord(i, "been")) {
            i++;
        }
        return tokens.isWord(i, "reached") ? i + 1 : -1;
    }

    /**
     * True when the time at {@code at} is printed as a lower bound, "longer than 18 months", "more than 2 years",
     * "&gt; 24 months": the median is not known, only that it exceeds the time.
     */
    static boolean lowerBound(TokenCursor tokens, int at) {
        if (tokens.is(at - 1, Kind.COMPARATOR)) {
            String comparator = tokens.at(at - 1).canonical();
            return ">".equals(comparator) || "≥".equals(comparator);
        }
        if (tokens.isWord(at - 1, "exceeding")) {
            return true;
        }
        return tokens.isWord(at - 1, "than") && at >= 2 && tokens.at(at - 2).is(Kind.WORD)
                && BOUND_COMPARATIVES.contains(tokens.at(at - 2).canonical());
    }

    /** One value at {@code at}: its reading, its unit (or null), a CI printed before the unit, and the index after. */
    record Value(Reading reading, String unit, TokenCursor.Interval ci, int next) {
    }

    static Value value(TokenCursor tokens, int at, ParseContext context) {
        FigureToken number = tokens.at(at);
        boolean count = !number.text().contains(".") && !number.text().contains("·");
        if (count && tokens.is(at + 1, Kind.OPEN) && tokens.is(at + 2, Kind.NUMBER)) {
            if (tokens.is(at + 3, Kind.PERCENT) && tokens.is(at + 4, Kind.CLOSE)) {
                return new Value(Reading.of(tokens.at(at + 2)), "%", null, at + 5);
            }
            if (context.tableCell() && "%".equals(context.unit()) && tokens.is(at + 3, Kind.CLOSE)) {
                return new Value(Reading.of(tokens.at(at + 2)), null, null, at + 4);
            }
        }
        Reading reading = Reading.of(number);
        int next = at + 1;
        if (tokens.is(next, Kind.TIME_UNIT) || tokens.is(next, Kind.PERCENT)) {
            return new Value(reading, unit(tokens.at(next)), null, next + 1);
        }
        TokenCursor.Interval ci = tokens.is(next, Kind.OPEN) ? tokens.interval(next, true) : null;
        if (ci != null && (tokens.is(ci.next(), Kind.TIME_UNIT) || tokens.is(ci.next(), Kind.PERCENT))) {
            return new Value(reading, unit(tokens.at(ci.next())), ci, ci.next() + 1);
        }
        int range = spelledRange(tokens, next);
        if (range > next && tokens.is(range, Kind.TIME_UNIT)) {
            return new Value(reading, unit(tokens.at(range)), null, range + 1);
        }
        return new Value(reading, null, null, next);
    }

    /** The index after a range in words in brackets, "(from 26.3 to not reached)", at {@code at}; else {@code at}. */
    private static int spelledRange(TokenCursor tokens, int at) {
        if (!tokens.is(at, Kind.OPEN) || !tokens.isWord(at + 1, "from") || !tokens.is(at + 2, Kind.NUMBER)
                || !tokens.isWord(at + 3, "to")) {
            return at;
        }
        int upper = notReached(tokens, at + 4);
        int end = upper > 0 ? upper : tokens.is(at + 4, Kind.NUMBER) ? at + 5 : -1;
        return end > 0 && tokens.is(end, Kind.CLOSE) ? end + 1 : at;
    }

    private static String unit(FigureToken token) {
        return token.is(Kind.PERCENT) ? "%" : token.canonical();
    }

    /** The index after a group size printed after a value, ", n = 88" in "(38.6%, n = 88)"; else {@code at}. */
    static int skipCount(TokenCursor tokens, int at) {
        boolean count = tokens.is(at, Kind.COMMA) && tokens.isWord(at + 1, "n") && tokens.is(at + 2, Kind.COMPARATOR)
                && tokens.is(at + 3, Kind.NUMBER) && tokens.is(at + 4, Kind.CLOSE);
        return count ? at + 4 : at;
    }

    /**
     * For a value in brackets after its arm, "higher in the A group (38.6%) than in the B group (32.3%)": at the
     * closing bracket, the index of the next arm's value, or -1.
     */
    static int bracketedNext(TokenCursor tokens, int at) {
        if (!tokens.is(at, Kind.CLOSE)) {
            return -1;
        }
        int i = at + 1;
        if (tokens.is(i, Kind.COMMA)) {
            i++;
        }
        if (tokens.isWord(i, "compared") && (tokens.isWord(i + 1, "with") || tokens.isWord(i + 1, "to"))) {
            i += 2;
        } else if (tokens.isWord(i, "than") || tokens.is(i, Kind.VERSUS)) {
            i++;
        } else {
            return -1;
        }
        int limit = Math.min(tokens.size(), i + ARM_WORDS);
        while (i < limit && (tokens.is(i, Kind.WORD) || tokens.is(i, Kind.PLUS) || tokens.is(i, Kind.SLASH))) {
            i++;
        }
        return tokens.is(i, Kind.OPEN) && tokens.is(i + 1, Kind.NUMBER) ? i + 1 : -1;
    }

    /** A labelled CI in brackets at {@code at}, "(95% CI, 13.4–22.9)": its {@code next} is the closing bracket. */
    static TokenCursor.Interval bracketedInterval(TokenCursor tokens, int at) {
        if (!tokens.is(at, Kind.OPEN)) {
            return null;
        }
        TokenCursor.Interval ci = tokens.interval(at + 1, false);
        return ci != null && tokens.is(ci.next(), Kind.CLOSE) ? ci : null;
    }

    /** The index after a bracketed range at {@code at} ("[IQR, 9.4–30.1]", "(range, 2–30)"), or {@code at}. */
    static int skipRange(TokenCursor tokens, int at) {
        if (!tokens.is(at, Kind.OPEN) || at + 1 >= tokens.size()
                || !RANGE_WORDS.contains(tokens.at(at + 1).canonical())) {
            return at;
        }
        int depth = 0;
        for (int i = at; i < tokens.size() && i < at + RANGE_TOKENS; i++) {
            FigureToken token = tokens.at(i);
            if (token.is(Kind.ENDPOINT) || token.is(Kind.RATIO)) {
                return at;
            }
            depth += token.is(Kind.OPEN) ? 1 : token.is(Kind.CLOSE) ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return at;
    }

    /**
     * The index after the follow-up a value was read at, "with a median follow-up of 22.6 months" in "not yet reached
     * with a median follow-up of 22.6 months vs. 19.2 months": that time is no value of the series. Else {@code at}.
     */
    static int skipFollowUp(TokenCursor tokens, int at) {
        boolean lead = tokens.isWord(at, "with") || tokens.isWord(at, "at") || tokens.isWord(at, "after");
        if (!lead) {
            return at;
        }
        int i = at + 1;
        if (i < tokens.size() && ARTICLES.contains(tokens.at(i).canonical())) {
            i++;
        }
        if (tokens.is(i, Kind.MEDIAN)) {
            i++;
        }
        if (tokens.isWord(i, "follow") && tokens.isWord(i + 1, "up")) {
            i += 2;
        } else if (tokens.isWord(i, "follow-up") || tokens.isWord(i, "followup")) {
            i++;
        } else {
            return at;
        }
        if (tokens.isWord(i, "of")) {
            i++;
        }
        return tokens.is(i, Kind.NUMBER) && tokens.is(i + 1, Kind.TIME_UNIT) ? i + 2 : at;
    }

    /** The index after "for both" or "in both arms" at {@code at}, or {@code at}. */
    static int both(TokenCursor tokens, int at) {
        boolean lead = tokens.isWord(at, "for") || tokens.isWord(at, "in");
        if (!lead || !tokens.isWord(at + 1, "both")) {
            return at;
        }
        boolean noun = at + 2 < tokens.size() && BOTH_NOUNS.contains(tokens.at(at + 2).canonical());
        if (!noun && !tokens.isWord(at, "for")) {
            return at;
        }
        return noun ? at + 3 : at + 2;
    }

    /**
     * After a separator at {@code at}: the index of the next value when the endpoint is restated before it ("compared
     * with an OS of 7 months", "versus a median PFS of 5.4 months"), else {@code at}.
     */
    static int restated(TokenCursor tokens, int at, int endpointAt) {
        if (endpointAt < 0 || tokens.is(at, Kind.NUMBER)) {
            return at;
        }
        if ((tokens.isWord(at, "was") || tokens.isWord(at, "were"))
                && (tokens.is(at + 1, Kind.NUMBER) || notReached(tokens, at + 1) > at)) {
            return at + 1;
        }
        int i = armBefore(tokens, at);
        if (tokens.isWord(i, "with")) {
            i++;
        }
        if (i < tokens.size() && ARTICLES.contains(tokens.at(i).canonical())) {
            i++;
        }
        if (tokens.is(i, Kind.MEDIAN)) {
            i++;
        }
        if (!tokens.is(i, Kind.ENDPOINT) || !tokens.at(i).canonical().equals(tokens.at(endpointAt).canonical())) {
            return at;
        }
        i++;
        if (i < tokens.size() && MEASURE_NOUNS.contains(tokens.at(i).canonical())) {
            i++;
        }
        if (i < tokens.size() && RESTATING.contains(tokens.at(i).canonical())) {
            i++;
        }
        return tokens.is(i, Kind.NUMBER) ? i : at;
    }

    /**
     * The survival endpoint a state names, "progression-free" or "progression free" (PFS), "disease-free" (DFS),
     * "alive" (OS) at the end of a clause or before a time point; null for anything else ("alive with disease").
     */
    private static String stateAfter(TokenCursor tokens, int at) {
        if (at >= tokens.size() || !tokens.at(at).is(Kind.WORD)) {
            return null;
        }
        String word = tokens.at(at).canonical().replace('\u2010', '-').replace('\u2011', '-');
        int next = at + 1;
        if (tokens.isWord(next, "free") && STATES.containsKey(word + "-free")) {
            word = word + "-free";
            next++;
        }
        String endpoint = STATES.get(word);
        boolean closed = next >= tokens.size() || !tokens.at(next).is(Kind.WORD)
                || STATE_ENDS.contains(tokens.at(next).canonical());
        return endpoint != null && closed ? endpoint : null;
    }

    /**
     * True when a share at {@code at} describes the patients rather than an outcome: "60% of patients were male",
     * "45% of the patients had received prior chemotherapy".
     */
    static boolean describesPatients(TokenCursor tokens, int at) {
        int i = at;
        if (!tokens.isWord(i, "of")) {
            return false;
        }
        i += tokens.isWord(i + 1, "the") ? 2 : 1;
        if (i >= tokens.size() || !POPULATION.contains(tokens.at(i).canonical())) {
            return false;
        }
        return i + 1 < tokens.size() && DESCRIBING.contains(tokens.at(i + 1).canonical());
    }

    /**
     * True when the words after shares at {@code at}, up to the end of their clause, say what the shares are of and
     * that is a harm: "22% had grade 3 or 4 adverse events", "(12% vs 5%) discontinued because of toxicity".
     */
    static boolean describesHarms(TokenCursor tokens, int at) {
        for (int i = at; i < tokens.size() && i < at + HARM_REACH; i++) {
            FigureToken token = tokens.at(i);
            if (token.is(Kind.COMMA) || token.is(Kind.SEMICOLON) || token.is(Kind.ENDPOINT) || token.is(Kind.RATIO)
                    || token.is(Kind.OPEN) || token.is(Kind.CLOSE) || token.is(Kind.VERSUS)) {
                return false;
            }
            if (token.is(Kind.WORD) && HARMS.contains(token.canonical())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index after the next arm named before its value, "patients who received B, " in "13.5 months compared with
     * patients who received B, with median survival times of 12.1 months"; else {@code at}.
     */
    private static int armBefore(TokenCursor tokens, int at) {
        if (at >= tokens.size() || !POPULATION.contains(tokens.at(at).canonical())) {
            return at;
        }
        int limit = Math.min(tokens.size(), at + ARM_WORDS + 1);
        for (int i = at + 1; i < limit; i++) {
            FigureToken token = tokens.at(i);
            if (token.is(Kind.COMMA)) {
                return i + 1;
            }
            if (!token.is(Kind.WORD) && !token.is(Kind.SLASH) && !token.is(Kind.PLUS) && !token.is(Kind.DASH)) {
                return at;
            }
        }
        return at;
    }

    /**
     * The response endpoint a share printed before it is of: "9% had complete responses", "12% of the patients
     * achieved a partial response"; null otherwise.
     */
    static String endpointAfter(TokenCursor tokens, int at, Set<String> responses) {
        int i = at;
        if (tokens.isWord(i, "of")) {
            i += tokens.isWord(i + 1, "the") ? 2 : 1;
            if (i >= tokens.size() || !POPULATION.contains(tokens.at(i).canonical())) {
                return null;
            }
            i++;
        }
        if (i < tokens.size() && STATE_VERBS.contains(tokens.at(i).canonical())) {
            return stateAfter(tokens, i + 1);
        }
        if (i >= tokens.size() || !HAD.contains(tokens.at(i).canonical())) {
            return null;
        }
        i++;
        if (i < tokens.size() && ARTICLES.contains(tokens.at(i).canonical())) {
            i++;
        }
        return tokens.is(i, Kind.ENDPOINT) && responses.contains(tokens.at(i).canonical())
                ? tokens.at(i).canonical() : null;
    }
}
