package org.oncocurate.extract.gene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.Sentences;
import org.oncocurate.extract.text.Abbreviations;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.OtherSenses;
import org.oncocurate.extract.text.Sentence;

class DefinedFormsTest {
    private static GeneLexicon lexicon;
    private static GeneFinder finder;

    @BeforeAll
    static void loadLexicon() {
        lexicon = GeneLexicon.load();
        finder = new GeneFinder(lexicon, OtherSenses.from(Lexicon.load("senses", OtherSenses.class, "other-senses.tsv")));
    }

    private static DefinedForms defined(String paper) {
        Sentence sentence = Sentences.of(paper);
        return DefinedForms.of(Abbreviations.of(List.of(sentence)), paper, lexicon,
                text -> text.contains("gemzorbine") || text.contains("Camptorin"));
    }

    private static List<String> genes(String text, DefinedForms defined) {
        return finder.find(Sentences.of(text), Sentences.context(text), defined).genes().stream()
                .map(Mention::normalized).toList();
    }

    @Test
    void aShortFormDefinedAsAProcedureIsNoGene() {
        DefinedForms defined = defined("consolidation with autologous stem cell transplant (SCT) was given");
        assertThat(defined.notGene("SCT")).isTrue();
        assertThat(genes("After SCT, tumour cells expressed the receptor.", defined)).isEmpty();
        assertThat(genes("After SCT, tumour cells expressed the receptor.", DefinedForms.none())).containsExactly("SCT");
    }

    @Test
    void aShortFormDefinedAsARegimenOfDrugsIsNoGene() {
        DefinedForms defined = defined("gemzorbine plus cisplatin (GC) was compared with MVAC");
        assertThat(genes("GC had better tolerability and less expression of toxicity.", defined)).isEmpty();
    }

    @Test
    void aGeneNamedInsideAShortFormOfSomethingElseCountsOnlyIfTheLongFormSpellsIt() {
        DefinedForms defined = defined("The Bolus or Camptorin Infusion with Celecoxib (BICC-C) trial. "
                + "EGFR tyrosine kinase inhibitor (EGFR-TKI) therapy");
        assertThat(genes("In BICC-C, tumour cells were studied.", defined)).isEmpty();
        assertThat(genes("EGFR-TKI was given to patients with tumour cells.", defined)).containsExactly("EGFR");
    }

    @Test
    void aShortFormDefinedAsAGeneNamesItEvenWithoutTalkOfGenes() {
        DefinedForms defined = defined("HR = hazard ratio; PgR = progesterone receptor");
        assertThat(defined.gene("PgR")).isEqualTo("PGR");
        assertThat(defined.notGene("HR")).isTrue();
        assertThat(genes("PgR status: positive 60%", defined)).containsExactly("PGR");
    }

    @Test
    void aPaperDefinitionOverridesTheSymbolTheShortFormSpells() {
        DefinedForms defined = defined("stained for thyroid transcription factor-1 (TTF-1 Acme) in cells");
        assertThat(genes("TTF-1 staining was negative in tumour cells.", defined)).containsExactly("NKX2-1");
    }

    @Test
    void cycleAndDayNumberingMakesC2ACycle() {
        DefinedForms defined = defined("Samples were taken on C1D1 and C2D15 of treatment");
        assertThat(defined.notGene("C2")).isTrue();
        assertThat(genes("expression of complement genes at C2 was measured", defined)).isEmpty();
        assertThat(DefinedForms.none().notGene("C2")).isFalse();
    }

    @Test
    void aShortFormWithoutADefinitionKeepsItsLexiconMeaning() {
        DefinedForms defined = defined("Sonic hedgehog (SHH) signalling in tumours");
        assertThat(defined.notGene("SHH")).isFalse();
        assertThat(genes("SHH expression was high", defined)).containsExactly("SHH");
    }

    @Test
    void aShortFormThatSpellsAGeneButIsDefinedAsSomethingElseIsNoGene() {
        DefinedForms defined = defined("Abbreviations BMI: Body mass index; EARS: Exercise assisted reduction then stop;");
        assertThat(defined.notGene("EARS")).isTrue();
        assertThat(genes("EARS expression of motivation in cells", defined)).isEmpty();
    }

    @Test
    void aShortFormDefinedByAProteinNameTheLexiconLacksKeepsItsGene() {
        DefinedForms defined = defined("B-cell maturation antigen (BCMA) and smoothened (SMO) are targets");
        assertThat(defined.notGene("BCMA")).isFalse();
        assertThat(defined.notGene("SMO")).isFalse();
    }

    @Test
    void aShortSymbolComparedWithARegimenLabelIsARegimenThroughoutThePaper() {
        DefinedForms defined = defined("A randomized trial compared ZVAC with GC in 400 patients.");
        assertThat(defined.notGene("GC")).isTrue();
        assertThat(genes("the reduced toxic effects of GC on tumour cells", defined)).isEmpty();
        assertThat(defined("mutations in ATM or NBN were found").notGene("NBN")).isFalse();
    }
}
