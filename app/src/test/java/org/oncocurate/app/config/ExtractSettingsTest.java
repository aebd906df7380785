package org.oncocurate.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractSettingsTest {
    @TempDir
    Path folder;

    @Test
    void withoutADrugBankVocabularyTheCuratedLexiconIsUsedAlone() {
        assertThat(Settings.from(Map.of(), Map.of()).extract().drugBankVocabulary()).isEmpty();
    }

    @Test
    void aDrugBankVocabularyIsTakenFromTheEnvironmentOrAnOverride() throws IOException {
        Path csv = Files.writeString(folder.resolve("drugbank.csv"), "DrugBank ID,Common name,Synonyms\n");

        assertThat(Settings.from(Map.of("ONCOCURATE_DRUGBANK_VOCABULARY", csv.toString()), Map.of())
                .extract().drugBankVocabulary()).contains(csv.toAbsolutePath());
        assertThat(Settings.from(Map.of(), Map.of("DRUGBANK_VOCABULARY", csv.toString()))
                .extract().drugBankVocabulary()).contains(csv.toAbsolutePath());
    }

    @Test
    void aDrugBankVocabularyThatIsNotAFileIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> Settings.from(Map.of(), Map.of("DRUGBANK_VOCABULARY", folder.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ONCOCURATE_DRUGBANK_VOCABULARY");
    }
}
