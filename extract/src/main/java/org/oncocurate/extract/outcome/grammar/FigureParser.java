package org.oncocurate.extract.outcome.grammar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.model.finding.Measure;

/**
 * A rule-based parser over {@link FigureToken}s that reads the figure sets of outcome text:
 * <ul>
 *   <li>series of medians or rates after their endpoint: "PFS 16.4 vs. 9.3 months", "(24.8 months vs. 14.5 months",
 *   "19.4 months for the combined group and 12.9 months for the letrozole group", "23.9 months and 17.5 months,
 *   respectively", "24.8 and 14.5 months in the palbociclib and placebo groups, respectively", "ORR (61% vs.
 *   46%)", "an ORR of 12% (95% CI, 2.5-31.2%)";</li>
 *   <li>ratios with their CI and p value: "hazard ratio (HR) = 0.56; P &lt; 0.001", "HR, 0.71; 95% CI, 0.58 to
 *   0.86", "HR 0.71 [0.58–0.86]", "HR (95% CI) 0.71 (0.58-0.86)", "HR for death, 0.64 (0.48-0.86); P=.003";</li>
 *   <li>ratios inside a series, one per comparison: "4.8 vs. 4.6 (HR 1.11; 95% CI 0.79-1.55) vs. 8.1 months (HR
 *   0.75; 95% CI 0.50-1.12)".</li>
 * </ul>
 * A median or rate needs its endpoint in the same sentence and a unit; a single value needs its endpoint close by
 * ("median PFS was 5.7 months", "ORR of 36.8%"), so that a follow-up time or an age is not read as a median.
 */
public final class FigureParser {
    private static final Set<String> TIME_TO_EVENT = Set.of("PFS", "OS", "DFS", "iDFS", "EFS", "RFS", "MFS", "TTP",
            "DOR", "TTNT", "TTF");
    private static final Set<String> RESPONSE = Set.of("ORR", "CBR", "CR", "pCR", "DCR", "PR", "SD", "PD", "VGPR",
            "downstaging", "local recurrence");
    /**
     * Words between an endpoint and a number that show the number measures something else: follow-up, age, dosing,
     * and the vocabulary of adverse events and baseline characteristics ("grade 3 neutropenia occurred in 25%", "60%
     * were male").
     */
    private static final Set<String> BLOCKERS = Set.of("follow-up", "followup", "follow", "age", "aged", "older",
            "younger", "dose", "doses", "dosing", "mg", "cycle", "cycles", "exposure", "duration", "enrolled",
            "adverse", "toxicity", "toxicities", "toxic", "grade", "neutropenia", "baseline", "male", "female",
            "men", "women", "characteristics", "discontinued", "discontinuation", "events", "event");
    /** Words just before an endpoint that make the figures after it about something else ("follow-up for PFS"). */
    private static final Set<String> LEADING_BLOCKERS = Set.of("follow-up", "followup", "follow", "up");
    private static final Set<String> CONTINUING = Set.of("and", "but", "which", "it", "that", "this", "while",
            "whereas", "respectively", "rate", "rates");
    private static final Set<String> GROUP_WORDS = Set.of("arm", "group", "cohort", "arms", "groups");
    /** Words that make a lone time a time point ("at 24 months"), not a median. */
    private static final Set<String> TIME_POINT_LEADS = Set.of("at", "after", "within", "by", "beyond", "until",
            "over", "landmark", "every", "each");
    private static final Set<String> COPULAS = Set.of("was", "were", "is", "are", "of", "reached", "achieved");
    private static final Set<String> RATIO_FILLERS = Set.of("of", "was", "is", "were", "at", "being",
            "approximately", "about", "not", "statistically", "significant", "nonsignificant");
    /** Endpoints whose events include progression and recurrence: "HR of cancer progression" in a DFS analysis. */
    private static final Set<String> EVENT_FREE = Set.of("DFS", "iDFS", "EFS", "RFS");
    /** Words of a study's design: figures after them are assumptions ("assuming a median PFS of 5 months"). */
    private static final Set<String> DESIGN = Set.of("assumption", "assumptions", "assuming", "assumed",
            "hypothesized", "hypothesised", "hypothesis", "powered", "power", "detect", "seeking", "anticipated");
    private static final int SHORT_GAP = 3;
    private static final int RELATED_REACH = 6;
    private static final int LONG_GAP = 15;
    private static final int AFTER_REACH = 40;

    private final TokenCursor tokens;
    private final ParseContext context;
    private final List<FigureStatement> statements = new ArrayList<>();
    private int lastEnd = -1;

    private FigureParser(List<FigureToken> tokens, ParseContext context) {
        this.tokens = new TokenCursor(tokens);
        this.context = context;
    }

    /** The figure sets of {@code text}, whose first character is at {@code offset}. */
    public static List<FigureStatement> parse(String text, int offset, ParseContext context) {
        return parse(FigureLexer.tokenize(text, offset), context);
    }

    public static List<FigureStatement> parse(List<FigureToken> tokens, ParseContext context) {
        return new FigureParser(tokens, context).run();
    }

    private List<FigureStatement> run() {
        int endpointAt = -1;
        boolean design = false;
        int i = 0;
        while (i < tokens.size()) {
            FigureToken token = tokens.at(i);
            int next = -1;
            design |= token.is(Kind.WORD) && DESIGN.contains(token.canonical());
            if (token.is(Kind.ENDPOINT)) {
                endpointAt = i;
            } else if (design) {
                next = -1;
            } else if (token.is(Kind.RATIO)) {
                next = ratio(i, endpointAt, relatedSeries(i, endpointAt));
            } else if (token.is(Kind.NUMBER)) {
                next = context.bareRatio() != null ? bareRatio(i, endpointAt) : -1;
                next = next < 0 ? series(i, endpointAt) : next;
            } else if (token.is(Kind.P)) {
                next = pValue(i);
            } else if (token.is(Kind.WORD) && SeriesValues.notReached(tokens, i) > i) {
                next = series(i, endpointAt);
            }
            i = next < 0 ? i + 1 : next;
        }
        return List.copyOf(statements);
    }

    /**
     * The series a ratio said just after it belongs to: "(24.8 vs 14.5 months; HR = 0.56)", "45% vs 30% of patients
     * (OR 1.9)"; none when another figure, endpoint or sentence comes between.
     */
    private int relatedSeries(int ratioAt, int endpointAt) {
        if (statements.isEmpty() || lastEnd < 0 || lastEnd < endpointAt || ratioAt - lastEnd > RELATED_REACH) {
            return -1;
        }
        for (int between = lastEnd; between < ratioAt; between++) {
            FigureToken token = tokens.at(between);
            if (token.is(Kind.NUMBER) || token.is(Kind.ENDPOINT) || token.is(Kind.RATIO) || token.is(Kind.OTHER)) {
                return -1;
            }
        }
        FigureStatement last = statements.get(statements.size() - 1);
        int index = last.series() >= 0 ? last.series() : statements.size() - 1;
        return statements.get(index).measure().isRatio() ? -1 : index;
    }

    private int series(int first, int endpointAt) {
        List<Reading> readings = new ArrayList<>();
        List<LabelSpan> labels = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        List<String> readingUnits = new ArrayList<>();
        List<Boolean> contrasts = new ArrayList<>();
        boolean contrast = false;
        List<Pending> inner = new ArrayList<>();
        TokenCursor.Interval valueCi = null;
        boolean respectively = false;
        boolean subgroups = false;
        boolean from = tokens.isWord(first - 1, "from");
        int at = first;
        int consumed = first;
        while (tokens.is(at, Kind.NUMBER) || SeriesValues.notReached(tokens, at) > at) {
            boolean confidenceLevel = tokens.is(at + 1, Kind.PERCENT) && tokens.is(at + 2, Kind.CI);
            if (tokens.is(at + 1, Kind.DASH) && tokens.is(at + 2, Kind.TIME_UNIT) || confidenceLevel) {
                break;
            }
            if (!readings.isEmpty() && tokens.is(at, Kind.NUMBER) && SeriesValues.endpointAfter(tokens,
                    SeriesValues.value(tokens, at, context).next(), RESPONSE) != null) {
                break;
            }
            int notReached = SeriesValues.notReached(tokens, at);
            SeriesValues.Value value = notReached > at
                    ? new SeriesValues.Value(Reading.notReached(tokens.at(at).start(), tokens.at(notReached - 1).end()),
                            null, null, notReached)
                    : SeriesValues.value(tokens, at, context);
            boolean timed = value.unit() != null && !"%".equals(value.unit());
            readings.add(timed && value.reading().reached() && SeriesValues.lowerBound(tokens, at)
                    ? Reading.lowerBound(value.reading()) : value.reading());
            labels.add(null);
            readingUnits.add(value.unit());
            contrasts.add(contrast);
            if (value.unit() != null) {
                units.add(value.unit());
            }
            valueCi = value.ci() != null ? value.ci() : valueCi;
            at = value.next();
            TokenCursor.Interval ci = SeriesValues.bracketedInterval(tokens, at);
            if (ci != null) {
                valueCi = ci;
                at = ci.next() + 1;
            }
            if ((context.tableCell() || value.unit() != null) && tokens.is(at, Kind.OPEN)) {
                TokenCursor.Interval bare = tokens.interval(at, true);
                if (bare != null) {
                    valueCi = bare;
                    at = bare.next();
                }
            }
            at = SeriesValues.skipRange(tokens, at);
            at = SeriesValues.skipFollowUp(tokens, at);
            int both = SeriesValues.both(tokens, at);
            if (both > at && readings.size() == 1) {
                readings.add(readings.get(0));
                labels.add(null);
                consumed = both;
                break;
            }
            SeriesLabels.Respective respective = SeriesLabels.respective(tokens, at, readings.size());
            if (respective != null) {
                labels.clear();
                labels.addAll(respective.labels());
                consumed = respective.next();
                respectively = true;
                break;
            }
            int subgroupEnd = SeriesLabels.subgroup(tokens, at);
            boolean ofSubgroup = subgroupEnd > at;
            if (ofSubgroup) {
                subgroups = true;
                at = subgroupEnd;
            }
            at = SeriesLabels.population(tokens, at);
            int labelEnd = SeriesLabels.label(tokens, at);
            if (labelEnd > at) {
                labels.set(labels.size() - 1, new LabelSpan(tokens.at(at + 1).start(), tokens.at(labelEnd - 1).end()));
                at = labelEnd;
            }
            ci = SeriesValues.bracketedInterval(tokens, at);
            int ratioAt = -1;
            if (ci != null) {
                valueCi = ci;
                at = ci.next() + 1;
            } else if (tokens.is(at, Kind.OPEN) && tokens.is(at + 1, Kind.NUMBER)) {
                ci = tokens.interval(at + 1, false);
                boolean joined = ci != null && (tokens.is(ci.next(), Kind.SEMICOLON) || tokens.is(ci.next(), Kind.COMMA))
                        && tokens.is(ci.next() + 1, Kind.RATIO);
                if (joined) {
                    valueCi = ci;
                    ratioAt = ci.next() + 1;
                }
            }
            if (ratioAt < 0 && tokens.is(at, Kind.OPEN) && tokens.is(at + 1, Kind.RATIO)) {
                ratioAt = at + 1;
            }
            if (ratioAt >= 0) {
                Pending ratio = ratioAt(ratioAt, endpointAt);
                if (ratio != null && tokens.is(ratio.next(), Kind.CLOSE)) {
                    inner.add(ratio.after(readings.size()));
                    at = ratio.next() + 1;
                }
            }
            at = SeriesValues.skipCount(tokens, at);
            consumed = at;
            int bracketed = tokens.is(first - 1, Kind.OPEN) ? SeriesValues.bracketedNext(tokens, at) : -1;
            if (bracketed > 0) {
                at = bracketed;
                continue;
            }
            contrast = SeriesLabels.contrasts(tokens, at);
            int separated = ofSubgroup && tokens.is(at, Kind.SEMICOLON)
                    ? at + (tokens.isWord(at + 1, "and") ? 2 : 1) : SeriesLabels.separator(tokens, at, from);
            separated = separated < 0 ? -1 : SeriesValues.restated(tokens, separated, endpointAt);
            if (separated < 0 && context.tableCell() && tokens.is(at, Kind.NUMBER)) {
                separated = at;
            }
            if (separated < 0 || !tokens.is(separated, Kind.NUMBER)
                    && SeriesValues.notReached(tokens, separated) <= separated) {
                break;
            }
            at = separated;
        }
        boolean unreached = readings.stream().anyMatch(reading -> !reading.reached());
        if (readings.isEmpty() || readings.stream().noneMatch(Reading::reached) || unreached && units.contains("%")) {
            return -1;
        }
        if (units.size() > 1) {
            return coordinated(first, endpointAt, readings, readingUnits, consumed);
        }
        String unit = units.isEmpty() ? context.unit() : units.iterator().next();
        if (readings.size() == 1 && !"%".equals(unit) && first > 0 && tokens.at(first - 1).is(Kind.WORD)
                && TIME_POINT_LEADS.contains(tokens.at(first - 1).canonical())) {
            return -1;
        }
        if (!respectively && tokens.is(consumed, Kind.RESPECTIVELY)) {
            respectively = true;
            consumed++;
        } else if (!respectively && tokens.is(consumed, Kind.COMMA) && tokens.is(consumed + 1, Kind.RESPECTIVELY)) {
            respectively = true;
            consumed += 2;
        }
        if (respectively && readings.size() > 1 && !readingUnits.contains(null)) {
            int grouped = coordinated(first, endpointAt, readings, readingUnits, consumed);
            if (grouped > 0) {
                return grouped;
            }
        }
        String endpoint = seriesEndpoint(first, endpointAt, readings.size() == 1 && !respectively);
        if (readings.size() == 1 && "%".equals(unit)) {
            String after = SeriesValues.endpointAfter(tokens, consumed, RESPONSE);
            if (after == null && SeriesValues.describesPatients(tokens, consumed)) {
                return -1;
            }
            endpoint = after != null ? after : endpoint;
        }
        Measure measure = measureOf(endpoint, unit);
        if (measure == null || "%".equals(unit) && SeriesValues.describesHarms(tokens, consumed)) {
            return -1;
        }
        List<Double> ci = readings.size() == 1 && valueCi != null ? valueCi.bounds() : null;
        Double ciLevel = ci == null ? null : valueCi.otherLevel();
        int seriesIndex = statements.size();
        int timePoints = endpointAt >= 0 && first > endpointAt ? GroupedSeries.timePoints(tokens, endpointAt) : 1;
        if (subgroups && !respectively) {
            for (Reading reading : readings) {
                statements.add(new FigureStatement(endpoint, measure, List.of(reading), null, null, unit,
                        java.util.Collections.singletonList(null), -1, 0, false, reading.start(), reading.end(),
                        repairs(endpointAt)));
            }
            inner.clear();
            seriesIndex = statements.size() - 1;
        } else if (timePoints > 1 && readings.size() > timePoints && readings.size() % timePoints == 0
                && inner.isEmpty()) {
            for (List<Integer> group : GroupedSeries.byTimePoint(labels, contrasts, timePoints)) {
                List<Reading> values = group.stream().map(readings::get).toList();
                statements.add(new FigureStatement(endpoint, measure, values, null, null, unit,
                        GroupedSeries.labelsOf(labels, contrasts, group, timePoints), -1, 0, false,
                        values.get(0).start(),
                        tokens.at(consumed - 1).end(), repairs(endpointAt)));
            }
        } else {
            statements.add(new FigureStatement(endpoint, measure, readings, ci, null, unit, labels, -1, 0,
                    respectively, readings.get(0).start(), tokens.at(consumed - 1).end(), repairs(endpointAt),
                    ciLevel));
        }
        for (Pending ratio : inner) {
            statements.add(ratio.statement(endpoint, seriesIndex));
        }
        lastEnd = consumed;
        return consumed;
    }

    /**
     * A series with one value per coordinated endpoint ("the ORR and median PFS were 45% and 8.1 months,
     * respectively"), and the same for further arms in brackets ("... with drug A (71% and 39%, respectively) than
     * with drug B (42% and 5%, respectively)"): one statement per endpoint with a value per arm. The index after it,
     * or -1 when the endpoints before the series are not as many as its values.
     */
    private int coordinated(int first, int endpointAt, List<Reading> readings, List<String> readingUnits,
                            int consumed) {
        if (endpointAt < 0 || seriesEndpoint(first, endpointAt, false) == null) {
            return -1;
        }
        List<String> endpoints = GroupedSeries.coordinated(tokens, endpointAt);
        int count = endpoints.size();
        if (count < 2 || count != readings.size() || readingUnits.contains(null)) {
            return -1;
        }
        List<List<Reading>> arms = new ArrayList<>(List.of(readings));
        int end = consumed;
        int next = SeriesValues.bracketedNext(tokens, end);
        while (next > 0) {
            List<Reading> arm = new ArrayList<>();
            int at = next;
            for (int value = 0; value < count && tokens.is(at, Kind.NUMBER); value++) {
                SeriesValues.Value read = SeriesValues.value(tokens, at, context);
                if (!readingUnits.get(value).equals(read.unit())) {
                    break;
                }
                arm.add(read.reading());
                at = read.next();
                at += value + 1 < count && (tokens.isWord(at, "and") || tokens.is(at, Kind.COMMA)) ? 1 : 0;
            }
            at += tokens.is(at, Kind.COMMA) && tokens.is(at + 1, Kind.RESPECTIVELY) ? 1 : 0;
            at += tokens.is(at, Kind.RESPECTIVELY) ? 1 : 0;
            if (arm.size() != count || !tokens.is(at, Kind.CLOSE)) {
                break;
            }
            arms.add(arm);
            end = at + 1;
            next = SeriesValues.bracketedNext(tokens, at);
        }
        for (int index = 0; index < count; index++) {
            Measure measure = measureOf(endpoints.get(index), readingUnits.get(index));
            if (measure == null) {
                return -1;
            }
        }
        for (int index = 0; index < count; index++) {
            int value = index;
            List<Reading> values = arms.stream().map(arm -> arm.get(value)).toList();
            List<LabelSpan> labels = new ArrayList<>(java.util.Collections.nCopies(values.size(), null));
            statements.add(new FigureStatement(endpoints.get(index), measureOf(endpoints.get(index),
                    readingUnits.get(index)), values, null, null, readingUnits.get(index), labels, -1, 0, false,
                    values.get(0).start(), values.get(values.size() - 1).end(), repairs(endpointAt)));
        }
        lastEnd = end;
        return end;
    }

    /** The endpoint of a series, or null when the series is not an outcome figure. */
    private String seriesEndpoint(int first, int endpointAt, boolean single) {
        if (endpointAt < 0) {
            return context.tableCell() ? context.endpoint() : null;
        }
        for (int between = endpointAt + 1; between < first; between++) {
            FigureToken token = tokens.at(between);
            if (token.is(Kind.WORD) && BLOCKERS.contains(token.canonical())) {
                return null;
            }
        }
        for (int before = endpointAt - 1; before >= Math.max(0, endpointAt - 3); before--) {
            if (tokens.is(before, Kind.COMMA) || tokens.is(before, Kind.SEMICOLON)) {
                break;
            }
            if (tokens.at(before).is(Kind.WORD) && LEADING_BLOCKERS.contains(tokens.at(before).canonical())) {
                return null;
            }
        }
        if (lastEnd > endpointAt && newSubject(lastEnd, first)) {
            return null;
        }
        int gap = first - endpointAt - 1;
        if (single && gap > SHORT_GAP) {
            FigureToken before = tokens.at(first - 1);
            boolean copula = before.is(Kind.WORD) && COPULAS.contains(before.canonical())
                    || before.is(Kind.COMPARATOR) && "=".equals(before.canonical()) || before.is(Kind.COLON);
            boolean armsValue = before.is(Kind.OPEN) && tokens.at(first - 2).is(Kind.WORD)
                    && GROUP_WORDS.contains(tokens.at(first - 2).canonical());
            boolean shareIn = before.isWord("in") && tokens.is(first + 1, Kind.PERCENT)
                    && tokens.isWord(first + 2, "of");
            if (!copula && !armsValue && !shareIn || gap > LONG_GAP) {
                return null;
            }
        }
        return tokens.at(endpointAt).canonical();
    }

    /**
     * True when a clause with a subject of its own stands between an endpoint's figures and the next ones ("CR was
     * 16% vs 1%, tumor involvement of the margin was 4% vs 13%"): the endpoint does not carry over.
     */
    private boolean newSubject(int from, int to) {
        for (int i = Math.max(from, 1); i < to; i++) {
            FigureToken token = tokens.at(i);
            boolean copula = token.isWord("was") || token.isWord("were");
            FigureToken before = tokens.at(i - 1);
            if (copula && before.is(Kind.WORD) && !CONTINUING.contains(before.canonical())) {
                return true;
            }
        }
        return false;
    }

    private static Measure measureOf(String endpoint, String unit) {
        if (endpoint == null || unit == null) {
            return null;
        }
        if ("%".equals(unit)) {
            return TIME_TO_EVENT.contains(endpoint) || RESPONSE.contains(endpoint) ? Measure.RATE : null;
        }
        return TIME_TO_EVENT.contains(endpoint) ? Measure.MEDIAN : null;
    }

    private int ratio(int keyword, int endpointAt, int series) {
        Pending ratio = ratioAt(keyword, endpointAt);
        if (ratio == null) {
            return -1;
        }
        FigureStatement seriesStatement = series >= 0 ? statements.get(series) : null;
        boolean sameEndpoint = seriesStatement != null && ratio.endpoint() == null;
        String endpoint = ratio.endpoint() != null ? ratio.endpoint() : endpointFor(endpointAt);
        endpoint = endpoint != null ? endpoint : endpointAfter(ratio.next());
        if (endpoint == null || ratio.endpoint() == null && series < 0 && unnamedFigures(keyword)) {
            return -1;
        }
        statements.add(ratio.after(sameEndpoint ? seriesStatement.readings().size() : 0)
                .statement(endpoint, sameEndpoint ? series : -1));
        lastEnd = ratio.next();
        return ratio.next();
    }

    /**
     * True when times or shares that no statement took stand just before a ratio that names no endpoint ("median
     * time to first skeletal event (11.5 months vs. 6.8 months; HR, 0.50)"): the ratio is of what those figures
     * measure, which the grammar could not name, not of the endpoint said earlier.
     */
    private boolean unnamedFigures(int keyword) {
        for (int i = Math.max(Math.max(0, lastEnd), keyword - RELATED_REACH - 2); i < keyword; i++) {
            if (tokens.is(i, Kind.TIME_UNIT)
                    || tokens.is(i, Kind.PERCENT) && !tokens.is(i + 1, Kind.CI) && !relativeChange(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a share that is the ratio itself restated as a relative change ("the risk of death was reduced by
     * 62.4% (HR, 0.376)", "a 38% reduction in the risk of progression"), not a figure of some other measure.
     */
    private boolean relativeChange(int percent) {
        return tokens.isWord(percent - 2, "by") || tokens.isWord(percent + 1, "reduction")
                || tokens.isWord(percent + 1, "lower") || tokens.isWord(percent + 1, "decrease");
    }

    private int bareRatio(int number, int endpointAt) {
        Pending ratio = tail(context.bareRatio(), number, number, null);
        String endpoint = endpointFor(endpointAt);
        if (ratio == null || ratio.ci() == null || endpoint == null) {
            return -1;
        }
        statements.add(ratio.statement(endpoint, -1));
        lastEnd = ratio.next();
        return ratio.next();
    }

    /**
     * The endpoint a ratio with none before it is about when the sentence names it after the figures ("Combination
     * with drug A (HR = 0.26, 95% CI 0.10-0.64) was associated with favorable OS"); none when a median or rate
     * comes first.
     */
    private String endpointAfter(int from) {
        for (int i = from; i < tokens.size() && i < from + AFTER_REACH; i++) {
            FigureToken token = tokens.at(i);
            if (token.is(Kind.ENDPOINT)) {
                return token.canonical();
            }
            if (token.is(Kind.TIME_UNIT) || token.is(Kind.PERCENT) && !tokens.is(i + 1, Kind.CI)) {
                return null;
            }
        }
        return null;
    }

    private String endpointFor(int endpointAt) {
        return endpointAt >= 0 ? tokens.at(endpointAt).canonical() : context.endpoint();
    }

    /** Reads a ratio at its name: "hazard ratio (HR) = 0.56", "HR for death, 0.64", "OR 2.1 (1.2–3.6)". */
    private Pending ratioAt(int keyword, int endpointAt) {
        Measure measure = Measure.fromLabel(tokens.at(keyword).canonical());
        int at = keyword + 1;
        if (tokens.is(at, Kind.OPEN) && tokens.is(at + 1, Kind.RATIO) && tokens.is(at + 2, Kind.CLOSE)) {
            at += 3;
        }
        if (tokens.is(at, Kind.OPEN) && tokens.is(at + 1, Kind.NUMBER) && tokens.is(at + 2, Kind.PERCENT)
                && tokens.is(at + 3, Kind.CI) && tokens.is(at + 4, Kind.CLOSE)) {
            at += 5;
        }
        int nameEnd = tokens.at(at - 1).end();
        RatioSubject.Subject subject = RatioSubject.read(tokens, at, nameEnd);
        if (subject == null) {
            return null;
        }
        String ownEndpoint = subject.endpoint();
        if (subject.fromEvent() && endpointAt < 0 && context.endpoint() != null
                && EVENT_FREE.contains(context.endpoint())
                && !"OS".equals(ownEndpoint) && !"MFS".equals(ownEndpoint)) {
            ownEndpoint = context.endpoint();
        }
        at = subject.next();
        for (int fillers = 0; fillers < 4; fillers++) {
            FigureToken token = at < tokens.size() ? tokens.at(at) : null;
            boolean filler = token != null && (token.is(Kind.COLON) || token.is(Kind.COMMA)
                    || token.is(Kind.OPEN) && tokens.is(at + 1, Kind.NUMBER) && fillers > 0
                    || token.is(Kind.COMPARATOR) && "=".equals(token.canonical())
                    || token.is(Kind.WORD) && RATIO_FILLERS.contains(token.canonical()));
            if (!filler) {
                break;
            }
            at++;
        }
        if (!tokens.is(at, Kind.NUMBER) || tokens.isWord(at - 1, "to")) {
            return null;
        }
        return tail(measure, keyword, at, ownEndpoint);
    }

    /** The CI and p value after a ratio's value at {@code value}: "; 95% CI 0.45-0.70; P &lt; 0.001)". */
    private Pending tail(Measure measure, int keyword, int value, String ownEndpoint) {
        Reading reading = Reading.of(tokens.at(value));
        TokenCursor.Interval ci = null;
        String p = null;
        int at = value + 1;
        int end = at;
        int depth = 0;
        while (at < tokens.size()) {
            if (tokens.is(at, Kind.SEMICOLON) || tokens.is(at, Kind.COMMA)) {
                at++;
                continue;
            }
            TokenCursor.Interval interval = ci == null ? tokens.interval(at, end == value + 1) : null;
            if (interval != null) {
                ci = interval;
                at = interval.next();
                end = at;
                continue;
            }
            TokenCursor.PValue pValue = p == null ? tokens.pValue(at) : null;
            if (pValue != null) {
                p = pValue.printed();
                at = pValue.next();
                end = at;
                continue;
            }
            if (tokens.is(at, Kind.OPEN)) {
                depth++;
                at++;
            } else if (tokens.is(at, Kind.CLOSE) && depth > 0) {
                depth--;
                at++;
                end = at;
            } else {
                break;
            }
        }
        if (tokens.is(value + 1, Kind.TIME_UNIT) || tokens.is(value + 1, Kind.PERCENT)) {
            return null;
        }
        List<Double> interval = ci != null ? ci.bounds() : null;
        return new Pending(measure, reading, interval, interval == null ? null : ci.otherLevel(), p, ownEndpoint,
                tokens.at(keyword).start(), tokens.at(end - 1).end(), end, 0, repairs(keyword));
    }

    private int pValue(int at) {
        TokenCursor.PValue pValue = tokens.pValue(at);
        if (pValue == null) {
            return -1;
        }
        if (!statements.isEmpty() && lastEnd >= 0 && at - lastEnd <= 2) {
            boolean adjacent = true;
            for (int between = lastEnd; between < at; between++) {
                adjacent &= tokens.is(between, Kind.SEMICOLON) || tokens.is(between, Kind.COMMA)
                        || between == at - 1 && tokens.is(between, Kind.OPEN);
            }
            FigureStatement last = statements.get(statements.size() - 1);
            if (adjacent && last.p() == null) {
                statements.set(statements.size() - 1, last.withP(pValue.printed(), tokens.at(pValue.next() - 1).end()));
                lastEnd = pValue.next();
            }
        }
        return pValue.next();
    }

    private List<String> repairs(int at) {
        return at >= 0 && tokens.at(at).repair() != null ? List.of(tokens.at(at).repair()) : List.of();
    }

    /** A ratio read but not yet placed: its endpoint and series are known only once the series is complete. */
    private record Pending(Measure measure, Reading value, List<Double> ci, Double ciLevel, String p,
                           String endpoint, int start, int end, int next, int afterValue, List<String> repairs) {
        Pending after(int values) {
            return new Pending(measure, value, ci, ciLevel, p, endpoint, start, end, next, values, repairs);
        }

        FigureStatement statement(String seriesEndpoint, int series) {
            return new FigureStatement(endpoint != null ? endpoint : seriesEndpoint, measure, List.of(value), ci, p,
                    null, List.of(), series, afterValue, false, start, end, repairs, ciLevel);
        }
    }
}
