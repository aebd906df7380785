package org.oncocurate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {
    @Test
    void aHyphenAtTheEndOfALineJoinsTheLines() {
        NormalizedText view = NormalizedText.of("NF-\n  kB and MONALEESA-\n2");
        assertThat(view.text()).isEqualTo("NF-kB and MONALEESA-2");
    }

    @Test
    void whiteSpaceAndLineBreaksReadAsOneSpaceAndDashesAsHyphens() {
        NormalizedText view = NormalizedText.of("sacituzumab\n   govitecan \u2013 PD\u2010L1");
        assertThat(view.text()).isEqualTo("sacituzumab govitecan - PD-L1");
    }

    @Test
    void everyCharacterMapsBackToTheOriginalText() {
        String original = "the NF-\nkB pathway";
        NormalizedText view = NormalizedText.of(original);
        int start = view.text().indexOf("NF-kB");
        int end = start + "NF-kB".length();
        assertThat(original.substring(view.originalStart(start), view.originalEnd(end))).isEqualTo("NF-\nkB");
    }

    @Test
    void aDashBetweenWordsDoesNotJoinLines() {
        assertThat(NormalizedText.of("tamoxifen -\nletrozole").text()).isEqualTo("tamoxifen - letrozole");
    }
}
