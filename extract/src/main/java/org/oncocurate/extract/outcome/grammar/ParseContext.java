package org.oncocurate.extract.outcome.grammar;

import org.oncocurate.model.finding.Measure;

/**
 * What the text around a piece of outcome text already says: a table column headed "Median PFS (months)" makes
 * "25.3 vs 16.0" two PFS medians in months, one headed "HR (95% CI)" makes "0.57 (0.46–0.70)" a hazard ratio.
 *
 * @param endpoint   the endpoint figures refer to when the text names none, or null
 * @param unit       the unit of values printed without one ("months", "%"), or null
 * @param bareRatio  the ratio a number followed by its CI is, without a ratio's name before it, or null
 * @param tableCell  true in a table cell, where a series may take its endpoint from the header
 */
public record ParseContext(String endpoint, String unit, Measure bareRatio, boolean tableCell) {
    /** Running prose: everything must be said in the sentence. */
    public static final ParseContext PROSE = new ParseContext(null, null, null, false);

    /** Prose in which a ratio without an endpoint of its own refers to {@code endpoint} (said just before). */
    public static ParseContext proseAbout(String endpoint) {
        return new ParseContext(endpoint, null, null, false);
    }

    /** A table cell under a header that names the endpoint, unit or ratio of its figures (each may be null). */
    public static ParseContext tableColumn(String endpoint, String unit, Measure bareRatio) {
        return new ParseContext(endpoint, unit, bareRatio, true);
    }
}
