package org.oncocurate.extract.outcome.grammar;

/** The words naming the arm of one value, "for the letrozole group": {@code [start, end)} of the text. */
public record LabelSpan(int start, int end) {
}
