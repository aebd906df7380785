package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Table;

/** The seed review with real typeset tables: TABLE 1 and TABLE 3 as cell grids. */
class SeedTablesTest {
    private static PaperText paper;

    @BeforeAll
    static void readTheSeedReview() throws Exception {
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT)) {
            paper = ingest.apply(TestPdfs.seedBytes("endocrine-resistance-review.tables.pdf"));
        }
    }

    @AfterAll
    static void forget() {
        paper = null;
    }

    @Test
    void table1IsElevenDataRowsOfSixColumnsWithWrappedCellsMerged() {
        Table table = table("TABLE 1");

        assertThat(table.page()).isEqualTo(5);
        assertThat(table.columns()).isEqualTo(6);
        assertThat(dataRows(table)).isEqualTo(11);
        assertThat(table.caption()).startsWith("TABLE 1 Summary of randomized phase II/III clinical trials")
                .endsWith("advanced or metastatic BC (36).");
        assertThat(rowTexts(table, 0)).containsExactly("Trial Name", "Phase", "Population", "Treatment Arms",
                "Sample Size", "Primary Outcome (Exp vs. Ctrl Arm) HR (95% CI)");
        Cell trial = table.cell(1, 0);
        assertThat(trial.text()).isEqualTo("MONALEESA-2");
        assertThat(table.cell(1, 4).text()).isEqualTo("668");
        assertThat(table.cell(1, 5).text()).contains("HR 0.568; 95% CI 0.457-0.704");
        assertThat(table.cell(6, 0).text()).isEqualTo("PALOMA-1/TRIO-18");
        assertThat(table.cell(8, 5).text()).isEqualTo("PFS 9.5 vs. 4.6 months (HR 0.46; 95% CI 0.36-0.59)");
        assertThat(table.cell(11, 0).text()).isEqualTo("PACE");
    }

    @Test
    void table3IsThreeDataRowsOfSixColumns() {
        Table table = table("TABLE 3");

        assertThat(table.page()).isEqualTo(12);
        assertThat(table.columns()).isEqualTo(6);
        assertThat(dataRows(table)).isEqualTo(3);
        assertThat(table.cell(1, 0).text()).isEqualTo("DESTINY-Breast04 (160)");
        assertThat(table.cell(3, 3).text()).isEqualTo("Dato-DXd vs. ICC");
        assertThat(table.cell(3, 5).text()).isEqualTo("PFS 6.9 vs. 4.9 months (HR 0.63; 95% CI 0.52-0.76)");
    }

    @Test
    void everyCellPointsAtItsTextInsideATableBlockOfOneLinePerRow() {
        for (Table table : paper.tables()) {
            Block block = paper.blocks().stream()
                    .filter(candidate -> candidate.kind() == BlockKind.TABLE && candidate.page() == table.page())
                    .filter(candidate -> candidate.box().equals(table.box())).findFirst().orElseThrow();
            for (Cell cell : table.cells()) {
                assertThat(paper.text().substring(cell.start(), cell.end())).isEqualTo(cell.text());
                assertThat(cell.start()).isGreaterThanOrEqualTo(block.start());
                assertThat(cell.end()).isLessThanOrEqualTo(block.end());
            }
            assertThat(paper.text().substring(block.start(), block.end()).split("\n")).hasSize(table.rows());
        }
        assertThat(paper.text()).contains("\nMONALEESA-2 | III | AI-sensitive postmenopausal women with "
                + "HR-positive/HER2-negative advanced or metastatic BC; no previous systemic therapy for ABC | "
                + "Ribociclib + Letrozole vs. Placebo + Letrozole | 668 | PFS 25.3 vs. 16 months (HR 0.568; 95% CI "
                + "0.457-0.704)\n");
    }

    @Test
    void theFlattenedTable2StaysProseAndOnlyTheTwoTypesetTablesAreTables() {
        assertThat(paper.tables()).extracting(Table::label).containsExactly("TABLE 1", "TABLE 3");
    }

    private static Table table(String label) {
        return paper.tables().stream().filter(table -> label.equals(table.label())).findFirst().orElseThrow();
    }

    private static long dataRows(Table table) {
        return table.cells().stream().filter(cell -> !cell.header()).map(Cell::row).distinct().count();
    }

    private static List<String> rowTexts(Table table, int row) {
        return table.cells().stream().filter(cell -> cell.row() == row).map(Cell::text).toList();
    }
}
