package org.oncocurate.model.finding;

import java.util.List;
import java.util.Objects;
import org.oncocurate.model.text.Region;

/**
 * Where a finding was read: the matched text {@code [start, end)} of the paper's text, the sentence (or table row)
 * around it, and the page regions to show as a crop.
 *
 * @param surface       the text exactly as it stands in the paper
 * @param sentenceStart offset of {@code sentence} in the paper's text, so the match can be highlighted in it
 * @param ocr           true when the text came from OCR
 * @param repair        how the surface form was repaired to reach the normalized value ("ESRI → ESR1"), or null
 */
public record Evidence(int page, int start, int end, String surface, String sentence, int sentenceStart,
                       List<Region> regions, boolean ocr, String repair) {
    public Evidence {
        if (page < 1 || start < 0 || end < start || sentenceStart < 0) {
            throw new IllegalArgumentException("bad evidence span [" + start + "," + end + ") on page " + page);
        }
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(sentence, "sentence");
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
