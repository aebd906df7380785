package org.oncocurate.extract.outcome.grammar;

/**
 * A number as the paper prints it: its value, its printed digits (so that checks can see a lost decimal point) and
 * its span.
 */
public record Reading(double value, String printed, int start, int end) {
    static Reading of(FigureToken token) {
        return new Reading(token.number(), token.canonical(), token.start(), token.end());
    }
}
