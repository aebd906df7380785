package org.oncocurate.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.layout.Word;

class HocrTest {
    /** Tesseract 5 hOCR of two lines at 300 dpi, cut down to what the reader uses. */
    private static final String HOCR = """
            <div class='ocr_page' id='page_1' title='image "stdin"; bbox 0 0 2479 3508; ppageno 0'>
             <p class='ocr_par' id='par_1_1' lang='eng' title="bbox 213 297 2145 457">
              <span class='ocr_header' id='line_1_1' title="bbox 214 297 2145 353; baseline -0.001 0; x_size 70; x_descenders 14; x_ascenders 16">
               <span class='ocrx_word' id='word_1_1' title='bbox 214 297 706 353; x_wconf 96'>Mechanisms</span>
               <span class='ocrx_word' id='word_1_2' title='bbox 736 297 815 353; x_wconf 96'>of</span>
              </span>
              <span class='ocr_line' id='line_1_2' title="bbox 214 509 1196 540; baseline 0 -8; x_size 40; x_descenders 8; x_ascenders 9">
               <span class='ocrx_word' id='word_1_3' title='bbox 214 509 462 540; x_wconf 95'>hormone</span>
               <span class='ocrx_word' id='word_1_4' title='bbox 480 520 500 530; x_wconf 40'>___</span>
               <span class='ocrx_word' id='word_1_5' title='bbox 520 510 700 532; x_wconf 91'>R&amp;D&#39;s</span>
               <span class='ocrx_word' id='word_1_6' title='bbox 720 510 760 532; x_wconf -1'> </span>
              </span>
              <span class='ocr_line' id='line_1_3' title="bbox 214 560 1196 591; baseline 0 -8; x_size 38; x_descenders 8; x_ascenders 9">
               <span class='ocrx_word' id='word_1_7' title='bbox 214 560 400 591; x_wconf 95'>receptor</span>
              </span>
             </p>
            </div>
            """;
    private static final double POINTS_PER_PIXEL = 72.0 / 300;

    @Test
    void readsWordsWithTheirBoxesInPointsAndTheirLineBaseline() {
        List<Word> words = Hocr.words(HOCR, POINTS_PER_PIXEL, 1000);

        assertThat(words).extracting(Word::text).containsExactly("Mechanisms", "of", "hormone", "R&D's", "receptor");
        Word hormone = words.get(2);
        assertThat(hormone.left()).isCloseTo(214 * POINTS_PER_PIXEL, within(1e-9));
        assertThat(hormone.right()).isCloseTo(462 * POINTS_PER_PIXEL, within(1e-9));
        assertThat(hormone.baseline()).isCloseTo((540 - 8) * POINTS_PER_PIXEL, within(1e-9));
    }

    @Test
    void linesOfOnePrintGetOneSizeWhileALargerHeadingKeepsItsOwn() {
        List<Word> words = Hocr.words(HOCR, POINTS_PER_PIXEL, 1000);

        assertThat(words.get(2).fontSize()).isEqualTo(words.get(4).fontSize());
        assertThat(words.get(0).fontSize()).isGreaterThan(1.5 * words.get(2).fontSize());
    }

    @Test
    void stopsAtTheWordLimit() {
        assertThat(Hocr.words(HOCR, POINTS_PER_PIXEL, 2)).hasSize(2);
    }
}
