package org.oncocurate.extract.outcome.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncocurate.model.finding.Measure;

class FigureParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "the PFS was longer with palbociclib (24.8 months vs. 14.5 months; hazard ratio (HR) = 0.56; P < 0.001)" \
                | PFS median [24.8, 14.5] months ; PFS HR [0.56] p=<0.001 after 2
            "PFS 16.4 vs. 9.3 months (HR 0.553; 95% CI 0.449-0.681)" \
                | PFS median [16.4, 9.3] months ; PFS HR [0.553] ci=[0.449, 0.681] after 2
            "The median PFS was 19.4 months for the combined group and 12.9 months for the letrozole group" \
                | PFS median [19.4, 12.9] months
            "median OS 14.4 months vs. 11.2 months; HR = 0.79; P = 0.02" \
                | OS median [14.4, 11.2] months ; OS HR [0.79] p=0.02 after 2
            "overall survival improved (HR 0.71, 95% CI 0.58–0.86)" | OS HR [0.71] ci=[0.58, 0.86]
            "median OS was 12.1 or 5.9 months with zelutinib or fovarin, respectively, and the risk of death was reduced by 62.4% with zelutinib (HR, 0.376; 95% CI, 0.189–0.747; P = 0.004)" \
                | OS median [12.1, 5.9] months respectively ; OS HR [0.376] ci=[0.189, 0.747] p=0.004
            "progression-free survival was longer (HR, 0.43; 95% CI, 0,35−0.53)" | PFS HR [0.43] ci=[0.35, 0.53]
            "overall survival improved (HR 0.71, 95% CI 0.58 to 0.86)" | OS HR [0.71] ci=[0.58, 0.86]
            "overall survival was longer with zelutinib (HR, 0.82; 95.4% CI, 0.68–1.00; P = .0408)" \
                | OS HR [0.82] ci=[0.68, 1.0] level=95.4 p=0.0408
            "median PFS was 8.7 vs 3.4 months (HR for progression or death, 0.40; 99.2% CI, 0.29–0.57; P < .001)" \
                | PFS median [8.7, 3.4] months ; PFS HR [0.40] ci=[0.29, 0.57] level=99.2 p=<0.001 after 2
            "overall survival improved (HR 0.71, 95% CI 0.58~0.86)" | OS HR [0.71] ci=[0.58, 0.86]
            "overall survival improved (HR 0.71, 95% CI 0.58 - 0.86)" | OS HR [0.71] ci=[0.58, 0.86]
            "overall survival was longer (HR, 0.71; 95% CI, 0.58 to 0.86; P=.003)" \
                | OS HR [0.71] ci=[0.58, 0.86] p=0.003
            "overall survival was longer (HR 0.71 [0.58–0.86])" | OS HR [0.71] ci=[0.58, 0.86]
            "significantly prolonged PES (28.2 months vs. 14.8 months; HR = 0.54; P < 0.001)" \
                | PFS median [28.2, 14.8] months ; PFS HR [0.54] p=<0.001 after 2
            "PES 253 vs. 16 months" | PFS median [253, 16] months
            "the ORR was higher with the combination (55.3% vs 44.4%)" | ORR rate [55.3, 44.4] %
            "and ORR (61% vs. 46%)" | ORR rate [61, 46] %
            "In KEYNOTE-189, median OS was 22.0 vs 10.7 months (HR 0.56; 95% CI 0.45–0.70; P < .001)" \
                | OS median [22.0, 10.7] months ; OS HR [0.56] ci=[0.45, 0.7] p=<0.001 after 2
            "3-year disease-free survival was 87.6% versus 83.6% (HR 0.77, 95% CI 0.64–0.93; P=0.007)" \
                | DFS rate [87.6, 83.6] % ; DFS HR [0.77] ci=[0.64, 0.93] p=0.007 after 2
            "event-free survival at 24 months was 62.4% vs 52.3% with pembrolizumab" | EFS rate [62.4, 52.3] %
            "The objective response rate was 12% (95% confidence interval (CI), 2.5-31.2%)" \
                | ORR rate [12] % ci=[2.5, 31.2]
            "pCR was achieved in 45% vs 30% of patients (OR 1.9; 95% CI 1.2–3.0)" \
                | pCR rate [45, 30] % ; pCR OR [1.9] ci=[1.2, 3.0] after 2
            "The HR for death was 0.64 (0.48-0.86)" | OS HR [0.64] ci=[0.48, 0.86]
            "hazard ratio for disease progression or death, 0.58; 95% CI, 0.46 to 0.72; P<0.001" \
                | PFS HR [0.58] ci=[0.46, 0.72] p=<0.001
            "overall survival (HR 0·56, 95% CI 0·45–0·70)" | OS HR [0.56] ci=[0.45, 0.7]
            "PFS 4.8 vs. 4.6 (HR 1.11; 95% CI 0.79-1.55) vs. 8.1 months (HR 0.75; 95% CI 0.50-1.12)" \
                | PFS median [4.8, 4.6, 8.1] months ; PFS HR [1.11] ci=[0.79, 1.55] after 2 \
                ; PFS HR [0.75] ci=[0.5, 1.12] after 3
            "with an ORR of 36.8%, and a median PFS of 11.1 months" | ORR rate [36.8] % ; PFS median [11.1] months
            "the median OS of the T-DXd group and the TPC group were 23.9 months and 17.5 months, respectively (HR= 0.64)" \
                | OS median [23.9, 17.5] months respectively ; OS HR [0.64] after 2
            "mPFS 7.3 vs 3.6 mo in the ESR1-mutant subgroup" | PFS median [7.3, 3.6] months
            "overall survival relative risk 0.82 (0.70-0.96)" | OS RR [0.82] ci=[0.7, 0.96]
            "time to progression was 5.6 weeks versus 3.2 weeks" | TTP median [5.6, 3.2] weeks
            "The clinical benefit rate at the end of 24 weeks was 41.1%" | CBR rate [41.1] %
            "superior PES compared to the chemotherapy group (6.9 months vs. 4.9 months; P < 0.0001)" \
                | PFS median [6.9, 4.9] months p=<0.0001
            "EFS was 42.1 months with nivolumab and 30.3 months with chemotherapy (HR 0.68; 95% CI, 0.49 to 0.93)" \
                | EFS median [42.1, 30.3] months ; EFS HR [0.68] ci=[0.49, 0.93] after 2
            "median PFS improved from 14.5 to 24.8 months" | PFS median [14.5, 24.8] months
            "the median duration of response was 11.2 months" | DOR median [11.2] months
            "PFS 5.5 months (95%CI 3.6~7.6)" | PFS median [5.5] months ci=[3.6, 7.6]
            "median PFS was 24.8 and 14.5 months in the palbociclib and placebo groups, respectively (HR 0.58; 95% CI 0.46-0.72)" \
                | PFS median [24.8, 14.5] months respectively ; PFS HR [0.58] ci=[0.46, 0.72] after 2
            "overall survival favoured the combination (HR (95% CI) 0.71 (0.58-0.86))" | OS HR [0.71] ci=[0.58, 0.86]
            """)
    void readsTheFiguresOfAPhrase(String phrase, String expected) {
        assertThat(describe(FigureParser.parse(phrase, 0, ParseContext.PROSE))).isEqualTo(oneLine(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "the 2-year OS rate was 81.5% in the zelutinib-plus-axamab arm, compared with 66.2% in the fovarin arm" \
                | OS rate [81.5, 66.2] %
            "The objective response rate was 48.3% for patients who received combination therapy, compared with 21.9% for patients who received fovarin (P < .001)" \
                | ORR rate [48.3, 21.9] % p=<0.001
            "Complete responses were reported in 12.4% of patients in the zelutinib arm, 3.1% of patients in the fovarin arm, and 7.7% of patients in the axamab arm" \
                | CR rate [12.4, 3.1, 7.7] %
            "Objective responses were increased when combined with axamab (68.5% vs. 47.4%; P < .0001)" \
                | ORR rate [68.5, 47.4] % p=<0.0001
            "PFS of 14.6 months in the zelutinib group (95% CI, 11.4–20.9) versus 4.4 months in the placebo group (95% CI, 3.4–6.7; HR, 0.27; 95% CI, 0.18–0.36; P < .0001)" \
                | PFS median [14.6, 4.4] months ; PFS HR [0.27] ci=[0.18, 0.36] p=<0.0001 after 2
            "median PFS was 11.2 months (95% confidence interval 8.1 to not estimable) for zelutinib and 3.9 months (95% confidence interval 2.8–5.6) for fovarin" \
                | PFS median [11.2, 3.9] months
            "The median PFS (95% CI) was 6.5 (3.8–12.0) months vs 4.5 (3.5–9.7) months in the zelutinib vs placebo arms, respectively" \
                | PFS median [6.5, 4.5] months respectively
            "as well as the median OS (13.2 months for both, P = 0.98)" | OS median [13.2, 13.2] months p=0.98
            "OS did not differ (median survival, 16.9 months [IQR 10.3–29.2] in the control group vs. 16.0 months [IQR, 9.4–30.1] in the axamab group)" \
                | OS median [16.9, 16.0] months
            "patients had a median OS of 15 months compared with an OS of 8 months in patients who received fovarin alone" \
                | OS median [15, 8] months
            "The pathological complete response was found in 4 (5.4%) cases after RT and 9 (12.1%) after CRT (P = 0.112)" \
                | pCR rate [5.4, 12.1] % p=0.112
            "Downstaging (stage 0 and I) was observed in 22 (31.9%) cases in RT group vs. 28 (38.5%) cases in CRT group" \
                | downstaging rate [31.9, 38.5] %
            "The PFS was also longer in the zelutinib-plus-fovarin arm (15.7 months), compared with the fovarin arm" \
                | PFS median [15.7] months
            "the objective response rate was 24%, and 8% had complete responses" | ORR rate [24] % ; CR rate [8] %
            "Stable disease was the best overall response in 71% of zelutinib-treated patients" | SD rate [71] %
            "the rate of local recurrence was 2.1% after RT vs 4.6% after CRT" | local recurrence rate [2.1, 4.6] %
            "the median time to next treatment was 14.1 vs 9.0 months" | TTNT median [14.1, 9.0] months
            "partial responses were seen in 35% vs 18%" | PR rate [35, 18] %
            "Median PFS time was 5.1 or 2.7 months in the vaccine/CPA or vaccine alone, respectively" \
                | PFS median [5.1, 2.7] months respectively
            "The response rate was 25% in patients with marker expression of at least 5%, 12% in those with expression of 1% to 5%, and 6% in those with expression of less than 1%" \
                | ORR rate [25] % ; ORR rate [12] % ; ORR rate [6] %
            "significantly better progression‐free survival (median time: 5.1 vs 2.7 months; hazard ratio (HR): 0.43)" \
                | PFS median [5.1, 2.7] months ; PFS HR [0.43] after 2
            "no differences regarding disease-free (HR = 1.05) or overall survival (HR = 1.01)" \
                | DFS HR [1.05] ; OS HR [1.01]
            "The 2-year OS rates were 91.2 and 64.0 %, and the 5-year rates were 80.1 and 47.3 %, respectively" \
                | OS rate [91.2, 64.0] % ; OS rate [80.1, 47.3] % respectively
            "CR was higher with chemoradiotherapy: 15.1% vs 0.9%, tumor involvement of the margin was 4% vs 13%" \
                | CR rate [15.1, 0.9] %
            "the median radiographic PFS was not reached in the zelutinib group and was 13.1 months in the placebo group" \
                | PFS median [NR, 13.1] months
            "The median survival time of group B was 41.5 (from 25.3 to not reached) months and was never reached in group A" \
                | OS median [41.5, NR] months
            "median OS not yet reached vs. 18.2 months" | OS median [NR, 18.2] months
            "the median duration of response had not been reached" | none
            "improved OS, with median survival times of 12.50 months compared with patients who received placebo/fovarin, with median survival times of 11.06 months" \
                | OS median [12.50, 11.06] months
            "The RFS rate at 3 years was higher in the drug A/LV group (37.6%, n = 88) than in the surgery alone group (31.3%, n = 89)" \
                | RFS rate [37.6, 31.3] %
            "the median PFS was 27.6 months (95% CI, 24.6–29.5) in the axamab group and 14.2 months (10.1–18.9) in the control group" \
                | PFS median [27.6, 14.2] months
            "The median OS was 10.1 months when the primary tumor was removed first (95% CI, 8.2–15.5), compared with 7.1 months in the control arm" \
                | OS median [10.1, 7.1] months
            "The median OS was 20.5 months for patients who received zelutinib plus axamab and 11.2 months for patients who received fovarin (HR, 0.52; 95% CI, 0.41–0.66)" \
                | OS median [20.5, 11.2] months ; OS HR [0.52] ci=[0.41, 0.66] after 2
            "The duration of complete response was 30.2 months in the zelutinib arm and 10.4 months in the fovarin arm" \
                | DOR median [30.2, 10.4] months
            "median OS was longer than 24 months with zelutinib vs. 11.0 months with fovarin" \
                | OS median [>24, 11.0] months
            "the median duration of response was longer than 24 months with zelutinib" | none
            "the objective response rate was 31% in those with marker expression of 10% or greater; 19% in those with marker expression of 1% or greater; and 7% in those with marker expression of less than 1%" \
                | ORR rate [31] % ; ORR rate [19] % ; ORR rate [7] %
            "Among the 80 patients with at least 6 months of follow-up, the overall response rate was 21%" \
                | ORR rate [21] %
            "Seven percent of the patients had a complete response" | CR rate [7] %
            "Thirty-four percent of patients had an objective response" | ORR rate [34] %
            "Median PFS was 8.1 weeks; 31% of the patients were progression free at 24 weeks" \
                | PFS median [8.1] weeks ; PFS rate [31] %
            "45% of patients were alive at 2 years" | OS rate [45] %
            "a significantly better OS (not yet reached with a median follow-up of 20.1 months vs. 17.3 months, P = .01)" \
                | OS median [NR, 17.3] months p=0.01
            "18% of patients had an objective response, and 27% had grade 3 or 4 adverse events" | ORR rate [18] %
            "The 2- and 5-year overall survival rates were 91.2% [95% CI 80.1–96.0] and 78.4% (61.0–88.2) in the zelutinib arm, and 70.3% (55.2–81.1) and 45.6% (30.0–60.1) in the fovarin arm, respectively" \
                | OS rate [91.2, 70.3] % ; OS rate [78.4, 45.6] %
            "The 1- and 3-year DFS rates were 88%, 72% and 71%, 50% in the zelutinib and fovarin arms, respectively" \
                | DFS rate [88, 72] % ; DFS rate [71, 50] %
            "The 1- and 3-year OS rates were 80% and 60% vs 70% and 50%" | OS rate [80, 70] % ; OS rate [60, 50] %
            "The overall and complete response rates were higher with zelutinib (64% and 31%, respectively) than with fovarin (40% and 9%, respectively)" \
                | ORR rate [64, 40] % ; CR rate [31, 9] %
            "The ORR and median PFS were 45% and 8.1 months, respectively" | ORR rate [45] % ; PFS median [8.1] months
            "Median OS was 15.3 vs 11.3 months. The key secondary end points favored zelutinib, including median time to first skeletal event (11.5 months vs. 6.8 months; HR, 0.50; 95% CI, 0.40–0.62)" \
                | OS median [15.3, 11.3] months
            """)
    void readsPerArmSeries(String phrase, String expected) {
        String read = describe(FigureParser.parse(phrase, 0, ParseContext.PROSE));
        assertThat(read.isEmpty() ? "none" : read).isEqualTo(oneLine(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Median OS was 15.1 months vs 12.7 months (HRdeath, 0.70; 95% CI, 0.59–0.83; P < .0001)" \
                | OS median [15.1, 12.7] months ; OS HR [0.70] ci=[0.59, 0.83] p=<0.0001 after 2
            "after 326 deaths, the HRdeath was 0.89 (95% CI, 0.71–1.10)" | OS HR [0.89] ci=[0.71, 1.1]
            "the hazard ratio (HR)death was 0.63 (95% CI, 0.44–0.89; P < .001)" | OS HR [0.63] ci=[0.44, 0.89] p=<0.001
            "(HRprogression or death, 0.72; 95% CI, 0.59–0.88; P = .001)" | PFS HR [0.72] ci=[0.59, 0.88] p=0.001
            "(HRradiographic PFS,0.24; 95% CI, 0.12–0.45; and HROS, 0.30; 95% CI, 0.74–1.14)" \
                | PFS HR [0.24] ci=[0.12, 0.45] ; OS HR [0.30] ci=[0.74, 1.14]
            "the benefit held (HR_OS 0.81, 95% CI 0.70-0.94)" | OS HR [0.81] ci=[0.7, 0.94]
            "The HR for the effect of axamab on disease progression in patients assigned to the axamab arm compared with placebo was 0.521 (95% CI, 0.388–0.605; P < .0001)" \
                | PFS HR [0.521] ci=[0.388, 0.605] p=<0.0001
            "Hazard ratio of distant metastases for RT patients compared to CRT patients was 2.4 (95% CI: 0.95–5.10)" \
                | MFS HR [2.4] ci=[0.95, 5.1]
            "an analysis of six trials indicated an HR for survival of 0.81 (0.67–0.90)" | OS HR [0.81] ci=[0.67, 0.9]
            "Combination with fovarin (HR = 0.31, 95% CI = 0.10–0.63, P = 0.003) was associated with favorable OS" \
                | OS HR [0.31] ci=[0.1, 0.63] p=0.003
            "the odds ratio for pCR was 2.1 (95% CI, 1.3, 3.4)" | pCR OR [2.1] ci=[1.3, 3.4]
            "overall survival favoured the combination (RR 0.82; 95% CI 0.70 to 0.96)" | OS RR [0.82] ci=[0.7, 0.96]
            "The hazard ratio for death of the drug A/LV group against the surgery alone group was not significant (0.81; 95% CI, 0.48–1.35; P = 0.409)" \
                | OS HR [0.81] ci=[0.48, 1.35] p=0.409
            """)
    void readsRatiosWithTheirSubjects(String phrase, String expected) {
        assertThat(describe(FigureParser.parse(phrase, 0, ParseContext.PROSE))).isEqualTo(oneLine(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "PFS was longer with zelutinib, and grade 3 or 4 neutropenia occurred in 25% vs 12% of patients"
            "OS was longer; grade 3 or higher adverse events occurred in 61.8% of patients in the zelutinib arm and 51.7% of patients in the fovarin arm"
            "In the PFS analysis population, 60% of patients were male and 40% were female"
            "ORR was assessed; baseline ECOG performance status 0 was reported in 55% vs 53%"
            "The median follow-up for radiographic PFS was 17.5 months in the zelutinib group and 16.8 months in the placebo group"
            "adverse event rates of 41.2%, 60.1%, and 46.0%, respectively"
            "HRQoL improved in 45% of patients"
            "The sample size assumed that zelutinib would improve the median PFS to 7 months from 5 months"
            "The primary end point was PFS, seeking to reduce the HR for progression to 0.70 (80% power)"
            "the key secondary end points favored zelutinib, including median time to first skeletal event (11.5 months vs. 6.8 months; HR, 0.50; 95% CI, 0.40–0.62)"
            "Ten percent of patients had a serious treatment-related adverse event"
            "In the OS analysis, 30% of the patients were alive with disease at last contact"
            "the objective response rate was evaluated; 15% discontinued because of toxicity"
            """)
    void readsNoEfficacyFiguresFromAdverseEventsBaselineOrFollowUp(String phrase) {
        assertThat(FigureParser.parse(phrase, 0, ParseContext.PROSE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "with a median follow-up of 8.2 months, responses were durable"
            "patients aged 65 years or older had a longer PFS"
            "PIK3CA mutations are present in 20% to 50% of patients with breast cancer"
            "in HR-positive/HER2-negative advanced breast cancer, HR+ disease is common"
            "PFS was assessed every 8 weeks during treatment"
            "disease progression within 6 months of first-line endocrine therapy"
            "ESR1 mutations (0/81), (3/31), and (12/19) were present in 37% of ctDNAs"
            "OS was analysed after 36 months of follow-up"
            """)
    void readsNoFiguresWhereThereAreNone(String phrase) {
        assertThat(FigureParser.parse(phrase, 0, ParseContext.PROSE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "PFS 123456789012345678901234567890 vs 99999999999999999999999 months"
            "HR (((((( 0.5 [[[ 95% CI ;;; P < < . )))"
            "PFS vs. vs. vs. months % % HR = = = 95% CI 0.4- - 0.6 P = ."
            "OS ·5 vs .·. months, respectively, respectively (HR for for for death"
            "ORR 10.5.5.5% vs 1..2%"
            """)
    void hostileTextGivesNothingOrValidFiguresAndNeverThrows(String text) {
        List<FigureStatement> statements = FigureParser.parse(text, 0, ParseContext.PROSE);

        assertThat(statements).allSatisfy(statement -> assertThat(statement.readings())
                .allSatisfy(reading -> assertThat(Double.isFinite(reading.value())).isTrue()));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "25.3 vs 16.0"          | PFS    | months | -  | PFS median [25.3, 16.0] months
            "0.568 (0.457–0.704)"   | PFS    | -      | HR | PFS HR [0.568] ci=[0.457, 0.704]
            "55 vs 40"              | ORR    | %      | -  | ORR rate [55, 40] %
            "OS 23.9 vs. 17.5 months (HR 0.64; 95% CI 0.48-0.86)" | - | - | HR \
                | OS median [23.9, 17.5] months ; OS HR [0.64] ci=[0.48, 0.86] after 2
            """)
    void readsTableCellsWithWhatTheirHeaderSays(String cell, String endpoint, String unit, String ratio,
                                               String expected) {
        ParseContext context = ParseContext.tableColumn(dash(endpoint), dash(unit),
                dash(ratio) == null ? null : Measure.fromLabel(ratio));
        assertThat(describe(FigureParser.parse(cell, 0, context))).isEqualTo(oneLine(expected));
    }

    @Test
    void recordsTheRepairOfAnOcrDamagedEndpoint() {
        List<FigureStatement> statements = FigureParser.parse("PES 16.4 vs. 9.3 months", 100, ParseContext.PROSE);

        assertThat(statements).singleElement().satisfies(statement -> {
            assertThat(statement.repairs()).containsExactly("PES → PFS");
            assertThat(statement.start()).isEqualTo(104);
            assertThat(statement.readings()).extracting(Reading::printed).containsExactly("16.4", "9.3");
        });
    }

    @Test
    void readsTheProgressionOfADiseaseFreeAnalysisAsItsEndpoint() {
        String sentence = "Hazard ratio of cancer progression for the RT group was 1.70 (95% CI: 1.10–2.90).";

        assertThat(describe(FigureParser.parse(sentence, 0, ParseContext.proseAbout("DFS"))))
                .isEqualTo("DFS HR [1.70] ci=[1.1, 2.9]");
        assertThat(describe(FigureParser.parse(sentence, 0, ParseContext.proseAbout("OS"))))
                .isEqualTo("PFS HR [1.70] ci=[1.1, 2.9]");
        assertThat(describe(FigureParser.parse("The hazard ratio for death was 0.70 (0.50-0.90).", 0,
                ParseContext.proseAbout("DFS")))).isEqualTo("OS HR [0.70] ci=[0.5, 0.9]");
    }

    @Test
    void takesTheEndpointOfARatioFromTheContextWhenTheSentenceNamesNone() {
        assertThat(describe(FigureParser.parse("The HR was 0.58 (95% CI 0.46–0.72).", 0,
                ParseContext.proseAbout("PFS")))).isEqualTo("PFS HR [0.58] ci=[0.46, 0.72]");
        assertThat(FigureParser.parse("The HR was 0.58 (95% CI 0.46–0.72).", 0, ParseContext.PROSE)).isEmpty();
    }

    private static String oneLine(String expected) {
        return expected.strip().replaceAll("\\s+", " ");
    }

    private static String dash(String value) {
        return "-".equals(value.strip()) ? null : value.strip();
    }

    static String describe(List<FigureStatement> statements) {
        return statements.stream().map(FigureParserTest::describe).collect(Collectors.joining(" ; "));
    }

    private static String describe(FigureStatement statement) {
        String values = statement.readings().stream().map(Reading::printed)
                .collect(Collectors.joining(", ", "[", "]"));
        StringBuilder text = new StringBuilder(statement.endpoint() + " " + statement.measure().label() + " " + values);
        if (statement.unit() != null) {
            text.append(' ').append(statement.unit());
        }
        if (statement.respectively()) {
            text.append(" respectively");
        }
        if (statement.ci() != null) {
            text.append(" ci=").append(statement.ci());
        }
        if (statement.ciLevel() != null) {
            text.append(" level=").append(statement.ciLevel());
        }
        if (statement.p() != null) {
            text.append(" p=").append(statement.p());
        }
        if (statement.series() >= 0) {
            text.append(" after ").append(statement.afterValue());
        }
        return text.toString();
    }
}
