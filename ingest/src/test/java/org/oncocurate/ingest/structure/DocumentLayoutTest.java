package org.oncocurate.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.layout.PageContent;
import org.oncocurate.ingest.layout.TestWords;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.Fragment;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Section;
import org.oncocurate.model.text.TextSource;

/** A made-up three-page, two-column paper read through the whole layout. */
class DocumentLayoutTest {
    private static final double SIZE = 10;
    private static final double PITCH = 12;
    private static final double LEFT = 50;
    private static final double LEFT_END = 290;
    private static final double RIGHT = 306;
    private static final double RIGHT_END = 546;
    private static PaperText paper;

    @BeforeAll
    static void layOutThePaper() {
        List<PageContent> pages = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            List<Word> words = new ArrayList<>();
            words.addAll(TestWords.line("Doe et al. Journal of Made-up Oncology " + (100 + number), 50, 30, 8));
            words.addAll(TestWords.line("journal.example " + number, 270, 815, 8));
            if (number == 1) {
                words.addAll(TestWords.line("A made-up review of endocrine resistance", 50, 70, 18, true));
                column(words, LEFT, LEFT_END, 110, List.of(
                        "Endocrine therapy is the backbone of",
                        "treatment for hormone receptor-positive",
                        "disease and it works well for many years",
                        "in most of the patients who receive it",
                        "in the adjuvant setting. Resistance does",
                        "arise through several mechanisms that",
                        "change the tumour and its pheno-"));
                column(words, RIGHT, RIGHT_END, 110, List.of(
                        "type over time, as the sections below",
                        "describe in detail with examples from",
                        "the clinical trials and from the many",
                        "experiments of the laboratory.",
                        ""));
                heading(words, "4.1 PI3K-AKT-mTOR", RIGHT, 172);
                column(words, RIGHT, RIGHT_END, 196, List.of(
                        "Mutations in PIK3CA are common in the",
                        "receptor-positive tumours and they can",
                        "predict benefit from alpelisib in the",
                        "second line."));
                words.addAll(TestWords.line("Figure 1. Survival curves of the trial arms.", RIGHT, 260, 8));
            } else if (number == 2) {
                heading(words, "Discussion", LEFT, 110);
                column(words, LEFT, LEFT_END, 134, List.of(
                        "Taken together these studies show that",
                        "resistance has many faces and needs many",
                        "drugs to be overcome in the clinic."));
            } else {
                heading(words, "References", LEFT, 110);
                column(words, LEFT, LEFT_END, 134, List.of("1. Doe J. Endocrine resistance. J Onc 2020;1:1-9."));
                column(words, LEFT, LEFT_END, 152, List.of("2. Roe R. Resistance again. J Onc 2021;2:9-19."));
            }
            pages.add(new PageContent(number, 595, 842, words, List.of(), TextSource.TEXT_LAYER, null));
        }
        paper = DocumentLayout.build("a".repeat(64), Bibliography.UNKNOWN, pages);
    }

    @Test
    void runningHeadersAndFootersStayOutOfTheTextAndAreKeptAsFurniture() {
        assertThat(paper.text()).doesNotContain("Journal of Made-up Oncology").doesNotContain("journal.example");
        assertThat(paper.pages()).allSatisfy(page -> assertThat(page.furniture()).hasSize(2));
        assertThat(paper.pages().get(1).furniture()).contains("journal.example 2");
    }

    @Test
    void aParagraphThatRunsOnIntoTheNextColumnStaysOneParagraphWithItsBrokenWordJoined() {
        assertThat(paper.text()).contains("change the tumour and its phenotype over time, as the sections")
                .contains("the backbone of treatment for hormone receptor-positive disease");
        assertThat(paper.text()).startsWith("A made-up review of endocrine resistance\n\nEndocrine therapy");
    }

    @Test
    void theTitleHeadingsCaptionsAndReferencesAreMarked() {
        assertThat(kinds()).containsSubsequence(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING,
                BlockKind.REFERENCES, BlockKind.REFERENCES);
        assertThat(paper.sections()).extracting(Section::number, Section::title, Section::references).containsExactly(
                org.assertj.core.groups.Tuple.tuple("4.1", "PI3K-AKT-mTOR", false),
                org.assertj.core.groups.Tuple.tuple(null, "Discussion", false),
                org.assertj.core.groups.Tuple.tuple(null, "References", true));
        Section references = paper.sections().get(2);
        assertThat(paper.text().substring(references.start(), references.end())).contains("1. Doe J.")
                .contains("2. Roe R.");
    }

    @Test
    void paragraphsAreSeparatedByABlankLineAndLinesWithinThemBySpaces() {
        String text = paper.text();
        assertThat(text).contains("experiments of the laboratory.\n\n4.1 PI3K-AKT-mTOR\n\nMutations in PIK3CA");
        for (Block block : paper.blocks()) {
            if (block.kind() != BlockKind.TABLE) {
                assertThat(text.substring(block.start(), block.end())).doesNotContain("\n");
            }
        }
    }

    @Test
    void everyCharacterOfTheTextMapsToABoxOnItsPage() {
        int expected = 0;
        for (Fragment fragment : paper.fragments()) {
            assertThat(fragment.start()).isEqualTo(expected);
            Page page = paper.pageAt(fragment.start());
            assertThat(fragment.page()).isEqualTo(page.number());
            assertThat(fragment.box().right()).isLessThanOrEqualTo(page.width());
            expected = fragment.end();
        }
        assertThat(expected).isEqualTo(paper.text().length());
        assertThat(paper.pages().get(0).start()).isZero();
        assertThat(paper.pages().get(2).end()).isEqualTo(paper.text().length());
    }

    private static List<BlockKind> kinds() {
        return paper.blocks().stream().map(Block::kind).toList();
    }

    private static void column(List<Word> words, double left, double right, double top, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            boolean last = i == lines.size() - 1 || lines.get(i + 1).isEmpty();
            double baseline = top + PITCH * i;
            words.addAll(last ? TestWords.line(lines.get(i), left, baseline, SIZE)
                    : TestWords.justified(lines.get(i), left, right, baseline, SIZE));
        }
    }

    private static void heading(List<Word> words, String text, double left, double baseline) {
        words.addAll(TestWords.line(text, left, baseline, 12, true));
    }
}
