package org.oncocurate.model.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.Measure;

class ConflictRuleTest {

    @Test
    void mediansThatDifferBeyondRoundingConflict() {
        assertThat(ConflictRule.inConflict(median("PALOMA-2", 27.6, 14.5), median("PALOMA-2", 24.8, 14.5))).isTrue();
        assertThat(ConflictRule.inConflict(median("MONARCH-3", 28.1, 14.7), median("MONARCH 3", 28.2, 14.8)))
                .isTrue();
    }

    @Test
    void ratiosThatDifferConflict() {
        assertThat(ConflictRule.inConflict(ratio("BOLERO-2", 0.45, null), ratio("BOLERO-2", 0.52, null))).isTrue();
    }

    @Test
    void aValueAndItsRoundingAgree() {
        assertThat(ConflictRule.inConflict(ratio("MONALEESA-2", 0.568, List.of(0.457, 0.704)),
                ratio("MONALEESA-2", 0.57, null))).isFalse();
        assertThat(ConflictRule.inConflict(median("MONALEESA-2", 25.3, 16), median("MONALEESA-2", 25.3, 16.0)))
                .isFalse();
        assertThat(ConflictRule.roundingAgrees(0.54, 0.540)).isTrue();
        assertThat(ConflictRule.roundingAgrees(28.1, 28.2)).isFalse();
    }

    @Test
    void theSameRatioWithAnotherIntervalConflicts() {
        assertThat(ConflictRule.inConflict(ratio("X-1", 0.6, List.of(0.5, 0.8)), ratio("X-1", 0.6, List.of(0.4, 0.9))))
                .isTrue();
    }

    @Test
    void oneArmQuotedFromAMultiArmSetAgrees() {
        assertThat(ConflictRule.inConflict(median("PACE", 8.1), median("PACE", 4.8, 4.6, 8.1))).isFalse();
        assertThat(ConflictRule.inConflict(median("PACE", 8.4), median("PACE", 4.8, 4.6, 8.1))).isTrue();
    }

    @Test
    void differentTrialsEndpointsComparisonsOrAnUnknownTrialNeverConflict() {
        assertThat(ConflictRule.inConflict(median("PALOMA-2", 27.6, 14.5), median("PALOMA-3", 9.5, 4.6))).isFalse();
        assertThat(ConflictRule.inConflict(median("PALOMA-2", 27.6, 14.5),
                new FigureSet("PALOMA-2", "OS", Measure.MEDIAN, List.of(53.9, 51.2), null, List.of()))).isFalse();
        assertThat(ConflictRule.inConflict(
                new FigureSet("PACE", "PFS", Measure.HR, List.of(1.11), null,
                        List.of("palbociclib + fulvestrant", "fulvestrant")),
                new FigureSet("PACE", "PFS", Measure.HR, List.of(0.75), null,
                        List.of("palbociclib + fulvestrant + avelumab", "fulvestrant")))).isFalse();
        assertThat(ConflictRule.inConflict(median(null, 27.6, 14.5), median(null, 24.8, 14.5))).isFalse();
    }

    private static FigureSet median(String trial, double... values) {
        return new FigureSet(trial, "PFS", Measure.MEDIAN, java.util.Arrays.stream(values).boxed().toList(), null,
                List.of());
    }

    private static FigureSet ratio(String trial, double value, List<Double> ci) {
        return new FigureSet(trial, "PFS", Measure.HR, List.of(value), ci, List.of());
    }
}
