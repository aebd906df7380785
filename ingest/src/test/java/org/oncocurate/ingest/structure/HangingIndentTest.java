package org.oncocurate.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.layout.TestWords;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.ingest.layout.Word;

class HangingIndentTest {
    @Test
    void aLineStartingUnderTheTextOfANumberedItemContinuesTheItem() {
        TextLine item = new TextLine(TestWords.line("1. A randomized trial of zortamab included", 72, 700, 9));
        double textStart = item.words().get(1).left();
        TextLine next = new TextLine(TestWords.line("419 patients with relapsed disease", textStart, 711, 9));

        assertThat(BlockBuilder.hangsUnder(item, next)).isTrue();
    }

    @Test
    void anIndentedLineUnderProseOrElsewhereUnderAnItemStartsAParagraph() {
        TextLine prose = new TextLine(TestWords.line("Median survival was longer with zortamab", 72, 700, 9));
        TextLine item = new TextLine(TestWords.line("1. A randomized trial of zortamab included", 72, 700, 9));
        List<Word> indented = TestWords.line("The next paragraph starts here", 72 + 18, 711, 9);

        assertThat(BlockBuilder.hangsUnder(prose, new TextLine(TestWords.line("419 patients", 72 + 12, 711, 9))))
                .isFalse();
        assertThat(BlockBuilder.hangsUnder(item, new TextLine(indented))).isFalse();
    }
}
