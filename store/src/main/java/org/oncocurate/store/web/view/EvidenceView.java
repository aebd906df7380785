package org.oncocurate.store.web.view;

/**
 * One place a fact is stated: its sentence split around the matched text (so the match can be highlighted), and
 * the URL of a crop of the page region it was read from.
 *
 * @param cropUrl null when the evidence has no recorded region
 */
public record EvidenceView(int page, String before, String match, String after, String cropUrl, boolean ocr,
                           String repair) {
}
