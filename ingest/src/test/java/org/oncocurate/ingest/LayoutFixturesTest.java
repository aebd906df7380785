package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Table;

/** How ingest reads small PDFs of one layout case each (see {@link LayoutFixturePdfs}). */
class LayoutFixturesTest {
    private static PdfIngest ingest;

    @BeforeAll
    static void startReader() {
        ingest = PdfIngest.inProcess(IngestLimits.DEFAULT);
    }

    @AfterAll
    static void stopReader() {
        ingest.close();
    }

    @Test
    void anAbstractSetWithTightLeadingIsReadAsOneParagraphInOrder() throws Exception {
        PaperText paper = ingest.apply(LayoutFixturePdfs.tightLeadingAbstract());

        String body = paper.text().substring(paper.text().indexOf("Abstract") + "Abstract".length()).strip();
        assertThat(body).isEqualTo(String.join(" ", LayoutFixturePdfs.PROSE));
    }

    @Test
    void aTableWithoutRulesIsReadAsACellGridWithItsWrappedCellWhole() throws Exception {
        PaperText paper = ingest.apply(LayoutFixturePdfs.unruledTable());

        assertThat(paper.tables()).hasSize(1);
        Table table = paper.tables().get(0);
        assertThat(table.columns()).isEqualTo(3);
        assertThat(table.rows()).isEqualTo(4);
        assertThat(table.cell(1, 0).text()).isEqualTo("Zortamab");
        assertThat(table.cell(1, 1).text()).isEqualTo("7.9");
        assertThat(table.cell(2, 2).text()).isEqualTo("12%");
        assertThat(table.cell(3, 0).text()).isEqualTo("Zortamab plus placebo");
        assertThat(table.cell(3, 2).text()).isEqualTo("48%");
        assertThat(paper.text()).contains(LayoutFixturePdfs.PROSE[1] + "\n")
                .contains(LayoutFixturePdfs.PROSE[2]).doesNotContain("Zortamab 7.9 41%");
    }

    @Test
    void twoColumnsAreReadAfterTheFullWidthAbstractAndAroundAFullWidthTable() throws Exception {
        PaperText paper = ingest.apply(LayoutFixturePdfs.twoColumnsWithFullWidthBands());
        String text = flat(paper.text());

        String[] prose = LayoutFixturePdfs.PROSE;
        List<String> inOrder = List.of(prose[0] + " " + prose[1], prose[2] + " " + prose[3] + " " + prose[4],
                prose[5] + " " + prose[6] + " " + prose[7], "Arm", LayoutFixturePdfs.BELOW[0],
                LayoutFixturePdfs.BELOW[1]);
        int from = 0;
        for (String part : inOrder) {
            int at = text.indexOf(part, from);
            assertThat(at).as("'%s' after offset %d in: %s", part, from, text).isGreaterThanOrEqualTo(from);
            from = at + part.length();
        }
        assertThat(paper.tables()).hasSize(1);
        assertThat(paper.tables().get(0).rows()).isEqualTo(4);
        assertThat(paper.tables().get(0).cell(3, 0).text()).isEqualTo("Control");
    }

    @Test
    void aVerticalBannerInTheMarginIsKeptOutOfTheRunningText() throws Exception {
        PaperText paper = ingest.apply(LayoutFixturePdfs.sideBanner());

        assertThat(flat(paper.text())).contains(String.join(" ", LayoutFixturePdfs.PROSE))
                .doesNotContain("Downloaded").doesNotContain("journals.example.org");
    }

    @Test
    void aTitleOverThreeLinesIsReadWholeWithoutTheArticleTypeAboveItAndTheAuthorLineUnderIt() throws Exception {
        PaperText paper = ingest.apply(LayoutFixturePdfs.threeLineTitle());

        assertThat(paper.bibliography().title()).isEqualTo("Zortamab versus placebo after first-line chemotherapy "
                + "in advanced disease: a randomised, double-blind, phase 3 trial");
        assertThat(paper.bibliography().authors()).containsExactly("Jane A. Doe", "Richard Roe", "Maria van der Berg");
        assertThat(paper.blocks()).filteredOn(block -> block.kind() == BlockKind.TITLE).hasSize(1);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
