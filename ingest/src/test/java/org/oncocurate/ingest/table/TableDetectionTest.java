package org.oncocurate.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.layout.PageContent;
import org.oncocurate.ingest.layout.Ruling;
import org.oncocurate.ingest.layout.TestWords;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.ingest.structure.DocumentLayout;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Table;
import org.oncocurate.model.text.TextSource;

/** Tables on made-up pages, read through the whole layout so that the cells' places in the text are checked too. */
class TableDetectionTest {
    private static final String PAPER = "a".repeat(64);
    private static final double SIZE = 8;

    @Test
    void aRuledTableBecomesAGridWithWrappedCellLinesMergedAndItsCaptionAttached() {
        List<Word> words = new ArrayList<>(TestWords.line("Table 2 Trials of CDK4/6 inhibitors", 50, 90, SIZE));
        words.addAll(TestWords.line("Trial", 52, 112, SIZE, true));
        words.addAll(TestWords.line("Phase", 132, 112, SIZE, true));
        words.addAll(TestWords.line("Outcome", 182, 112, SIZE, true));
        words.addAll(TestWords.line("MONALEESA-", 52, 130, SIZE));
        words.addAll(TestWords.line("2", 52, 140, SIZE));
        words.addAll(TestWords.line("III", 132, 130, SIZE));
        words.addAll(TestWords.line("PFS 25.3 vs. 16 months", 182, 130, SIZE));
        words.addAll(TestWords.line("(HR 0.568; 95% CI", 182, 140, SIZE));
        words.addAll(TestWords.line("0.457-0.704)", 182, 150, SIZE));
        words.addAll(TestWords.line("PALOMA-2", 52, 168, SIZE));
        words.addAll(TestWords.line("III", 132, 168, SIZE));
        words.addAll(TestWords.line("PFS 27.6 vs. 14.5 months", 182, 168, SIZE));
        List<Ruling> rules = new ArrayList<>();
        for (double y : new double[] {100, 118, 156, 176}) {
            rules.add(new Ruling(50, y, 400, y));
        }

        PaperText paper = layout(words, rules);

        assertThat(paper.tables()).hasSize(1);
        Table table = paper.tables().get(0);
        assertThat(table.label()).isEqualTo("Table 2");
        assertThat(table.caption()).isEqualTo("Table 2 Trials of CDK4/6 inhibitors");
        assertThat(table.rows()).isEqualTo(3);
        assertThat(table.columns()).isEqualTo(3);
        assertThat(table.cell(0, 0).header()).isTrue();
        assertThat(table.cell(1, 0).header()).isFalse();
        assertThat(table.cell(1, 0).text()).isEqualTo("MONALEESA-2");
        assertThat(table.cell(1, 2).text()).isEqualTo("PFS 25.3 vs. 16 months (HR 0.568; 95% CI 0.457-0.704)");
        assertThat(table.cell(2, 2).text()).isEqualTo("PFS 27.6 vs. 14.5 months");
        assertCellsPointAtTheirText(paper, table);
        assertThat(paper.text()).contains("Trial | Phase | Outcome\n"
                + "MONALEESA-2 | III | PFS 25.3 vs. 16 months (HR 0.568; 95% CI 0.457-0.704)\n"
                + "PALOMA-2 | III | PFS 27.6 vs. 14.5 months");
    }

    @Test
    void aTableRuledOnlyAboveBelowAndUnderItsHeaderSplitsRowsAtTheFirstColumn() {
        List<Word> words = new ArrayList<>();
        words.addAll(TestWords.line("Drug", 52, 112, SIZE));
        words.addAll(TestWords.line("Target", 150, 112, SIZE));
        words.addAll(TestWords.line("Median PFS", 230, 112, SIZE));
        String[][] rows = {{"Alpelisib", "PI3K alpha", "11.0 months"}, {"Everolimus", "mTOR", "7.8 months"},
            {"Capivasertib", "AKT", "7.2 months"}};
        double baseline = 130;
        for (String[] row : rows) {
            words.addAll(TestWords.line(row[0], 52, baseline, SIZE));
            words.addAll(TestWords.line(row[1], 150, baseline, SIZE));
            words.addAll(TestWords.line(row[2], 230, baseline, SIZE));
            baseline += 10;
        }
        words.addAll(TestWords.line("(95% CI 4.8-9.1)", 230, baseline, SIZE));
        List<Ruling> rules = List.of(new Ruling(50, 100, 330, 100), new Ruling(50, 118, 330, 118),
                new Ruling(50, baseline + 6, 330, baseline + 6));

        PaperText paper = layout(words, rules);

        assertThat(paper.tables()).hasSize(1);
        Table table = paper.tables().get(0);
        assertThat(table.rows()).isEqualTo(4);
        assertThat(table.columns()).isEqualTo(3);
        assertThat(table.cell(0, 2).header()).isTrue();
        assertThat(table.cell(3, 0).text()).isEqualTo("Capivasertib");
        assertThat(table.cell(3, 2).text()).isEqualTo("7.2 months (95% CI 4.8-9.1)");
        assertCellsPointAtTheirText(paper, table);
    }

    @Test
    void twoColumnsOfProseBetweenTwoFullWidthRulesAreNotATable() {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            words.addAll(TestWords.justified("the left column carries running prose about endocrine therapy " + i,
                    50, 290, 120 + 12 * i, 10));
            words.addAll(TestWords.justified("while the right column goes on with more prose about resistance " + i,
                    306, 546, 120 + 12 * i, 10));
        }
        List<Ruling> rules = List.of(new Ruling(50, 100, 546, 100), new Ruling(50, 250, 546, 250));

        PaperText paper = layout(words, rules);

        assertThat(paper.tables()).isEmpty();
        assertThat(paper.text()).startsWith("the left column carries running prose about endocrine therapy 0 the");
    }

    @Test
    void proseBetweenASectionRuleAndATableBelowItStaysTextAndTheTableKeepsItsColumns() {
        List<Word> words = new ArrayList<>(TestWords.line("Recurrent disease", 50, 116, 10));
        words.addAll(TestWords.justified("Table 4 lists the regimens studied in first relapse for patients with",
                50, 290, 130, 10));
        words.addAll(TestWords.justified("platinum-sensitive disease and the outcomes reported by each trial.",
                50, 290, 142, 10));
        words.addAll(TestWords.justified("and with a wider interval before the relapse, as described above in",
                306, 546, 116, 10));
        words.addAll(TestWords.justified("Table 4. Regimens used at first relapse of the invented disease", 306, 546,
                130, 10));
        String[] header = {"Setting", "Regimen", "Patients", "Comparator", "Outcome"};
        double[] columns = {52, 150, 260, 340, 450};
        for (int c = 0; c < header.length; c++) {
            words.addAll(TestWords.line(header[c], columns[c], 166, SIZE, true));
        }
        String[][] rows = {{"Sensitive", "Xalotinib + carboplatin", "410", "Carboplatin", "PFS 11 vs. 9"},
            {"Sensitive", "Brevomab + carboplatin", "356", "Carboplatin", "PFS 8.6 vs. 5.8"},
            {"Resistant", "Xalotinib", "190", "Placebo", "PFS 4.1 vs. 2.0"},
            {"Resistant", "Brevomab", "97", "Paclitaxel", "PFS 5.7 vs. 3.9"}};
        double baseline = 186;
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                words.addAll(TestWords.line(row[c], columns[c], baseline, SIZE));
            }
            baseline += 12;
        }
        List<Ruling> rules = new ArrayList<>();
        for (double y : new double[] {100, 154, 172, baseline}) {
            rules.add(new Ruling(50, y, 546, y));
        }

        PaperText paper = layout(words, rules);

        assertThat(paper.tables()).hasSize(1);
        Table table = paper.tables().get(0);
        assertThat(table.columns()).isEqualTo(5);
        assertThat(table.rows()).isEqualTo(5);
        assertThat(table.cell(1, 1).text()).isEqualTo("Xalotinib + carboplatin");
        assertThat(paper.text()).contains("Table 4 lists the regimens studied in first relapse for patients with");
        assertThat(table.cells()).noneSatisfy(cell -> assertThat(cell.text()).contains("regimens studied"));
        assertCellsPointAtTheirText(paper, table);
    }

    @Test
    void aCaptionBoxedBetweenTwoRulesIsNotATable() {
        List<Word> words = new ArrayList<>(TestWords.line("TABLE 1 Summary of randomized clinical trials of", 52,
                112, SIZE));
        words.addAll(TestWords.line("CDK4/6 inhibitors in advanced breast cancer (36).", 52, 122, SIZE));
        List<Ruling> rules = List.of(new Ruling(50, 100, 290, 100), new Ruling(50, 128, 290, 128));

        PaperText paper = layout(words, rules);

        assertThat(paper.tables()).isEmpty();
        assertThat(paper.blocks()).extracting(Block::kind).containsExactly(BlockKind.CAPTION);
    }

    private static PaperText layout(List<Word> words, List<Ruling> rules) {
        PageContent page = new PageContent(1, 595, 842, words, rules, TextSource.TEXT_LAYER, null);
        return DocumentLayout.build(PAPER, Bibliography.UNKNOWN, List.of(page));
    }

    private static void assertCellsPointAtTheirText(PaperText paper, Table table) {
        Block block = paper.blocks().stream().filter(candidate -> candidate.kind() == BlockKind.TABLE).findFirst()
                .orElseThrow();
        for (Cell cell : table.cells()) {
            assertThat(paper.text().substring(cell.start(), cell.end())).isEqualTo(cell.text());
            assertThat(cell.start()).isBetween(block.start(), block.end());
            assertThat(cell.end()).isBetween(block.start(), block.end());
        }
        String[] lines = paper.text().substring(block.start(), block.end()).split("\n");
        assertThat(lines).hasSize(table.rows());
        for (String line : lines) {
            assertThat(line.split(" \\| ", -1)).hasSize(table.columns());
        }
    }
}
