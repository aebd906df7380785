package org.oncocurate.extract.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortNamesTest {
    @Test
    void aPartOfOneFullerNameIsThatTrial() {
        assertThat(ShortNames.resolve(List.of("GBX-ZOR", "GBX", "ZOR", "NCT01234567")))
                .containsEntry("GBX", "GBX-ZOR").containsEntry("ZOR", "GBX-ZOR").hasSize(2);
    }

    @Test
    void aPartSharedByTwoNamesStaysAsItIs() {
        assertThat(ShortNames.resolve(List.of("KESTREL-2", "KESTREL-3", "KESTREL"))).isEmpty();
    }

    @Test
    void aNameWithDigitsIsNeverShortened() {
        assertThat(ShortNames.resolve(List.of("OWL 2", "OWL 2/HERON"))).isEmpty();
    }
}
