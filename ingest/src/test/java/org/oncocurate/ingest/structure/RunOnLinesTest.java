package org.oncocurate.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oncocurate.ingest.layout.TestWords;
import org.oncocurate.ingest.layout.TextLine;

class RunOnLinesTest {
    private static TextLine line(String text) {
        return new TextLine(TestWords.line(text, 50, 100, 10));
    }

    @Test
    void aLineEndingMidSentenceFollowedByALowerCaseWordRunsOn() {
        assertThat(BlockBuilder.runsOn(line("the overall response rate was 61% with"),
                line("tamoxifen and 48% with the comparator"))).isTrue();
        assertThat(BlockBuilder.runsOn(line("(HR, 0.79; 95% CI, 0.65-0.96; P = .020).29[Level of"),
                line("evidence A1]"))).isTrue();
    }

    @Test
    void aClosedSentenceACapitalisedLineOrAListMarkerStartsAfresh() {
        assertThat(BlockBuilder.runsOn(line("the median PFS was 7.9 months."), line("in the control arm it was"))).isFalse();
        assertThat(BlockBuilder.runsOn(line("Secondary objectives"), line("a. Determine whether the drug"))).isFalse();
        assertThat(BlockBuilder.runsOn(line("Eligibility criteria"), line("(ii) adults with measurable disease"))).isFalse();
        assertThat(BlockBuilder.runsOn(line("patients were randomly assigned to"), line("Zortamab or placebo"))).isFalse();
        assertThat(BlockBuilder.runsOn(line("adverse events included nausea;"), line("fatigue was rare"))).isFalse();
    }
}
