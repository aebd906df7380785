package org.oncocurate.extract.trial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryIdsTest {
    @ParameterizedTest(name = "\"{0}\" prints {1}")
    @CsvSource(delimiter = ';', value = {
            "Clinical trial information: NCT01234567.;NCT01234567",
            "registered at ClinicalTrials.gov (NCT 07654321);NCT07654321",
            "the University Hospital Medical Information Network (UMIN: 000001234);UMIN000001234",
            "clinical trial registration number, UMIN000009876);UMIN000009876",
            "Trial Registration: UMIN Clinical Trials Registry C000000042;C000000042",
            "EudraCT number: 2011-001234-56;2011-001234-56",
            "registered as ISRCTN12345678;ISRCTN12345678",
            "Chinese Clinical Trial Registry (ChiCTR-TRC-12002345);ChiCTR-TRC-12002345",
            "JapicCTI-101234 was the registration;JapicCTI-101234",
            "ANZCTR ACTRN12612000123456;ACTRN12612000123456"})
    void aRegistryIdOfAnyRegistryIsFoundInOneSpelling(String text, String id) {
        assertThat(RegistryIds.find(text)).extracting(RegistryIds.Found::id).containsExactly(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The dose was 2011-001234-56 units", "C000000042 cells were counted", "NCT0123456 is too short",
            "the UMIN network approved the protocol"})
    void numbersWithoutTheirRegistryAreNotIds(String text) {
        assertThat(RegistryIds.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT01234567", "UMIN000001234", "C000000042", "ISRCTN12345678"})
    void aCanonicalIdIsAnId(String id) {
        assertThat(RegistryIds.isId(id)).isTrue();
        assertThat(RegistryIds.canonical(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PALOMA-2", "III", "FOLFOX-4"})
    void aNameIsNotAnId(String name) {
        assertThat(RegistryIds.isId(name)).isFalse();
    }
}
