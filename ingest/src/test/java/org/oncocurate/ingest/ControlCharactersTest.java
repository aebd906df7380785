package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.Fragment;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Section;
import org.oncocurate.model.text.Table;
import org.oncocurate.model.text.TextSource;

class ControlCharactersTest {
    private static final String PAPER = "a".repeat(64);
    private static final BoundingBox BOX = new BoundingBox(10, 10, 100, 10);

    @Test
    void aNulFromALigatureBecomesASpaceAndEveryOffsetStaysPut() {
        String raw = "The e\u0000cacy of drug X.\nTab\there.";
        PaperText cleaned = ControlCharacters.replaceIn(paper(raw, "Re\u0000ults", "0.5\u0000"));

        assertThat(cleaned.text()).isEqualTo("The e cacy of drug X.\nTab\there.").hasSameSizeAs(raw);
        assertThat(cleaned.fragments()).isEqualTo(paper(raw, "x", "y").fragments());
        assertThat(cleaned.regions(4, 10)).isNotEmpty();
        assertThat(cleaned.sections().get(0).title()).isEqualTo("Re ults");
        assertThat(cleaned.tables().get(0).cells().get(0).text()).isEqualTo("0.5 ");
        assertThat(cleaned.replacedCharacters()).isEqualTo(3);
    }

    @Test
    void otherControlCharactersAndUnpairedSurrogatesAreReplacedButPairsTabsAndNewlinesAreKept() {
        String raw = "a\u0001b\u001fc\rd\ud800e\udc00f \ud83d\ude00\tg\n";
        PaperText cleaned = ControlCharacters.replaceIn(paper(raw, "Methods", "1"));

        assertThat(cleaned.text()).isEqualTo("a b c d e f \ud83d\ude00\tg\n");
        assertThat(cleaned.replacedCharacters()).isEqualTo(5);
    }

    @Test
    void aCleanTextIsReturnedAsItIs() {
        PaperText text = paper("Nothing to replace \u00e9\u00df.", "Results", "12");

        assertThat(ControlCharacters.replaceIn(text)).isSameAs(text);
        assertThat(text.replacedCharacters()).isZero();
    }

    private static PaperText paper(String text, String sectionTitle, String cellText) {
        return new PaperText(PAPER, new Bibliography("A review", List.of("A. Author"), null, 2024, null), text,
                List.of(new Page(1, 0, text.length(), 595, 842, TextSource.TEXT_LAYER, List.of(), null)),
                List.of(new Block(BlockKind.PARAGRAPH, 1, 0, text.length(), BOX)),
                List.of(new Section("1", sectionTitle, 0, text.length(), false)),
                List.of(new Table("Table 1", "Outcomes", 1, 1, 1, BOX,
                        List.of(new Cell(0, 0, cellText, 0, 1, BOX, false)))),
                List.of(new Fragment(0, text.length(), 1, BOX)), "ingest-test");
    }
}
