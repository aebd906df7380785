package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.model.finding.Measure;

/**
 * Reads outcome figures from a sentence of prose: medians written "X vs. Y months" after their endpoint, and hazard
 * ratios with their 95% CI and p value.
 */
public final class OutcomeGrammar {
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final String RATIO = "(\\d*\\.\\d+|\\d)";
    private static final String DASH = "\\s*(?:-|–|—|to|~)\\s*";
    private static final Pattern ENDPOINT = Pattern.compile(
            "\\b(PFS|OS|DFS|EFS|progression[- ]free survival|overall survival|disease[- ]free survival"
                    + "|event[- ]free survival)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIAN_PAIR = Pattern.compile(
            NUMBER + "\\s*(?:months?|mo)?\\s*(?:vs\\.?|versus)\\s*" + NUMBER + "\\s*(?:months?|mo)\\b");
    private static final Pattern HAZARD_RATIO = Pattern.compile(
            "(?:hazard ratio|\\bHR)\\s*(?:\\(HR\\))?\\s*(?:[=:,]|of|was)?\\s*" + RATIO + "\\b");
    private static final Pattern CONFIDENCE_INTERVAL = Pattern.compile(
            "^[;,]?\\s*(?:(?:95\\s*%\\s*(?:CI|confidence interval)[,:]?\\s*)" + RATIO + DASH + RATIO
                    + "|[\\[(]" + RATIO + DASH + RATIO + "[\\])])");
    private static final Pattern P_VALUE = Pattern.compile("\\b[Pp]\\s*(<|=|>|≤|≥)\\s*(0?\\.\\d+)");
    private static final int P_VALUE_REACH = 40;

    /** One figure set read from a sentence; offsets are paper offsets. */
    public record Statement(String endpoint, Measure measure, List<Double> values, List<Double> ci, String p,
                            int start, int end) {
    }

    public List<Statement> read(Sentence sentence) {
        List<Statement> statements = new ArrayList<>();
        String text = sentence.text();
        Matcher median = MEDIAN_PAIR.matcher(text);
        while (median.find()) {
            String endpoint = endpointBefore(text, median.start());
            if (endpoint != null) {
                statements.add(new Statement(endpoint, Measure.MEDIAN,
                        List.of(Double.parseDouble(median.group(1)), Double.parseDouble(median.group(2))),
                        null, null, sentence.start() + median.start(), sentence.start() + median.end()));
            }
        }
        Matcher hazard = HAZARD_RATIO.matcher(text);
        while (hazard.find()) {
            String endpoint = endpointBefore(text, hazard.start());
            if (endpoint == null) {
                continue;
            }
            int end = hazard.end();
            List<Double> ci = null;
            Matcher interval = CONFIDENCE_INTERVAL.matcher(text).region(end, text.length());
            if (interval.find()) {
                int lower = interval.group(1) != null ? 1 : 3;
                ci = List.of(Double.parseDouble(interval.group(lower)), Double.parseDouble(interval.group(lower + 1)));
                end = interval.end();
            }
            String p = null;
            Matcher pValue = P_VALUE.matcher(text).region(end, Math.min(text.length(), end + P_VALUE_REACH));
            if (pValue.find()) {
                p = ("=".equals(pValue.group(1)) ? "" : pValue.group(1)) + pValue.group(2);
                end = pValue.end();
            }
            statements.add(new Statement(endpoint, Measure.HR, List.of(Double.parseDouble(hazard.group(1))), ci, p,
                    sentence.start() + hazard.start(), sentence.start() + end));
        }
        return statements;
    }

    /** The endpoint named last before {@code position}, in its short form (PFS, OS...). */
    private static String endpointBefore(String text, int position) {
        Matcher endpoint = ENDPOINT.matcher(text).region(0, position);
        String found = null;
        while (endpoint.find()) {
            found = shortForm(endpoint.group(1));
        }
        return found;
    }

    private static String shortForm(String endpoint) {
        String lower = endpoint.toLowerCase(Locale.ROOT);
        if (lower.startsWith("progression")) {
            return "PFS";
        }
        if (lower.startsWith("overall")) {
            return "OS";
        }
        if (lower.startsWith("disease")) {
            return "DFS";
        }
        if (lower.startsWith("event")) {
            return "EFS";
        }
        return endpoint.toUpperCase(Locale.ROOT);
    }
}
