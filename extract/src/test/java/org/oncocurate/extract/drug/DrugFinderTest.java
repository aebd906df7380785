package org.oncocurate.extract.drug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncocurate.extract.Sentences;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.OtherSenses;

class DrugFinderTest {
    private static DrugLexicon lexicon;
    private static DrugFinder finder;

    @BeforeAll
    static void loadLexicon() {
        lexicon = DrugLexicon.load();
        finder = new DrugFinder(lexicon, OtherSenses.from(Lexicon.load("senses", OtherSenses.class, "other-senses.tsv")));
    }

    private static DrugFinder.Found find(String text) {
        return finder.find(Sentences.of(text), Sentences.context(text));
    }

    private static List<String> drugs(String text) {
        return find(text).drugs().stream().map(Mention::normalized).toList();
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = ';', value = {
            "Palbociclib plus letrozole was given;palbociclib|letrozole",
            "BYL719 inhibits the kinase;alpelisib",
            "patients received T-DXd;trastuzumab deruxtecan",
            "Dato-DXd versus chemotherapy;datopotamab deruxtecan",
            "Kisqali was approved;ribociclib",
            "PD-0332991 and PD0332991 are one drug;palbociclib|palbociclib",
            "BAY 80-6946 is copanlisib;copanlisib|copanlisib",
            "pembrolizumab in lung cancer;pembrolizumab",
            "osimertinib after gefitinib;osimertinib|gefitinib"})
    void aDrugIsNormalizedToItsInn(String text, String names) {
        assertThat(drugs(text)).containsExactly(names.split("\\|"));
    }

    @Test
    void aDrugCarriesItsClass() {
        assertThat(lexicon.drugClass("palbociclib")).isEqualTo("CDK4/6 inhibitor");
        assertThat(lexicon.drugClass("fulvestrant")).isEqualTo("SERD");
        assertThat(lexicon.drugClass("trastuzumab deruxtecan")).isEqualTo("antibody-drug conjugate");
    }

    @ParameterizedTest(name = "\"{0}\" is the class {1}")
    @CsvSource(delimiter = ';', value = {
            "resistance to aromatase inhibitors;aromatase inhibitor",
            "CDK4/6 inhibitors improved survival;CDK4/6 inhibitor",
            "oral SERDs are in development;SERD",
            "after endocrine therapy;endocrine therapy"})
    void aClassIsReportedAsAClassNotAsADrug(String text, String drugClass) {
        assertThat(find(text).classes()).extracting(Mention::normalized).containsExactly(drugClass);
        assertThat(drugs(text)).isEmpty();
    }

    @Test
    void aClassListsItsMembers() {
        assertThat(lexicon.members("CDK4/6 inhibitor")).contains("palbociclib", "ribociclib", "abemaciclib");
        assertThat(lexicon.members("aromatase inhibitor")).contains("letrozole", "anastrozole", "exemestane");
    }

    @Test
    void aShortAbbreviationIsAWeakMention() {
        List<Mention> found = find("SG improved survival over chemotherapy").drugs();
        assertThat(found).extracting(Mention::normalized).containsExactly("sacituzumab govitecan");
        assertThat(found.get(0).confidence()).isLessThanOrEqualTo(0.5);
    }

    @ParameterizedTest(name = "no drug in \"{0}\"")
    @ValueSource(strings = {
            "TAM infiltration by tumor-associated macrophages (TAM) was high.",
            "TAMs promote tumour growth.",
            "MCF-7 cells were used.",
            "The protein was expressed in all samples.",
            "Evolving evidence supports this view.",
            "Glucose and glutamine fuel the cells."})
    void wordsThatOnlyLookLikeDrugsAreNotDrugs(String text) {
        assertThat(drugs(text)).isEmpty();
    }

    @Test
    void tamIsTamoxifenWithoutTalkOfMacrophages() {
        assertThat(drugs("resistance to TAM therapy")).containsExactly("tamoxifen");
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1} through OCR repair")
    @CsvSource(delimiter = ';', value = {
            "patients treated with evolimus;evolimus;everolimus",
            "Palbocicli was given to patients;Palbocicli;palbociclib",
            "etrozole was given daily;etrozole;letrozole",
            "MLNO0128 inhibits the kinase;MLNO0128;sapanisertib"})
    void ocrDamageIsRepairedWhenItLandsOnAKnownDrug(String text, String surface, String name) {
        List<Mention> found = find(text).drugs();
        assertThat(found).extracting(Mention::normalized).containsExactly(name);
        assertThat(found.get(0).surface()).isEqualTo(surface);
        assertThat(found.get(0).repair()).startsWith(surface + " → ");
    }

    @Test
    void aDamagedNameFarFromEveryDrugIsNotRepaired() {
        assertThat(drugs("patients treated with alibrine")).isEmpty();
        assertThat(drugs("the evolution of resistance")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" names {1} by {2}")
    @CsvSource(delimiter = ';', value = {
            "Patients were treated with velquantinib 40 mg daily;velquantinib;INN stem -tinib",
            "the combination of Quelumab and letrozole;quelumab;INN stem -mab",
            "patients received trovaparib after chemotherapy;trovaparib;INN stem -parib",
            "zorbepoetin alfa was given to anaemic patients;zorbepoetin alfa;INN of a biological (alfa)",
            "QRS-47112 at 150 mg twice daily was given to patients;QRS-47112;development code"})
    void anUnknownWordWithTheFormOfADrugNameIsADrugWithLowerConfidence(String text, String name, String reason) {
        List<Mention> found = find(text).drugs().stream().filter(m -> m.normalized().equals(name)).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).repair()).isEqualTo(reason);
        assertThat(found.get(0).confidence()).isLessThan(0.8);
    }

    @ParameterizedTest(name = "no drug in \"{0}\"")
    @ValueSource(strings = {
            "The concept of treatment changed in patients.",
            "velquantinib was cloned from the yeast genome.",
            "The QRS-47112 complex was measured on the electrocardiogram.",
            "The estrogen receptor beta was expressed in treated patients.",
            "patients treated at the hospital with oxygen and water"})
    void wordsThatOnlyLookLikeDrugsOrNeedAPlaceForADrugAreNotDrugs(String text) {
        assertThat(drugs(text)).isEmpty();
    }

    @Test
    void aWordAnotherLexiconNamesIsNeverANewDrug() {
        DrugFinder withGenes = new DrugFinder(lexicon,
                OtherSenses.from(Lexicon.load("senses", OtherSenses.class, "other-senses.tsv")), "KIAA1549"::equals);
        String text = "KIAA1549 inhibitors were given at 100 mg to patients";
        assertThat(withGenes.find(Sentences.of(text), Sentences.context(text)).drugs()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" names {1} from the shipped DrugBank drugs")
    @CsvSource(delimiter = ';', value = {
            "vinflunine was approved in Europe;vinflunine",
            "Epoetin alfa raised haemoglobin;epoetin alfa",
            "filgrastim support was allowed;filgrastim",
            "trifluridine-tipiracil improved survival;trifluridine|tipiracil",
            "Radium Ra 223 (223Ra) emits alpha particles;radium Ra 223 dichloride"})
    void drugsBeyondTheCuratedListComeFromDrugBank(String text, String names) {
        assertThat(drugs(text)).containsOnly(names.split("\\|"));
    }

    @Test
    void drugBankSubstancesThatAreNoMedicinesAndProteinNamesAreLeftOut() {
        assertThat(drugs("glutamine, glucose, calcium and erythropoietin levels were measured")).isEmpty();
        assertThat(lexicon.version()).contains("drugbank-open-vocabulary").contains("inn-stems-1");
    }

    @Test
    void theFirstWordOfADrugsNameNamesThatDrug() {
        List<Mention> found = find("patients in the enfortumab alone arm were treated longer").drugs();
        assertThat(found).extracting(Mention::normalized).containsExactly("enfortumab vedotin");
        assertThat(found.get(0).repair()).isEqualTo("first word of enfortumab vedotin");
    }

    @Test
    void aShortAbbreviationListedWithDrugsIsADrug() {
        List<Mention> listed = find("combined drugs (gemcitabine, S-1, or CDDP) were allowed").drugs();
        assertThat(listed).filteredOn(m -> m.normalized().equals("cisplatin")).singleElement()
                .satisfies(m -> assertThat(m.confidence()).isGreaterThan(0.5));
        assertThat(find("CDDP was allowed").drugs()).singleElement()
                .satisfies(m -> assertThat(m.confidence()).isEqualTo(0.5));
    }

    @Test
    void aDevelopmentCodeNeedsADoseOrADrugBesideIt() {
        assertThat(drugs("the medium was 50 ml KBM-400 for the culture of treated cells")).isEmpty();
        assertThat(drugs("fulvestrant plus QRS-47112 was given to patients")).contains("QRS-47112");
    }

    @Test
    void anUnknownDrugNameDefinedByTheShortFormOfAKnownDrugIsThatDrug() {
        assertThat(drugs("Gositozumab (SG) was given to patients")).containsOnly("sacituzumab govitecan");
        assertThat(drugs("Gositozumab (GX) was given to patients")).containsExactly("gositozumab");
    }
}
