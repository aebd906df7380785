package org.oncocurate.extract.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.entity.EntityExtraction;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SentenceSplitter;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Section;
import org.oncocurate.model.text.TextSource;

/** Which trial a figure is tied to, from the paper's structure: its subject, headings, lists and paragraphs. */
class TrialContextTest {
    private static ExtractionResources resources;

    @BeforeAll
    static void load() {
        resources = ExtractionResources.load();
    }

    /** A paper of a title, then headings ("# Heading") and paragraphs. */
    private static PaperText paper(String title, String... parts) {
        StringBuilder text = new StringBuilder(title);
        List<int[]> headings = new ArrayList<>();
        List<String> headingTitles = new ArrayList<>();
        for (String part : parts) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            if (part.startsWith("# ")) {
                headings.add(new int[] {text.length()});
                headingTitles.add(part.substring(2));
                text.append(part.substring(2));
            } else {
                text.append(part);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size() ? headings.get(i + 1)[0] : text.length();
            sections.add(new Section(null, headingTitles.get(i), headings.get(i)[0], end, false));
        }
        String body = text.toString();
        String id = PaperId.of(body.getBytes(StandardCharsets.UTF_8));
        return new PaperText(id, new Bibliography(title, List.of(), null, null, null), body,
                List.of(new Page(1, 0, body.length(), 595, 842, TextSource.TEXT_LAYER, List.of(), null)),
                List.of(), sections, List.of(), List.of());
    }

    /** Each figure's first value (or ratio) with its trial, "?" for an unknown trial. */
    private static Map<String, String> trialsOf(PaperText paper) {
        List<Sentence> sentences = SentenceSplitter.create(resources.models()).split(paper);
        EntityExtraction.Result entities = new EntityExtraction(resources).extract(paper, sentences);
        List<OutcomeFinding> facts = new OutcomeExtraction(resources.drugs().finder())
                .extract(paper, sentences, entities.trials());
        Map<String, String> trials = new LinkedHashMap<>();
        for (OutcomeFinding fact : facts) {
            String figure = fact.endpoint() + " " + (fact.value() != null ? fact.value()
                    : fact.arms().stream().mapToDouble(arm -> arm.value()).max().orElse(-1));
            trials.put(figure, fact.trial() == null ? "?" : fact.trial());
        }
        return trials;
    }

    @Test
    void aTrialReportTiesItsUnnamedFiguresToTheTrialItRegisters() {
        PaperText paper = paper("A randomized phase II trial of zorbatinib versus placebo in advanced sarcoma",
                "Methods: Patients were randomly assigned to zorbatinib or placebo. Results: Median PFS was 6.1 "
                        + "months with zorbatinib and 3.2 months with placebo (HR, 0.52; 95% CI, 0.35-0.77; "
                        + "P = .001). Clinical trial information: NCT01234567.");
        assertThat(trialsOf(paper)).containsEntry("PFS 6.1", "NCT01234567").containsEntry("PFS 0.52", "NCT01234567");
    }

    @Test
    void aReportSpeakingOfItsOwnTrialAfterCitingAnotherReturnsToItsOwn() {
        PaperText paper = paper("Short versus long radiotherapy: results of a randomized controlled trial",
                "# Results",
                "The trial (registered as NCT07654321) enrolled 150 patients.",
                "# Discussion",
                "The Uppsala IV trial reported a median OS of 40.1 months vs. 35.2 months [12]. On the contrary, we "
                        + "found a median OS of 30.5 months vs. 28.1 months.");
        assertThat(trialsOf(paper)).containsEntry("OS 40.1", "Uppsala IV").containsEntry("OS 30.5", "NCT07654321");
    }

    @Test
    void aReviewKeepsTheFiguresOfAnUnnamedPhaseTwoStudyWithTheirTrialUnknown() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Zorbatinib",
                "The KESTREL-3 trial (NCT01111111) compared zorbatinib with placebo. The median PFS was 8.2 months "
                        + "vs. 4.1 months (HR, 0.61; 95% CI, 0.47-0.79).",
                "A phase II study of zorbatinib in older patients showed a median PFS of 5.5 months vs. 3.3 months.");
        Map<String, String> trials = trialsOf(paper);
        assertThat(trials).containsEntry("PFS 8.2", "KESTREL-3").containsEntry("PFS 0.61", "KESTREL-3")
                .containsEntry("PFS 5.5", "?");
    }

    @Test
    void aTrialNamedInAListItemCarriesToTheItemsLaterParagraphsButNotToTheNextItem() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Zorbatinib plus mirvastin",
                "Evidence (zorbatinib plus mirvastin):",
                "1. An open-label, phase III, randomized trial (NCT02222222) compared zorbatinib plus mirvastin with "
                        + "mirvastin. The study enrolled 600 patients.",
                "The median PFS was 11.4 months in the combination arm, compared with 7.3 months in the mirvastin "
                        + "arm (HR, 0.66; 95% CI, 0.52-0.84).",
                "2. A randomized trial compared zorbatinib with mirvastin in 300 patients.",
                "The median OS was 21.7 months with zorbatinib, compared with 18.9 months with mirvastin.");
        Map<String, String> trials = trialsOf(paper);
        assertThat(trials).containsEntry("PFS 11.4", "NCT02222222").containsEntry("PFS 0.66", "NCT02222222")
                .containsEntry("OS 21.7", "?");
    }

    @Test
    void aNeighbouringTrialIsNotBorrowedAcrossAHeading() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Zorbatinib",
                "The KESTREL-3 trial (NCT01111111) compared zorbatinib with placebo.",
                "# Mirvastin",
                "Patients given mirvastin had a median OS of 14.2 months vs. 11.0 months with placebo.");
        assertThat(trialsOf(paper)).containsEntry("OS 14.2", "?");
    }

    @Test
    void theItemsOfAListNestedInAnItemAreAboutThatItemsTrial() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "Evidence (mirvastin):",
                "1. A randomized trial compared mirvastin with placebo in 200 patients.",
                "2. The HERON trial (NCT03333333) tested intermittent mirvastin. Patients were assigned to three arms.",
                "1. In the continuous arm, the median OS was 17.9 months vs. 17.0 months (HR, 1.04; 95% CI, "
                        + "0.87-1.23).",
                "2. In the intermittent arm, the median OS was 15.8 months vs. 14.4 months.");
        Map<String, String> trials = trialsOf(paper);
        assertThat(trials).containsEntry("OS 17.9", "HERON").containsEntry("OS 15.8", "HERON");
    }

    @Test
    void anUnnamedStudyCitedByTheReferenceOfANamedTrialIsThatTrial() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Surgery",
                "The OSPREY trial (NCT04444444) evaluated surgery before zorbatinib. The study reported no benefit.7",
                "# Randomized trials of surgery:",
                "A randomized, noninferiority trial of 450 patients compared zorbatinib with surgery followed by "
                        + "zorbatinib.",
                "The median OS was 18.4 months with zorbatinib alone and 13.9 months after surgery.7 The median OS "
                        + "was 12.0 months vs. 9.9 months in a second study.9");
        Map<String, String> trials = trialsOf(paper);
        assertThat(trials).containsEntry("OS 18.4", "OSPREY").containsEntry("OS 12.0", "?");
    }

    @Test
    void aTrialNamedThenFollowedByAnUnnamedStudyHandsOnNoName() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "Mirvastin was added based on the results of the HERON trial.12 Subsequently, in a randomized phase "
                        + "III study, patients were assigned to mirvastin or placebo.",
                "In this trial, the median PFS was 9.4 months vs. 8.0 months (HR, 0.83; 95% CI, 0.72-0.95).");
        assertThat(trialsOf(paper)).containsEntry("PFS 9.4", "?");
    }

    @Test
    void aTrialDescribedInApposition() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "HERON-2, a randomized phase III trial, assigned patients to mirvastin or placebo. It enrolled 400 "
                        + "patients.",
                "The median PFS was 9.4 months vs. 8.0 months (HR, 0.83; 95% CI, 0.72-0.95).");
        assertThat(trialsOf(paper)).containsEntry("PFS 9.4", "HERON-2");
    }

    @Test
    void aMetaAnalysisThatNamesNoTrialGivesAPooledEstimate() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "The HERON-2 trial (NCT03333333) reported more deaths with mirvastin. The first meta-analysis of "
                        + "mirvastin found shorter overall survival (HR = 1.21; 95% CI = 1.05 to 1.40).");
        assertThat(trialsOf(paper)).containsEntry("OS 1.21", "pooled");
    }

    @Test
    void aTrialReportsOwnSubgroupAnalysisKeepsItsTrial() {
        PaperText paper = paper("Zorbatinib in older patients: subgroup analysis of the randomized phase 3 KESTREL-3 "
                        + "trial",
                "The KESTREL-3 trial (NCT01111111) compared zorbatinib with placebo in 700 patients.",
                "# Methods",
                "A subgroup analysis was conducted in older patients enrolled in the trial after one prior "
                        + "therapy. Results Median PFS was 12.1 months for zorbatinib and 4.9 months for placebo "
                        + "(hazard ratio 0.39; 95% confidence interval 0.13-1.17).");
        assertThat(trialsOf(paper)).containsEntry("PFS 12.1", "KESTREL-3").containsEntry("PFS 0.39", "KESTREL-3");
    }

    @Test
    void aReviewThatRegistersNothingHasNoSubject() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "Zorbatinib prolonged median PFS to 6.1 months vs. 3.2 months in previously treated patients.");
        assertThat(trialsOf(paper)).containsEntry("PFS 6.1", "?");
    }

    @Test
    void aStudyKnownByItsFirstAuthorIsNamedByTheAuthorNotByTheTrialBefore() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "The HERON-2 trial (NCT03333333) tested mirvastin. Lindqvist et al. compared mirvastin with "
                        + "placebo in 120 patients. The median PFS was 7.7 months vs. 5.1 months.");
        assertThat(trialsOf(paper)).containsEntry("PFS 7.7", "Lindqvist et al.");
    }

    @Test
    void anAuthorCitedInPassingNamesNoStudy() {
        PaperText paper = paper("Zorbatinib in older patients: subgroup analysis of the KESTREL-3 trial",
                "# Results",
                "The curve was reprinted from Lindqvist et al. (15) with permission. The median PFS was 7.7 months "
                        + "vs. 5.1 months.");
        assertThat(trialsOf(paper)).containsEntry("PFS 7.7", "KESTREL-3");
    }

    @Test
    void aTrialReportComparingWithThePreviousStudyDoesNotGiveThatStudysFiguresItsOwnTrial() {
        PaperText paper = paper("Zorbatinib in older patients: subgroup analysis of the KESTREL-3 trial",
                "# Discussion",
                "Median PFS in this study was comparable to that in the previous phase II study of zorbatinib "
                        + "(median PFS, 11.0 months) (9).");
        assertThat(trialsOf(paper)).containsEntry("PFS 11.0", "?");
    }

    @Test
    void theItemsOfAListIntroducedByATrialsNameAreAboutThatTrial() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "The following results were reported for the OSPREY trial (NCT04444444):",
                "Median PFS was 9.9 months with mirvastin vs. 6.0 months with placebo.",
                "Median OS was 25.1 months with mirvastin vs. 21.0 months with placebo.");
        assertThat(trialsOf(paper)).containsEntry("PFS 9.9", "OSPREY").containsEntry("OS 25.1", "OSPREY");
    }

    @Test
    void aHeadingThatNamesATrialNamesItsSection() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# The OSPREY trial (NCT04444444)",
                "Patients were assigned to mirvastin or placebo.",
                "Median PFS was 9.9 months with mirvastin vs. 6.0 months with placebo.");
        assertThat(trialsOf(paper)).containsEntry("PFS 9.9", "OSPREY");
    }

    @Test
    void aRegistryIdCitedOnlyInTheDiscussionIsNotTheReportsOwnTrial() {
        PaperText paper = paper("Zorbatinib versus placebo in advanced sarcoma: a randomized trial",
                "# Results",
                "Median PFS was 6.1 months with zorbatinib and 3.2 months with placebo.",
                "# Discussion",
                "A similar benefit was seen with mirvastin (NCT07777777) in earlier work.");
        assertThat(trialsOf(paper)).containsEntry("PFS 6.1", "?");
    }

    @Test
    void aFurtherAnalysisOfTheTrialInViewKeepsItsTrialButAStudyInTheNextParagraphEndsIt() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Zorbatinib",
                "Evidence (zorbatinib):",
                "1. The KESTREL-3 trial (NCT01111111) compared zorbatinib with placebo in 700 patients.",
                "A subsequent analysis will appear when the data mature. Median PFS was 8.2 months vs. 4.1 months "
                        + "(HR, 0.61; 95% CI, 0.47-0.79).",
                "In an exploratory analysis of older patients, the median OS was 19.9 months vs. 15.5 months.",
                "In a randomized trial of 1,096 patients, the median PFS was 6.6 months vs. 5.0 months.");
        assertThat(trialsOf(paper)).containsEntry("PFS 8.2", "KESTREL-3").containsEntry("PFS 0.61", "KESTREL-3")
                .containsEntry("OS 19.9", "KESTREL-3").containsEntry("PFS 6.6", "?");
    }

    @Test
    void anItemThatIntroducesAListOfItsOwnKeepsItsTrialForTheNestedItems() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "Evidence (mirvastin):",
                "1. The HERON trial (NCT03333333) tested mirvastin as maintenance therapy.",
                "1. PFS was the primary end point in the following cohorts:",
                "Patients with a KIT variant: PFS of 16.6 months with mirvastin vs. 5.4 months with placebo.",
                "All patients: PFS of 10.8 months with mirvastin vs. 5.4 months with placebo.",
                "2. A second study compared mirvastin with zorbatinib.",
                "The median PFS was 7.1 months vs. 6.9 months.");
        assertThat(trialsOf(paper)).containsEntry("PFS 16.6", "HERON").containsEntry("PFS 10.8", "HERON")
                .containsEntry("PFS 7.1", "?");
    }

    @Test
    void anItemNumberThatDoesNotFollowTheOpenItemBelongsToAListNestedInIt() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "Evidence (mirvastin):",
                "4. The HERON trial (NCT03333333) compared continuous with intermittent mirvastin.",
                "3. There was no difference between the arms: the median OS was 15.8 months vs. 14.4 months.",
                "4. The upper limits of the CIs were above the noninferiority boundary.",
                "5. A randomized trial compared mirvastin with zorbatinib. The median OS was 11.2 months vs. 9.8 "
                        + "months.");
        assertThat(trialsOf(paper)).containsEntry("OS 15.8", "HERON").containsEntry("OS 11.2", "?");
    }

    @Test
    void aStudyBroughtInUnnamedAndNamedLaterByAnAnalysisOfItTakesThatName() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Zorbatinib",
                "Evidence (zorbatinib):",
                "1. Zorbatinib was evaluated in a double-blind, placebo-controlled phase III trial of 533 patients.",
                "1. Patients who received zorbatinib had longer PFS: HR, 0.27 for KIT-mutant disease.",
                "2. Adverse events were managed with dose modifications.",
                "A subsequent analysis of the OSPREY-2 trial (NCT04444444) updated PFS by best response.",
                "2. Zorbatinib was also evaluated in a single-arm phase II trial. The median PFS was 5.2 months.");
        assertThat(trialsOf(paper)).containsEntry("PFS 0.27", "OSPREY-2").containsEntry("PFS 5.2", "?");
    }

    @Test
    void aStudyDescribedByItsDesignAloneIsUnnamedUntilItsReferenceShowsWhichTrialItIs() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Surgery",
                "The OSPREY trial (NCT04444444) evaluated surgery before zorbatinib. The study reported no benefit.7",
                "# Randomized trials of surgery:",
                "A randomized, controlled, noninferiority trial of 450 patients compared zorbatinib with surgery "
                        + "followed by zorbatinib. The trial was underpowered.7",
                "After 326 deaths, the median OS was 18.4 months with zorbatinib alone and 13.9 months after surgery.",
                "# Other studies",
                "A randomized, open-label, phase II trial compared zorbatinib with mirvastin.",
                "After 120 deaths, the median OS was 12.0 months vs. 9.9 months.");
        assertThat(trialsOf(paper)).containsEntry("OS 18.4", "OSPREY").containsEntry("OS 12.0", "?");
    }

    @Test
    void aStudyNamedAndThenDescribedByItsDesignKeepsItsName() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "Evidence (mirvastin):",
                "5. The HERON study sought to evaluate mirvastin in an open-label, randomized, multicenter, phase II "
                        + "study of 344 patients.",
                "In patients with KIT-mutant tumors, the response rate was 61% vs. 37%.");
        assertThat(trialsOf(paper)).containsEntry("ORR 61.0", "HERON");
    }

    @Test
    void aTrialNameUsedBareAfterAnEarlierStudyIsCitedKeepsItsTrialAndAdverseEventsAndBaselineRatesAreNoFigures() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Zorbatinib",
                "Evidence (zorbatinib):",
                "3. The ZEPHYR4 trial compared zorbatinib with chemotherapy. A previous randomized phase II study of "
                        + "zorbatinib had failed.32 In ZEPHYR4, 178 patients received zorbatinib.",
                "At baseline, 23% of patients had KIT variants. The median OS was 34.9 months with zorbatinib and "
                        + "32.9 months with chemotherapy (HR, 1.07; P = .71).",
                "Serious adverse events occurred in 18% of patients who received zorbatinib and 8% of patients who "
                        + "received chemotherapy.");
        Map<String, String> trials = trialsOf(paper);
        assertThat(trials).containsEntry("OS 34.9", "ZEPHYR4").containsEntry("OS 1.07", "ZEPHYR4");
        assertThat(trials.keySet()).noneMatch(figure -> figure.endsWith(" 23.0") || figure.endsWith(" 18.0"));
    }

    @Test
    void theFiguresOfAnUnnamedStudyDoNotTakeATrialNamedFarAfterThemInTheirSentence() {
        PaperText paper = paper("Treatment of recurrent sarcoma",
                "# Mirvastin",
                "A randomized trial of 669 patients compared mirvastin with high-dose dexamethasone. With a median "
                        + "follow-up of 22 months, the median OS was 29.8 months for mirvastin versus 23.7 months for "
                        + "dexamethasone (HR, 0.77; P = .027) even though crossover was allowed, and another "
                        + "randomized trial (NCT05555555) of 646 patients compared mirvastin plus zorbatinib with "
                        + "mirvastin alone.");
        assertThat(trialsOf(paper)).containsEntry("OS 29.8", "?").containsEntry("OS 0.77", "?");
    }
}
