package org.oncocurate.ingest.pdf;

import java.util.List;
import org.oncocurate.ingest.layout.Word;

/** Judges whether a page's text layer can be used, and whether a page without one is worth OCR. */
final class TextLayerQuality {
    /** Fewer letters than this on a page mostly covered by images: a scan with a stamp, not a text page. */
    private static final int MIN_LETTERS_ON_SCAN = 50;
    private static final double SCAN_COVERAGE = 0.5;
    private static final double MIN_READABLE_SHARE = 0.6;
    /** Images covering less of a page without text than this are figures or logos, not a scanned page. */
    private static final double OCR_COVERAGE = 0.25;

    private TextLayerQuality() {
    }

    /**
     * True when the text layer holds readable text: enough letters and digits among its characters (unmapped glyphs
     * come out as replacement or private-use characters), and not just a stamp on a scanned image.
     */
    static boolean usable(List<Word> words, double imageCoverage) {
        int readable = 0;
        int letters = 0;
        int all = 0;
        for (Word word : words) {
            String text = word.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                all++;
                if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.PRIVATE_USE) {
                    letters++;
                    readable++;
                } else if (c != '\uFFFD' && Character.getType(c) != Character.PRIVATE_USE
                        && !Character.isISOControl(c)) {
                    readable++;
                }
            }
        }
        if (letters == 0 || readable < MIN_READABLE_SHARE * all || letters < 0.4 * all) {
            return false;
        }
        return letters >= MIN_LETTERS_ON_SCAN || imageCoverage < SCAN_COVERAGE;
    }

    /**
     * True when a page without usable text is a scan: images cover a good part of it. A page of vector drawing only
     * is not OCR'd: rendering it can take long, and what it holds is a figure, not the paper's text.
     */
    static boolean worthOcr(double imageCoverage) {
        return imageCoverage >= OCR_COVERAGE;
    }
}
