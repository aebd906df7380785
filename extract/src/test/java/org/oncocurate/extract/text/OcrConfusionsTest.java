package org.oncocurate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OcrConfusionsTest {
    private final OcrConfusions confusions = new OcrConfusions(3, 500);

    private List<String> readings(String damaged) {
        return confusions.readings(damaged).stream().map(OcrConfusions.Reading::text).toList();
    }

    @ParameterizedTest(name = "{0} may have been {1}")
    @CsvSource({"ESRI,ESR1", "FGFRI,FGFR1", "P13K,PI3K", "A1B1,AIB1", "PD-LI,PD-L1", "ERo,ERα", "ERot,ERα",
            "ERo.,ERα", "ERa,ERα", "ERP,ERβ", "NF-xB,NF-κB", "IxBo.,IκBα", "MLNO0128,MLN0128", "pl9INK4D,p19INK4D"})
    void aDamagedWordHasItsOriginalAmongItsReadings(String damaged, String original) {
        assertThat(readings(damaged)).contains(original);
    }

    @Test
    void fewerChangesComeFirstAndTheWordItselfIsNotAReading() {
        List<OcrConfusions.Reading> readings = confusions.readings("ESRI");
        assertThat(readings).extracting(OcrConfusions.Reading::text).doesNotContain("ESRI");
        assertThat(readings.get(0).changes()).isEqualTo(1);
        assertThat(readings).isSortedAccordingTo((a, b) -> Integer.compare(a.changes(), b.changes()));
    }

    @Test
    void aWordWithoutLookAlikesHasNoReadings() {
        assertThat(readings("XYZ")).isEmpty();
    }
}
