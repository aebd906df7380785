package org.oncocurate.extract.outcome.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.text.PaperText;

class OutcomeTableReaderTest {
    private static final List<String> CDK_HEADER = List.of("Trial", "Phase", "N", "Arms", "Outcome (PFS/HR/CI)",
            "Reference");
    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = Extractor.create(ExtractionResources.load());
    }

    @Test
    void readsTheMediansAndHazardRatioOfARowWithItsArmsAndTheirDrugs() {
        List<OutcomeFinding> outcomes = outcomes(cdkTable());

        OutcomeFinding median = find(outcomes, "MONALEESA-2", "PFS", Measure.MEDIAN, 25.3);
        assertThat(median.arms()).extracting(Arm::label).containsExactly("ribociclib + letrozole",
                "placebo + letrozole");
        assertThat(median.arms()).extracting(Arm::value).containsExactly(25.3, 16.0);
        assertThat(median.arms().get(0).drugs()).containsExactly("ribociclib", "letrozole");
        assertThat(median.arms().get(1).drugs()).containsExactly("letrozole");
        assertThat(median.unit()).isEqualTo("months");

        OutcomeFinding hazard = find(outcomes, "MONALEESA-2", "PFS", Measure.HR, 0.568);
        assertThat(hazard.ci()).containsExactly(0.457, 0.704);
        assertThat(hazard.comparison()).extracting(Treatment::label).containsExactly("ribociclib + letrozole",
                "placebo + letrozole");
        assertThat(hazard.source()).isEqualTo(OutcomeSource.TABLE);
        assertThat(hazard.checks()).allMatch(CheckResult::passed);
        assertThat(hazard.evidence().get(0).surface()).isEqualTo("HR 0.568; 95% CI 0.457-0.704");
        assertThat(hazard.evidence().get(0).sentence()).startsWith("MONALEESA-2\tIII\t668");
    }

    @Test
    void givesAThreeArmRowOneHazardRatioPerComparison() {
        List<OutcomeFinding> outcomes = outcomes(cdkTable());

        OutcomeFinding medians = find(outcomes, "PACE", "PFS", Measure.MEDIAN, 4.8);
        assertThat(medians.arms()).extracting(Arm::label).containsExactly("fulvestrant", "palbociclib + fulvestrant",
                "palbociclib + fulvestrant + avelumab");
        assertThat(medians.arms()).extracting(Arm::value).containsExactly(4.8, 4.6, 8.1);

        OutcomeFinding doublet = find(outcomes, "PACE", "PFS", Measure.HR, 1.11);
        assertThat(doublet.comparison()).extracting(Treatment::label)
                .containsExactly("palbociclib + fulvestrant", "fulvestrant");
        assertThat(doublet.ci()).containsExactly(0.79, 1.55);
        OutcomeFinding triplet = find(outcomes, "PACE", "PFS", Measure.HR, 0.75);
        assertThat(triplet.comparison()).extracting(Treatment::label)
                .containsExactly("palbociclib + fulvestrant + avelumab", "fulvestrant");
        assertThat(triplet.ci()).containsExactly(0.5, 1.12);
        assertThat(doublet.conflicts()).isEmpty();
        assertThat(triplet.conflicts()).isEmpty();
    }

    @Test
    void readsSeveralEndpointsFromOneCell() {
        List<OutcomeFinding> outcomes = outcomes(cdkTable());

        assertThat(find(outcomes, "DESTINY-Breast04", "PFS", Measure.HR, 0.51).ci()).containsExactly(0.4, 0.64);
        OutcomeFinding overall = find(outcomes, "DESTINY-Breast04", "OS", Measure.HR, 0.64);
        assertThat(overall.ci()).containsExactly(0.48, 0.86);
        assertThat(overall.comparison()).extracting(Treatment::label).containsExactly("trastuzumab deruxtecan", "TPC");
        assertThat(find(outcomes, "DESTINY-Breast04", "OS", Measure.MEDIAN, 23.9).arms()).extracting(Arm::value)
                .containsExactly(23.9, 17.5);
    }

    @Test
    void readsAMultiLineCellWithTheEndpointItsHeaderNames() {
        List<OutcomeFinding> outcomes = outcomes(cdkTable());

        OutcomeFinding median = find(outcomes, "PALOMA-2", "PFS", Measure.MEDIAN, 27.6);
        assertThat(median.arms()).extracting(Arm::label).containsExactly("palbociclib + letrozole", "letrozole");
        OutcomeFinding hazard = find(outcomes, "PALOMA-2", "PFS", Measure.HR, 0.563);
        assertThat(hazard.ci()).containsExactly(0.461, 0.687);
        assertThat(hazard.evidence().get(0).surface()).isEqualTo("HR 0.563; 95% CI 0.461-0.687");
    }

    @Test
    void aRowWithAnEmptyTrialCellContinuesTheTrialAbove() {
        List<OutcomeFinding> outcomes = outcomes(cdkTable());

        assertThat(find(outcomes, "PALOMA-2", "ORR", Measure.RATE, 55.3).arms()).extracting(Arm::value)
                .containsExactly(55.3, 44.4);
    }

    @Test
    void marksTheTableAndProseStatementsThatDisagreeAsConflicting() {
        List<OutcomeFinding> outcomes = outcomes(cdkTable());

        OutcomeFinding table = find(outcomes, "PALOMA-2", "PFS", Measure.MEDIAN, 27.6);
        OutcomeFinding prose = find(outcomes, "PALOMA-2", "PFS", Measure.MEDIAN, 24.8);
        assertThat(table.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.key()).isEqualTo(prose.key());
            assertThat(conflict.values()).containsExactly(24.8, 14.5);
            assertThat(conflict.source()).isEqualTo(OutcomeSource.TEXT);
        });
        assertThat(prose.conflicts()).singleElement().satisfies(conflict ->
                assertThat(conflict.key()).isEqualTo(table.key()));
    }

    @Test
    void mergesTheSameFiguresStatedInTheTableAndTheProseIntoOneFact() {
        List<OutcomeFinding> outcomes = outcomes(cdkTable());

        OutcomeFinding merged = find(outcomes, "MONALEESA-2", "PFS", Measure.MEDIAN, 25.3);
        assertThat(merged.source()).isEqualTo(OutcomeSource.TEXT_AND_TABLE);
        assertThat(merged.evidence()).hasSize(2);
        assertThat(outcomes).filteredOn(fact -> "MONALEESA-2".equals(fact.trial())
                && fact.measure() == Measure.MEDIAN).hasSize(1);
    }

    @Test
    void readsColumnsThatSplitMediansAndRatiosWithTheEndpointTheTableNames() {
        PaperText paper = new GridPaper()
                .paragraph("Immunotherapy trials in non-small-cell lung cancer are listed in Table 2.")
                .table("TABLE 2", "First-line immunotherapy in metastatic NSCLC.", List.of(
                        List.of("Study", "Regimen", "Median OS, months", "HR (95% CI)"),
                        List.of("KEYNOTE-189", "Pembrolizumab + chemotherapy vs. Placebo + chemotherapy",
                                "22.0 vs 10.7", "0.56 (0.45–0.70)"),
                        List.of("CheckMate 9LA", "Nivolumab + ipilimumab + chemotherapy vs. Chemotherapy",
                                "15.6 vs 10.9", "0.66 (0.55–0.80)")))
                .build();

        List<OutcomeFinding> outcomes = outcomes(paper);

        assertThat(find(outcomes, "KEYNOTE-189", "OS", Measure.MEDIAN, 22.0).arms()).extracting(Arm::label)
                .containsExactly("pembrolizumab + chemotherapy", "placebo + chemotherapy");
        OutcomeFinding hazard = find(outcomes, "KEYNOTE-189", "OS", Measure.HR, 0.56);
        assertThat(hazard.ci()).containsExactly(0.45, 0.7);
        assertThat(hazard.comparison()).extracting(Treatment::label)
                .containsExactly("pembrolizumab + chemotherapy", "placebo + chemotherapy");
        assertThat(find(outcomes, "CheckMate 9LA", "OS", Measure.HR, 0.66).ci()).containsExactly(0.55, 0.8);
    }

    @Test
    void gathersTheRowsOfATableThatGivesEachArmItsOwnRow() {
        PaperText paper = new GridPaper()
                .paragraph("Table 2 lists the first-line trials arm by arm.")
                .table("TABLE 2", "Progression-free survival by arm.", List.of(
                        List.of("Trial", "Arm", "Median PFS (months)", "HR (95% CI)"),
                        List.of("PALOMA-2", "Palbociclib + letrozole", "24.8", "0.58 (0.46–0.72)"),
                        List.of("", "Placebo + letrozole", "14.5", "Reference"),
                        List.of("MONALEESA-2", "Ribociclib + letrozole", "25.3", "0.57 (0.46–0.70)"),
                        List.of("", "Placebo + letrozole", "16.0", "—")))
                .build();

        List<OutcomeFinding> outcomes = outcomes(paper);

        OutcomeFinding median = find(outcomes, "PALOMA-2", "PFS", Measure.MEDIAN, 24.8);
        assertThat(median.arms()).extracting(Arm::label).containsExactly("palbociclib + letrozole",
                "placebo + letrozole");
        assertThat(median.arms()).extracting(Arm::value).containsExactly(24.8, 14.5);
        assertThat(median.evidence().get(0).regions()).hasSize(2);
        OutcomeFinding hazard = find(outcomes, "PALOMA-2", "PFS", Measure.HR, 0.58);
        assertThat(hazard.ci()).containsExactly(0.46, 0.72);
        assertThat(hazard.comparison()).extracting(Treatment::label).containsExactly("palbociclib + letrozole",
                "placebo + letrozole");
        assertThat(find(outcomes, "MONALEESA-2", "PFS", Measure.MEDIAN, 25.3).arms()).extracting(Arm::value)
                .containsExactly(25.3, 16.0);
        assertThat(outcomes).filteredOn(fact -> fact.measure() == Measure.MEDIAN).hasSize(2);
    }

    @Test
    void readsATableWhoseRowsAreMeasuresAndWhoseColumnsAreArms() {
        PaperText paper = new GridPaper()
                .paragraph("Progression-free survival was assessed by central review.")
                .table(null, null, List.of(
                        List.of("", "All patients Zelutinib Fovarin", "Subgroup Zelutinib Fovarin"),
                        List.of("PFS, months", "", ""),
                        List.of("Overall", "n = 310 n = 305", "n = 41 n = 39"),
                        List.of("Median PFS (95% CI)", "7.1 (6.2–8.5) 4.3 (4.0–5.1)", "11.9 (8.1–NE) 4.2 (2.7–6.0)"),
                        List.of("HR (95% CI)", "0.612 (0.501–0.748)", "0.402 (0.211–0.766)"),
                        List.of("P value", "<0.0001", "0.003")))
                .table(null, null, List.of(
                        List.of("", "All Zelutinib", "patients Fovarin", "Subgroup Zelutinib", "only Fovarin"),
                        List.of("Best response,", "n (%)", "", "", ""),
                        List.of("CR", "0", "0", "1 (2.4)", "0"),
                        List.of("PR", "60 (19.4)", "28 (9.2)", "20 (48.8)", "2 (5.1)"),
                        List.of("ORR (CR + PR)", "60 (19.4)", "28 (9.2)", "21 (51.2)", "2 (5.1)"),
                        List.of("95% CI", "15.2–24.0", "6.2–12.9", "35.1–67.1", "0.6–17.3")))
                .build();

        List<OutcomeFinding> outcomes = outcomes(paper).stream().filter(fact -> fact.source() == OutcomeSource.TABLE)
                .toList();

        assertThat(outcomes).extracting(OutcomeTableReaderTest::describe).containsExactlyInAnyOrder(
                "PFS median [7.1, 4.3] Zelutinib/Fovarin",
                "PFS median [11.9, 4.2] Zelutinib/Fovarin",
                "PFS HR [0.612] ci=[0.501, 0.748]",
                "PFS HR [0.402] ci=[0.211, 0.766]",
                "CR rate [0.0, 0.0] Zelutinib/Fovarin",
                "CR rate [2.4, 0.0] Zelutinib/Fovarin",
                "PR rate [19.4, 9.2] Zelutinib/Fovarin",
                "PR rate [48.8, 5.1] Zelutinib/Fovarin",
                "ORR rate [19.4, 9.2] Zelutinib/Fovarin",
                "ORR rate [51.2, 5.1] Zelutinib/Fovarin");
        assertThat(outcomes).filteredOn(fact -> fact.measure() == Measure.HR)
                .allSatisfy(fact -> assertThat(fact.comparison()).extracting(Treatment::label)
                        .containsExactly("Zelutinib", "Fovarin"));
    }

    @Test
    void readsNoOutcomesFromBaselineOrAdverseEventTables() {
        PaperText paper = new GridPaper()
                .paragraph("Table 1 Baseline characteristics of the patients")
                .table(null, null, List.of(
                        List.of("Characteristic", "Zelutinib n = 60", "Fovarin n = 58", "P"),
                        List.of("Male, n (%)", "36 (60.0)", "33 (56.9)", "0.74"),
                        List.of("ECOG PS 0, n (%)", "40 (66.7)", "37 (63.8)", "0.81"),
                        List.of("Prior PFS on first-line therapy, months", "9.1", "8.7", "0.62")))
                .paragraph("Table 2 Adverse events of grade 3 or higher")
                .table(null, null, List.of(
                        List.of("Event", "Zelutinib", "Fovarin"),
                        List.of("Neutropenia", "15 (25.0)", "7 (12.1)"),
                        List.of("Progressive disease", "3 (5.0)", "4 (6.9)")))
                .table(null, null, List.of(
                        List.of("Variable", "RT (%) n = 68", "CRT (%) n = 72", "P"),
                        List.of("Sphincter saving surgery", "47 (69.1)", "52 (72.2)", "0.687"),
                        List.of("Complications", "24 (35.3)", "19 (26.8)", "0.277")))
                .build();

        assertThat(outcomes(paper)).isEmpty();
    }

    private static String describe(OutcomeFinding fact) {
        String values = fact.measure().isRatio() ? "[" + fact.value() + "]" + (fact.ci() == null ? ""
                : " ci=" + fact.ci()) : fact.figures() + " " + String.join("/", fact.arms().stream()
                .map(arm -> arm.label() == null ? "?" : arm.label()).toList());
        return fact.endpoint() + " " + fact.measure().label() + " " + values;
    }

    private static PaperText cdkTable() {
        return new GridPaper()
                .paragraph("The Phase III PALOMA-2 study demonstrated that the PFS in patients treated with "
                        + "palbociclib plus letrozole was longer than in those treated with letrozole alone (24.8 "
                        + "months vs. 14.5 months; hazard ratio (HR) = 0.56; P < 0.001). In MONALEESA-2 the median "
                        + "PFS was 25.3 months vs. 16.0 months.")
                .table("TABLE 1", "Randomized trials of CDK4/6 inhibitors.", List.of(
                        CDK_HEADER,
                        List.of("MONALEESA-2", "III", "668", "Ribociclib + Letrozole vs. Placebo + Letrozole",
                                "PFS 25.3 vs. 16.0 months (HR 0.568; 95% CI 0.457-0.704)", "(66)"),
                        List.of("PALOMA-2", "III", "666", "Palbociclib + Letrozole\nvs. Letrozole",
                                "27.6 vs. 14.5 months\n(HR 0.563; 95% CI\n0.461-0.687)", "(64)"),
                        List.of("", "", "", "", "ORR 55.3% vs. 44.4%", ""),
                        List.of("PACE", "II", "220",
                                "Fulvestrant vs. Palbociclib + Fulvestrant vs. Palbociclib + Fulvestrant + Avelumab",
                                "PFS 4.8 vs. 4.6 (HR 1.11; 95% CI 0.79-1.55) vs. 8.1 months (HR 0.75; 95% CI "
                                        + "0.50-1.12)", "(70)"),
                        List.of("DESTINY-Breast04 (160)", "III", "557", "T-DXd vs. TPC",
                                "PFS 10.1 vs. 5.4 months (HR 0.51; 95% CI 0.40-0.64); OS 23.9 vs. 17.5 months "
                                        + "(HR 0.64; 95% CI 0.48-0.86)", "(160)")))
                .build();
    }

    @Test
    void aTrialReportsTableWithoutATrialColumnIsOfTheTrialTheReportRegisters() {
        PaperText paper = new GridPaper()
                .paragraph("Patients were randomly assigned to zorbatinib or placebo. The trial was registered at "
                        + "ClinicalTrials.gov (NCT01234567).")
                .table("Table 2", "Table 2 Progression-free survival", List.of(
                        List.of("Population", "Events", "HR (95% CI)"),
                        List.of("Overall Cohort", "120", "0.52 (0.35-0.77)")))
                .build();
        List<OutcomeFinding> outcomes = outcomes(paper);
        assertThat(find(outcomes, "NCT01234567", "PFS", Measure.HR, 0.52).source()).isEqualTo(OutcomeSource.TABLE);
        assertThat(outcomes).noneMatch(fact -> "Overall Cohort".equals(fact.trial()));
    }

    @Test
    void aReviewsTableWithoutATrialColumnTakesNoTrialFromTheReport() {
        PaperText paper = new GridPaper()
                .paragraph("Zorbatinib has been studied in several settings.")
                .table("Table 2", "Table 2 Progression-free survival", List.of(
                        List.of("Population", "Events", "HR (95% CI)"),
                        List.of("KESTREL-3", "120", "0.52 (0.35-0.77)")))
                .build();
        assertThat(find(outcomes(paper), "KESTREL-3", "PFS", Measure.HR, 0.52)).isNotNull();
    }

    @Test
    void aReviewsTableWithoutATrialColumnNamesNoTrialAfterTheTextOfItsFirstColumn() {
        PaperText paper = new GridPaper()
                .paragraph("Table 4 shows the regimens used at first relapse.")
                .table("Table 4", "Table 4. Regimens Used at First Relapse", List.of(
                        List.of("Eligibility (mo since end of therapy)", "Regimen", "No. of Patients", "Comparator",
                                "Comments on Outcome (mo)"),
                        List.of("Relapse sensitive (>6)", "Zorbatinib + velcisplatin", "356", "Velcisplatin",
                                "PFS 8.6 vs. 5.8; OS 18 vs. 17")))
                .build();
        List<OutcomeFinding> outcomes = outcomes(paper);
        assertThat(outcomes).isNotEmpty();
        assertThat(outcomes).allSatisfy(fact -> assertThat(fact.trial()).isNull());
    }

    private static List<OutcomeFinding> outcomes(PaperText paper) {
        return extractor.apply(paper).findings().stream().filter(OutcomeFinding.class::isInstance)
                .map(OutcomeFinding.class::cast).toList();
    }

    private static OutcomeFinding find(List<OutcomeFinding> outcomes, String trial, String endpoint, Measure measure,
                                       double firstValue) {
        return outcomes.stream().filter(fact -> trial.equals(fact.trial()) && endpoint.equals(fact.endpoint())
                        && fact.measure() == measure && fact.figures().get(0) == firstValue)
                .findFirst().orElseThrow(() -> new AssertionError("no " + trial + " " + endpoint + " "
                        + measure.label() + " " + firstValue + " in " + outcomes.stream()
                        .map(OutcomeFinding::key).toList()));
    }
}
