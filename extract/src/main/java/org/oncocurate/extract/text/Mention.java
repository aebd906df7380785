package org.oncocurate.extract.text;

/**
 * A span of a sentence that a finder recognised as a term.
 *
 * @param normalized the term's normalized form (gene symbol, INN, trial name)
 * @param repair     how an OCR-damaged surface form was repaired, or null
 */
public record Mention(int start, int end, String surface, String normalized, String repair, double confidence) {
}
