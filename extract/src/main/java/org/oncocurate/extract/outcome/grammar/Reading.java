package org.oncocurate.extract.outcome.grammar;

/**
 * A number as the paper prints it: its value, its printed digits (so that checks can see a lost decimal point) and
 * its span. A median printed as not reached has no value (NaN, printed "NR").
 */
public record Reading(double value, String printed, int start, int end) {
    static Reading of(FigureToken token) {
        return new Reading(token.number(), token.canonical(), token.start(), token.end());
    }

    static Reading notReached(int start, int end) {
        return new Reading(Double.NaN, "NR", start, end);
    }

    /** A time printed as a lower bound, "longer than 18 months": the median itself is not known. */
    static Reading lowerBound(Reading bound) {
        return new Reading(Double.NaN, ">" + bound.printed(), bound.start(), bound.end());
    }

    /** True for a median the paper says was not reached. */
    public boolean reached() {
        return !Double.isNaN(value);
    }
}
