package org.oncocurate.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.PlainTextPapers;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SentenceSplitter;
import org.oncocurate.model.finding.DrugClassFinding;
import org.oncocurate.model.finding.DrugFinding;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.TrialFinding;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.PaperText;

class EntityExtractionTest {
    private static ExtractionResources resources;

    @BeforeAll
    static void load() {
        resources = ExtractionResources.load();
    }

    private record Extracted(List<Finding> findings, TrialMentions trials, List<Sentence> sentences) {
        <T extends Finding> List<T> of(Class<T> type) {
            return findings.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private static Extracted extract(String text) {
        PaperText paper = PlainTextPapers.of(text);
        List<Sentence> sentences = SentenceSplitter.create(resources.models()).split(paper);
        EntityExtraction.Result result = new EntityExtraction(resources).extract(paper, sentences);
        return new Extracted(result.findings(), result.trials(), sentences);
    }

    @Test
    void anAuthorsSurnameWithItsAffiliationNumberIsNoTrialButAnotherNameOfThatShapeIs() {
        String text = "Jane K Okafor 1, Andrew J McTavish 6 and Lena Ruiz 2. The zorbatinib trial ZenTrial 5 "
                + "enrolled 300 patients in a randomized phase III study.";
        PaperText plain = PlainTextPapers.of(text);
        PaperText paper = new PaperText(plain.paperId(),
                new Bibliography("A trial", List.of("Jane K Okafor", "Andrew J McTavish", "Lena Ruiz"), null, null,
                        null), text, plain.pages(), List.of(), List.of(), List.of(), List.of());
        List<Sentence> sentences = SentenceSplitter.create(resources.models()).split(paper);

        List<String> trials = new EntityExtraction(resources).extract(paper, sentences).findings().stream()
                .filter(TrialFinding.class::isInstance).map(finding -> ((TrialFinding) finding).name()).toList();

        assertThat(trials).doesNotContain("McTavish 6").contains("ZenTrial 5");
    }

    @Test
    void aGeneNamedAsTheTargetOfInhibitorsGivesADrugClass() {
        Extracted extracted = extract("EZH2 inhibitors restored sensitivity in resistant tumour cells.");
        assertThat(extracted.of(DrugClassFinding.class)).extracting(DrugClassFinding::name)
                .containsExactly("EZH2 inhibitor");
        assertThat(extracted.of(GeneFinding.class)).extracting(GeneFinding::symbol).containsExactly("EZH2");
    }

    @Test
    void aDrugNamedOnlyByAShortAbbreviationIsNotReported() {
        assertThat(extract("SG improved survival in this cohort of patients.").of(DrugFinding.class)).isEmpty();
        assertThat(extract("Sacituzumab govitecan (SG) was given. SG improved survival.").of(DrugFinding.class))
                .extracting(DrugFinding::name).containsExactly("sacituzumab govitecan");
    }

    @Test
    void aProteinJoinedToADrugNamesItsFormulationNotAGene() {
        Extracted extracted = extract("Patients received albumin-paclitaxel or gemcitabine.");
        assertThat(extracted.of(GeneFinding.class)).isEmpty();
        assertThat(extracted.of(DrugFinding.class)).extracting(DrugFinding::name)
                .containsExactly("paclitaxel", "gemcitabine");
    }

    @Test
    void aTrialGetsItsRegistryIdAndPhaseAndItsIdJoinsItsName() {
        Extracted extracted = extract("In the PALOMA-2 trial (NCT01740427), palbociclib prolonged PFS. "
                + "Paloma-2 enrolled 666 patients.");
        List<TrialFinding> trials = extracted.of(TrialFinding.class);
        assertThat(trials).hasSize(1);
        assertThat(trials.get(0).name()).isEqualTo("PALOMA-2");
        assertThat(trials.get(0).nct()).isEqualTo("NCT01740427");
        assertThat(trials.get(0).phase()).isEqualTo("III");
        assertThat(trials.get(0).evidence()).hasSize(3);
    }

    @Test
    void aRegistryIdPrintedBesideAnUnregisteredTrialBecomesItsId() {
        List<TrialFinding> trials = extract("Adagrasib was tested in KRYSTAL-12 (NCT04685135) against docetaxel.")
                .of(TrialFinding.class);
        assertThat(trials).extracting(TrialFinding::name, TrialFinding::nct)
                .containsExactly(org.assertj.core.api.Assertions.tuple("KRYSTAL-12", "NCT04685135"));
    }

    @Test
    void outcomeLinkingSeesEachSentencesTrialsByName() {
        Extracted extracted = extract("The MONARCH 3 trial tested abemaciclib. Median PFS was 28.2 months.");
        assertThat(extracted.trials().in(extracted.sentences().get(0))).extracting(Mention::normalized)
                .containsExactly("MONARCH 3");
        assertThat(extracted.trials().in(extracted.sentences().get(1))).isEmpty();
    }

    @Test
    void aGeneInsideATrialNameIsNotAGene() {
        Extracted extracted = extract("The randomized PACE trial enrolled patients after progression.");
        assertThat(extracted.of(TrialFinding.class)).extracting(TrialFinding::name).containsExactly("PACE");
        assertThat(extracted.of(GeneFinding.class)).isEmpty();
    }

    @Test
    void aDrugNameInsideAProteinNameIsPartOfTheProtein() {
        Extracted extracted = extract("Everolimus inhibits the mammalian target of rapamycin pathway in tumour cells.");
        assertThat(extracted.of(GeneFinding.class)).extracting(GeneFinding::symbol).containsExactly("MTOR");
        assertThat(extracted.of(DrugFinding.class)).extracting(DrugFinding::name).containsExactly("everolimus");
    }

    @Test
    void aWordADrugLexiconReadsAsItStandsIsNotRepairedIntoAGene() {
        Extracted extracted = extract("EGFR-mutation-positive patients received EGFR-TKI after recurrence.");
        assertThat(extracted.of(GeneFinding.class)).extracting(GeneFinding::symbol).containsExactly("EGFR");
    }

    @Test
    void aShortFormDefinedAsDrugsNamesThemAndNoGene() {
        Extracted extracted = extract("Patients received gemcitabine plus cisplatin (GC) or MVAC. "
                + "GC had a better safety profile and lower expression of toxicity than MVAC in tumour cells.");
        assertThat(extracted.of(GeneFinding.class)).isEmpty();
        DrugFinding cisplatin = extracted.of(DrugFinding.class).stream()
                .filter(drug -> drug.name().equals("cisplatin")).findFirst().orElseThrow();
        assertThat(cisplatin.evidence()).extracting(evidence -> evidence.surface()).contains("cisplatin", "GC");
    }
}
