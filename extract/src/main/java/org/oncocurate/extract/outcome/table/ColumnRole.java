package org.oncocurate.extract.outcome.table;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.oncocurate.extract.outcome.grammar.FigureLexer;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.outcome.grammar.ParseContext;
import org.oncocurate.model.finding.Measure;

/** What a table column holds, read from its header: the trial, the arms, outcome figures, or something else. */
enum ColumnRole {
    TRIAL, ARMS, OUTCOME, OTHER;

    private static final Pattern TRIAL_HEADER = Pattern.compile("\\b(trials?|stud(y|ies)|name)\\b");
    private static final Pattern ARMS_HEADER = Pattern.compile(
            "\\b(treatments?|arms?|regimens?|interventions?|therap(y|ies)|comparisons?|comparators?|drugs?)\\b");
    private static final Pattern OUTCOME_HEADER = Pattern.compile("\\b(outcomes?|efficacy|results?|endpoints?)\\b");

    static ColumnRole of(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (TRIAL_HEADER.matcher(lower).find() && !OUTCOME_HEADER.matcher(lower).find()) {
            return TRIAL;
        }
        if (namesFigures(FigureLexer.tokenize(header, 0)) || OUTCOME_HEADER.matcher(lower).find()) {
            return OUTCOME;
        }
        return ARMS_HEADER.matcher(lower).find() ? ARMS : OTHER;
    }

    private static boolean namesFigures(List<FigureToken> tokens) {
        return tokens.stream().anyMatch(token -> token.is(Kind.ENDPOINT) || token.is(Kind.RATIO)
                || token.is(Kind.MEDIAN));
    }

    /**
     * What an outcome column's header says of its cells: its endpoint when it names exactly one (the table's, when it
     * names none), its unit ("months", "%"), and the ratio a bare "0.57 (0.46–0.70)" is when it names one.
     */
    static ParseContext contextOf(String header, String tableEndpoint) {
        List<FigureToken> tokens = FigureLexer.tokenize(header, 0);
        List<String> endpoints = endpoints(header);
        List<String> ratios = tokens.stream().filter(token -> token.is(Kind.RATIO))
                .map(FigureToken::canonical).distinct().toList();
        String unit = tokens.stream().filter(token -> token.is(Kind.TIME_UNIT)).map(FigureToken::canonical)
                .findFirst().orElse(tokens.stream().anyMatch(token -> token.is(Kind.PERCENT)
                        && !isConfidenceLevel(tokens, token)) ? "%" : null);
        return ParseContext.tableColumn(endpoints.size() == 1 ? endpoints.get(0)
                        : endpoints.isEmpty() ? tableEndpoint : null, unit,
                ratios.size() == 1 ? Measure.fromLabel(ratios.get(0)) : null);
    }

    /** The endpoints a text names, each once, in order. */
    static List<String> endpoints(String text) {
        return FigureLexer.tokenize(text, 0).stream().filter(token -> token.is(Kind.ENDPOINT))
                .map(FigureToken::canonical).distinct().toList();
    }

    /** The % of "95% CI" is the CI's level, not the unit of the column. */
    private static boolean isConfidenceLevel(List<FigureToken> tokens, FigureToken percent) {
        int index = tokens.indexOf(percent);
        return index + 1 < tokens.size() && tokens.get(index + 1).is(Kind.CI);
    }
}
