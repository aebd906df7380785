package org.oncocurate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAgreementTest {
    private static final String SENTENCE = "the median progression-free survival was 7.9 months with drug A and 5.1 "
            + "months with placebo in the trial";

    @Test
    void theSameWordsInTheSameOrderAgreeFullyWhateverTheLineBreaksAndHyphens() {
        String reference = "the median progression-\nfree survival was 7.9\u00a0months with drug A and 5.1 months\n"
                + "with placebo in the trial\n";

        TextAgreement agreement = TextAgreement.of(SENTENCE, reference);

        assertThat(agreement.share()).isEqualTo(1.0);
        assertThat(agreement.glued()).isZero();
    }

    @Test
    void gluedWordsAndInterleavedColumnsLowerTheAgreement() {
        String glued = "themedianprogressionfreesurvivalwas 7.9 months with drug A and 5.1 months with placebo in the "
                + "trial";
        String interleaved = "the median progression-free survival arm B had more grade 3 was 7.9 months with drug A "
                + "events overall and 5.1 months with placebo in the trial";

        assertThat(TextAgreement.of(glued, SENTENCE).glued()).isEqualTo(1);
        assertThat(TextAgreement.of(glued, SENTENCE).share()).isLessThan(0.7);
        assertThat(TextAgreement.of(interleaved, SENTENCE).share()).isLessThan(0.5);
    }

    @Test
    void runningHeadsAndPageNumbersOfTheReferenceAreLeftOut() {
        String[] bodies = {"patients were randomly assigned to receive", "zortamab or placebo every three weeks until",
            "disease progression or unacceptable toxicity occurred", "the primary end point was overall survival"};
        StringBuilder reference = new StringBuilder();
        for (int page = 1; page <= 4; page++) {
            reference.append("Journal of Invented Oncology ").append(2020 + page).append('\n')
                    .append(bodies[page - 1]).append('\n').append(page).append("\n\f");
        }
        String ours = String.join(" ", bodies);

        assertThat(TextAgreement.of(ours, reference.toString()).share()).isEqualTo(1.0);
    }
}
