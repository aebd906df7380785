package org.oncocurate.store.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForestPlotTest {

    @ParameterizedTest(name = "HR {0} ({1}-{2}) is flagged: {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "0.58|0.46|0.72|none",
            "0.58|none|none|none",
            "1.8|0.46|0.72|ratio outside its CI",
            "0.58|0.72|0.46|CI bounds reversed",
            "0|0.46|0.72|a ratio must be above 0",
            "58|none|none|implausible ratio",
            "0.5|0|0.9|CI bound at or below 0",
    })
    void aRatioThatCannotBeRightIsFlagged(double value, Double lower, Double upper, String flag) {
        assertThat(ForestPlot.flag(new ForestPlot.Entry("T · PFS", value, lower, upper, "/x"))).isEqualTo(flag);
    }

    @Test
    void rowsSitOnALogAxisWithOneAtItsTickAndWildValuesClippedToTheEdge() {
        ForestPlot plot = ForestPlot.of(List.of(new ForestPlot.Entry("A · PFS", 0.5, 0.4, 0.6, "/a"),
                new ForestPlot.Entry("B · OS", 2.0, 1.5, 2.5, "/b"), new ForestPlot.Entry("C · OS", 580, null, null,
                        "/c")));

        assertThat(plot.rows()).hasSize(3);
        ForestPlot.Row half = plot.rows().get(0);
        ForestPlot.Row twice = plot.rows().get(1);
        assertThat(plot.unityX() - half.x()).as("log scale: 0.5 and 2 are as far from 1")
                .isCloseTo(twice.x() - plot.unityX(), offset(0.01));
        assertThat(half.lowerX()).isLessThan(half.x());
        assertThat(half.upperX()).isGreaterThan(half.x());
        assertThat(plot.ticks()).anySatisfy(tick -> {
            assertThat(tick.label()).isEqualTo("1");
            assertThat(tick.x()).isEqualTo(plot.unityX());
        });
        ForestPlot.Row wild = plot.rows().get(2);
        assertThat(wild.flagged()).isTrue();
        assertThat(wild.clippedHigh()).isTrue();
        assertThat(wild.x()).isEqualTo(plot.plotRight());
    }
}
