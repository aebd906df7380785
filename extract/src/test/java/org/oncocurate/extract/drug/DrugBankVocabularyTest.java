package org.oncocurate.extract.drug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncocurate.extract.Sentences;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.OtherSenses;

class DrugBankVocabularyTest {
    private static final String HEADER = "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n";
    private static final Path SHARED = Path.of(System.getProperty("oncocurate.lexicons.dir", "../shared/lexicons"),
            "drugbank_vocabulary_open_2025.csv");

    @TempDir
    Path folder;

    @Test
    void drugsAreKeptAndOtherSubstancesLeftOut() throws IOException {
        Path csv = folder.resolve("vocabulary.csv");
        Files.writeString(csv, HEADER
                + "DB00002,BTD00071,Cetuximab,205923-56-4,PQX0D8J21J,Cetuximab | Cétuximab | Cetuximabum,\n"
                + "DB09999,,Zanzalintinib,,,\"Zanza | XL092, a code\",\n"
                + "DB00122,,Choline,62-49-7,,\"Choline | Bilineurine\",\n"
                + "DB12345,,ABC123456,,,,\n");

        DrugBankVocabulary.Vocabulary vocabulary = DrugBankVocabulary.read(csv);

        assertThat(vocabulary.entries()).extracting(DrugBankVocabulary.Entry::name)
                .containsExactly("cetuximab", "zanzalintinib", "ABC123456");
        assertThat(vocabulary.entries().get(0).synonyms()).containsExactly("Cétuximab", "Cetuximabum");
        assertThat(vocabulary.version()).contains("vocabulary.csv").contains("3 drugs kept");
    }

    @Test
    void aDrugOnlyDrugBankKnowsIsFoundAndCuratedFormsStillWin() throws IOException {
        Path csv = folder.resolve("vocabulary.csv");
        Files.writeString(csv, HEADER + "DB09999,,Zanzalintinib,,,,\n"
                + "DB01234,,Palbociclib,,,Ibrance,\n");
        DrugLexicon lexicon = DrugLexicon.load(Optional.of(csv));
        DrugFinder finder = new DrugFinder(lexicon,
                OtherSenses.from(Lexicon.load("senses", OtherSenses.class, "other-senses.tsv")));
        String text = "zanzalintinib and Ibrance were combined";

        assertThat(finder.find(Sentences.of(text), Sentences.context(text)).drugs()).extracting(Mention::normalized)
                .containsExactly("zanzalintinib", "palbociclib");
        assertThat(lexicon.drugClass("palbociclib")).isEqualTo("CDK4/6 inhibitor");
        assertThat(lexicon.version()).contains("DrugBank open vocabulary");
    }

    @Test
    void aFileWithoutTheDrugBankColumnsIsRefusedWithItsReason() throws IOException {
        Path csv = folder.resolve("other.csv");
        Files.writeString(csv, "name,code\nx,y\n");
        assertThatThrownBy(() -> DrugBankVocabulary.read(csv)).hasMessageContaining("lacks the columns");
        assertThatThrownBy(() -> DrugBankVocabulary.read(folder.resolve("missing.csv")))
                .hasMessageContaining("not a readable file");
    }

    @Test
    void theSharedDrugBankVocabularyLoadsWithItsOncologyDrugs() {
        Assumptions.assumeTrue(Files.isRegularFile(SHARED),
                "the DrugBank open vocabulary is not at " + SHARED.toAbsolutePath() + " on this machine");
        DrugBankVocabulary.Vocabulary vocabulary = DrugBankVocabulary.read(SHARED);

        assertThat(vocabulary.entries()).extracting(DrugBankVocabulary.Entry::name)
                .contains("cetuximab", "palbociclib", "osimertinib")
                .doesNotContain("water", "glucose", "glutamine", "choline");
        assertThat(vocabulary.entries().size()).isBetween(500, 17_430);
    }
}
