package org.oncocurate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineBenchCommandTest {
    @Test
    void percentilesAreNearestRankOnSortedLatencies() {
        double[] twenty = new double[20];
        for (int i = 0; i < twenty.length; i++) {
            twenty[i] = i + 1;
        }

        assertThat(PipelineBenchCommand.percentile(twenty, 0.50)).isEqualTo(10);
        assertThat(PipelineBenchCommand.percentile(twenty, 0.95)).isEqualTo(19);
        assertThat(PipelineBenchCommand.percentile(new double[] {3.5}, 0.95)).isEqualTo(3.5);
    }
}
