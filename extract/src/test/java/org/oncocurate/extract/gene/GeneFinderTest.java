package org.oncocurate.extract.gene;

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

class GeneFinderTest {
    private static GeneLexicon lexicon;
    private static GeneFinder finder;

    @BeforeAll
    static void loadLexicon() {
        lexicon = GeneLexicon.load();
        finder = new GeneFinder(lexicon, OtherSenses.from(Lexicon.load("senses", OtherSenses.class, "other-senses.tsv")));
    }

    private static GeneFinder.Found find(String text) {
        return finder.find(Sentences.of(text), Sentences.context(text));
    }

    private static List<String> genes(String text) {
        return find(text).genes().stream().map(Mention::normalized).toList();
    }

    private static List<String> families(String text) {
        return find(text).families().stream().map(Mention::normalized).toList();
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = ';', value = {
            "ESR1 mutations confer resistance;ESR1",
            "HER2 amplification was found;ERBB2",
            "cyclin D1 is overexpressed;CCND1",
            "loss of p21 expression;CDKN1A",
            "ERα drives proliferation;ESR1",
            "the catalytic subunit p110α is mutated;PIK3CA",
            "PD-L1 expression on tumour cells;CD274",
            "Notch3 enhances expression;NOTCH3",
            "IL-6 secretion was increased;IL6",
            "the mTOR kinase is activated;MTOR",
            "osteopontin levels rose;SPP1"})
    void aGeneIsNormalizedToItsOfficialSymbol(String text, String symbol) {
        assertThat(genes(text)).containsExactly(symbol);
    }

    @Test
    void everyGeneOfAnEnumerationIsNamed() {
        assertThat(genes("CDK4/6 activity is high")).containsExactly("CDK4", "CDK6");
        assertThat(genes("amplification of FGFR1-4 genes")).containsExactly("FGFR1", "FGFR2", "FGFR3", "FGFR4");
        assertThat(genes("the FGF3/4/19 amplicon genes")).containsExactly("FGF3", "FGF4", "FGF19");
    }

    @Test
    void aGeneIsFoundWithItsIdInTheLexicon() {
        assertThat(lexicon.geneId("ESR1")).isEqualTo("2099");
        assertThat(lexicon.geneId("CD274")).isEqualTo("29126");
    }

    @ParameterizedTest(name = "\"{0}\" is the family {1}")
    @CsvSource(delimiter = ';', value = {
            "the PI3K pathway is activated;PI3K",
            "AKT phosphorylation increased;AKT",
            "NF-κB signalling was blocked;NF-κB",
            "FGFR signalling drives resistance;FGFR",
            "loss of ER expression in tumours;estrogen receptor"})
    void aFamilyIsReportedAsAFamilyNotAsAGene(String text, String family) {
        assertThat(families(text)).containsExactly(family);
        assertThat(genes(text)).isEmpty();
    }

    @ParameterizedTest(name = "no gene in \"{0}\"")
    @ValueSource(strings = {
            "RESULTS AND DISCUSSION OF THE TRIAL",
            "A CAT SCAN WAS DONE",
            "Patients had a CAT scan at baseline.",
            "The HR was 0.56 for the combination.",
            "MCF-7 cells were treated with the drug.",
            "TAMR-MCEF-7 cells expressed mesenchymal markers.",
            "Responses were rated by Level of evidence C3 in the review of cells.",
            "Expression was shown in Table S1 for all genes.",
            "Tumour cells grew in the IMPACT trial cohort.",
            "the cryoprotective agent CP-1 kept the cells viable",
            "the signaling lymphocytic activation molecule F7 is expressed",
            "PIP2 is converted to PIP3 by the kinase.",
            "the H11-12 loop of the receptor domain",
            "The PC register and the GC pause were measured.",
            "The PACE of enrolment slowed in winter."})
    void wordsThatOnlyLookLikeGenesAreNotGenes(String text) {
        assertThat(genes(text)).isEmpty();
    }

    @Test
    void pdk1BesideAktIsThePhosphoinositideDependentKinase() {
        assertThat(genes("PDK1 phosphorylates AKT at threonine 308")).containsExactly("PDPK1");
        assertThat(genes("PDK1 expression rises under hypoxia")).containsExactly("PDK1");
    }

    @Test
    void aWordLikeAliasOrAShortSymbolNeedsTalkOfGenes() {
        assertThat(genes("PACE expression was high in the tumour")).containsExactly("FURIN");
        assertThat(genes("KIT mutations drive these tumours")).containsExactly("KIT");
    }

    @Test
    void erMeansTheEndoplasmicReticulumBesideTalkOfUnfoldedProteins() {
        String upr = "Misfolded and unfolded proteins accumulate in the ER, which activates the UPR.";
        assertThat(families(upr)).doesNotContain("estrogen receptor");
        assertThat(genes(upr)).isEmpty();
        assertThat(families("ER expression predicts response to tamoxifen.")).containsExactly("estrogen receptor");
    }

    @Test
    void catIsAGeneOnlyWhereTheSentenceSpeaksOfGenes() {
        assertThat(genes("CAT expression was reduced in the tumour cells")).containsExactly("CAT");
        assertThat(genes("The CAT was scheduled for Monday.")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1} through OCR repair")
    @CsvSource(delimiter = ';', value = {
            "mutations of ESRI in the tumour;ESRI;ESR1",
            "FGFRI amplification in the tumour;FGFRI;FGFR1",
            "expression of ERo in the tumour;ERo;ESR1",
            "phosphorylation of ERot in cells;ERot;ESR1",
            "ERa expression is regulated;ERa;ESR1",
            "the PD-LI protein is expressed;PD-LI;CD274",
            "activation of IREI in the cells;IREI;ERN1",
            "NUPRI binds to the promoter;NUPRI;NUPR1"})
    void ocrDamageIsRepairedWhenItLandsOnAKnownGene(String text, String surface, String symbol) {
        List<Mention> found = find(text).genes();
        assertThat(found).extracting(Mention::normalized).containsExactly(symbol);
        assertThat(found.get(0).surface()).isEqualTo(surface);
        assertThat(found.get(0).repair()).startsWith(surface + " → ");
    }

    @Test
    void ocrDamageOfAFamilyNameIsRepairedToTheFamily() {
        List<Mention> found = find("the P13K pathway is activated").families();
        assertThat(found).extracting(Mention::normalized).containsExactly("PI3K");
        assertThat(found.get(0).repair()).isEqualTo("P13K → PI3K");
        assertThat(families("NF-xB signalling is activated")).containsExactly("NF-κB");
    }

    @ParameterizedTest(name = "no repair in \"{0}\"")
    @ValueSource(strings = {
            "The ESRI score was high.",
            "Era of endocrine therapy",
            "We thank the ORI office.",
            "An Al drug was given."})
    void ocrRepairNeedsTalkOfGenesAndASymbolLikeWord(String text) {
        assertThat(find(text).genes()).isEmpty();
    }

    @ParameterizedTest(name = "no repair in \"{0}\"")
    @ValueSource(strings = {
            "inhibition of receptor signalling pathways (11-17) in tumour cells",
            "stage IIIa tumours with gene expression",
            "peptides specific to the genes in Table S1 were selected"})
    void numbersStagesAndLabelsAreNeverRepairedIntoGenes(String text) {
        assertThat(find(text).genes()).isEmpty();
    }

    @Test
    void aListOfNumbersAfterANumberedNameNamesEveryGeneOfIt() {
        assertThat(genes("a selective inhibitor of VEGFR-1, 2 and 3 in tumours")).containsExactly("FLT1", "KDR", "FLT4");
        assertThat(genes("VEGFR-2 is expressed on endothelial cells")).containsExactly("KDR");
    }

    @Test
    void cellSurfaceAntigensNameTheirProteins() {
        assertThat(genes("positive for CD33 and CD11b in myeloid cells")).containsExactly("CD33", "ITGAM");
        assertThat(genes("more than 30% CD25+CD4+ regulatory T cells")).containsExactly("IL2RA", "CD4");
    }

    @Test
    void anHlaAlleleNamesItsLocus() {
        assertThat(genes("patients with HLA-A*24:02 were eligible")).containsExactly("HLA-A");
        assertThat(genes("positive status for HLA-A2 or HLA-B7")).containsExactly("HLA-A", "HLA-B");
        assertThat(genes("the HLA class I molecules")).isEmpty();
    }

    @Test
    void aGeneListIsNotAnAllCapitalsHeading() {
        assertThat(genes("alterations in repair genes (ATM, NBN, PALB2)")).containsExactly("ATM", "NBN", "PALB2");
        assertThat(genes("RESULTS AND DISCUSSION OF THE TRIAL")).isEmpty();
    }

    @Test
    void aPluralReceptorNameNamesItsGene() {
        assertThat(genes("erythropoietin receptors on tumour cells")).containsExactly("EPOR");
    }

    @Test
    void aSymbolSplitByTheAbbreviationOfItsNameIsJoined() {
        assertThat(genes("polymorphisms in cytochrome P450 (CYP) 3A4/5 enzymes")).containsExactly("CYP3A4", "CYP3A5");
        assertThat(genes("serum interleukin (IL)-6 levels rose")).containsExactly("IL6");
        assertThat(genes("the CYP3A4/5 genes")).containsExactly("CYP3A4", "CYP3A5");
        assertThat(genes("patients (ECOG) 2 or worse were excluded")).isEmpty();
    }

    @Test
    void aShortSymbolComparedWithARegimenLabelIsARegimen() {
        assertThat(genes("a trial that compared ZVAC with GC in tumour cells")).isEmpty();
        assertThat(genes("similar to ZVAC, but GC had less toxicity in tumour cells")).isEmpty();
        assertThat(genes("mutations in ATM or NBN were found")).containsExactly("ATM", "NBN");
    }
}
