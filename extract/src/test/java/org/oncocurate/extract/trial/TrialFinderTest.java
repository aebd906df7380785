package org.oncocurate.extract.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncocurate.extract.Sentences;
import org.oncocurate.extract.drug.DrugLexicon;
import org.oncocurate.extract.gene.GeneLexicon;
import org.oncocurate.extract.text.Mention;

class TrialFinderTest {
    private static TrialRegistry registry;
    private static TrialFinder finder;

    @BeforeAll
    static void load() {
        GeneLexicon genes = GeneLexicon.load();
        DrugLexicon drugs = DrugLexicon.load();
        registry = TrialRegistry.load();
        finder = new TrialFinder(registry, text -> genes.names(text) || drugs.names(text));
    }

    private static List<String> trials(String text) {
        return finder.find(Sentences.of(text), Sentences.context(text)).stream().map(Mention::normalized).toList();
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = ';', value = {
            "In the PALOMA-1/TRIO-18 trial, palbociclib doubled PFS;PALOMA-1",
            "MONARCH 3 enrolled postmenopausal women;MONARCH 3",
            "the phase III TROPiCS-02 trial;TROPiCS-02",
            "DESTINY-Breast04 enrolled HER2-low disease;DESTINY-Breast04",
            "The PrE 0102 trial randomized patients;PrE0102",
            "In the phase III KEYNOTE-189 study;KEYNOTE-189",
            "IMpower150 added atezolizumab;IMpower150",
            "a phase 1/2 basket trial (NCT01631552);NCT01631552",
            "the PEARL trial compared palbociclib with capecitabine;PEARL",
            "the MAINTAIN study randomized patients;MAINTAIN",
            "The ZORRO-7 trial randomized 300 patients;ZORRO-7",
            "In the randomized SPARROW trial, patients received the drug;SPARROW",
            "RET fusions respond to selpercatinib (LIBRETTO-431);LIBRETTO-431",
            "T-DXd was active in DESTINY-Lung02;DESTINY-Lung02",
            "The NRG-LU002 protocol examined consolidation;NRG-LU002",
            "as in NSABP B-35 and RTOG 0617;NSABP B-35|RTOG 0617",
            "The Uppsala IV trial compared short and long courses;Uppsala IV",
            "olaparib was approved on Study 12 and Study 40 in the trials below;Study 12|Study 40",
            "The Nordic Lymphoma Survival Trial (NOLYST) randomized patients;NOLYST",
            "registered in the UMIN Clinical Trials Registry (UMIN000001234);UMIN000001234",
            "OS was longer in ZORRO-7.12 The trial enrolled 300 patients;ZORRO-7",
            "patients enrolled in the Harbor Study had longer PFS;Harbor",
            "A pivotal trial (ZORRO-7 trial, ClinicalTrials.gov identifier: NCT07654321);ZORRO-7|ZORRO-7",
            "the trials pooled by the Kestrel investigators (KESTREL4), showed;KESTREL4",
            "in a phase III trial (TALON7 [NCT07654321]) of zorbatinib;TALON7|TALON7",
            "two smaller trials (K4401 and K4402B [NCT07654321]) of the same design;K4401|K4402B|NCT07654321"})
    void aTrialIsFoundAndNamedAsTheRegistryOrThePaperNamesIt(String text, String names) {
        assertThat(trials(text)).containsExactly(names.split("\\|"));
    }

    @Test
    void aTrialNameBrokenAcrossLinesIsOneName() {
        assertThat(trials("the MONALEESA-\n2 trial randomized patients")).containsExactly("MONALEESA-2");
    }

    @Test
    void theRegistryAddsTheRegistryIdAndPhase() {
        TrialRegistry.Trial paloma2 = registry.find("Paloma-2").orElseThrow();
        assertThat(paloma2.nct()).isEqualTo("NCT01740427");
        assertThat(paloma2.phase()).isEqualTo("III");
        assertThat(registry.find("TRIO-18").orElseThrow().name()).isEqualTo("PALOMA-1");
        assertThat(registry.find("NCT02246621").orElseThrow().name()).isEqualTo("MONARCH 3");
    }

    @ParameterizedTest(name = "no trial in \"{0}\"")
    @ValueSource(strings = {
            "GREMLIN1 expression was high in the trial cohort",
            "NCOR1 and PTPN12 were lost in the study",
            "cyclin D1 and CyclinD1 overexpression in the trial",
            "MCF-7 and T47D cells were used in this study",
            "Table 2 lists the trials and Figure 3 shows the study",
            "PFS 25 vs 16 months in the trial",
            "the COVID-19 pandemic delayed the study",
            "data presented at ASCO 2023 from the trial",
            "ECOG 0-1 patients entered the trial",
            "the PEARL necklace was worn",
            "RESULTS 2 of the analysis",
            "In the randomized Phase III trial of zorbatinib versus placebo",
            "two phase II studies and a Phase IIb trial enrolled patients",
            "Figure 2. REPORTA trial flow diagram.",
            "The Phase Study and the Present Trial Group met",
            "the dose of ABCD-1.5 was given in the trial",
            "carriers of germline variants (BRCA2) entered the trial",
            "zorbatinib binds its target (KESTREL4) in cells",
            "the compound (ZORB1234) was given in the trial",
            "two trials (n = 300 and n = 120) of the same design",
            "the trial (K4401) used a single protocol code"})
    void wordsThatOnlyLookLikeTrialsAreNotTrials(String text) {
        assertThat(trials(text)).isEmpty();
    }

    @Test
    void aBareRegistryAcronymCountsWithItsPhaseInATableRow() {
        assertThat(trials("PACE II Pre/postmenopausal women with HR-positive disease")).containsExactly("PACE");
    }
}
