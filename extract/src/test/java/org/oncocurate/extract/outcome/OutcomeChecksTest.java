package org.oncocurate.extract.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncocurate.extract.outcome.Facts.arm;
import static org.oncocurate.extract.outcome.Facts.hazardRatio;
import static org.oncocurate.extract.outcome.Facts.median;
import static org.oncocurate.extract.outcome.Facts.medianComparing;
import static org.oncocurate.extract.outcome.Facts.medianWithCi;
import static org.oncocurate.extract.outcome.Facts.rate;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;

class OutcomeChecksTest {

    @Test
    void ciOrderedFlagsABackwardsIntervalAndPassesAnOrderedOne() {
        assertThat(check(hazardRatio("X-1", 0.6, List.of(0.8, 0.5), null), "ci-ordered"))
                .hasValueSatisfying(result -> {
                    assertThat(result.passed()).isFalse();
                    assertThat(result.suggestion()).isEqualTo("0.5-0.8");
                });
        assertThat(check(hazardRatio("X-1", 0.6, List.of(0.5, 0.8), null), "ci-ordered"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void aFactWhoseStudyIsUnnamedFailsTrialResolvedAndOneTiedToATrialPassesIt() {
        assertThat(check(hazardRatio(null, 0.6, List.of(0.5, 0.8), "<0.001"), "trial-resolved"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(hazardRatio("X-1", 0.6, List.of(0.5, 0.8), "<0.001"), "trial-resolved"))
                .hasValueSatisfying(result -> {
                    assertThat(result.passed()).isTrue();
                    assertThat(result.message()).contains("X-1");
                });
    }

    @Test
    void ciContainsEstimateFlagsARatioOutsideItsInterval() {
        assertThat(check(hazardRatio("X-1", 0.9, List.of(0.5, 0.8), null), "ci-contains-estimate"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(hazardRatio("X-1", 0.6, List.of(0.5, 0.8), null), "ci-contains-estimate"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void ciContainsEstimateAlsoChecksASingleMedianWithItsInterval() {
        assertThat(check(medianWithCi(9.0, 3.6, 7.6), "ci-contains-estimate"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(medianWithCi(5.5, 3.6, 7.6), "ci-contains-estimate"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void pAgreesWithCiFlagsAnIntervalExcludingOneWithANonSignificantP() {
        assertThat(check(hazardRatio("X-1", 0.6, List.of(0.5, 0.8), "0.20"), "p-agrees-with-ci"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(hazardRatio("X-1", 0.6, List.of(0.5, 0.8), "<0.001"), "p-agrees-with-ci"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void pAgreesWithCiTakesItsThresholdFromTheLevelOfTheInterval() {
        assertThat(OutcomeChecks.pAgreesWithCi(List.of(0.29, 0.57), "0.02", 0.008).passed()).isFalse();
        assertThat(OutcomeChecks.pAgreesWithCi(List.of(0.29, 0.57), "<0.001", 0.008).passed()).isTrue();
        assertThat(OutcomeChecks.pAgreesWithCi(List.of(0.29, 0.57), "0.02", 0.05).passed()).isTrue();
    }

    @Test
    void pAgreesWithCiFlagsAnIntervalContainingOneWithASignificantP() {
        assertThat(check(hazardRatio("X-1", 1.1, List.of(0.8, 1.3), "<0.001"), "p-agrees-with-ci"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(hazardRatio("X-1", 1.1, List.of(0.8, 1.3), "0.40"), "p-agrees-with-ci"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void pAgreesWithCiSaysNothingWhenABoundSitsOnOneWithinRounding() {
        assertThat(check(hazardRatio("X-1", 0.8, List.of(0.64, 1.0), "0.03"), "p-agrees-with-ci")).isEmpty();
    }

    @Test
    void plausibleRangeFlagsAMedianWithALostDecimalPointAndOffersTheRepairedReading() {
        assertThat(check(median("MONALEESA-2", "PFS", 253, 16), "plausible-range"))
                .hasValueSatisfying(result -> {
                    assertThat(result.passed()).isFalse();
                    assertThat(result.suggestion()).isEqualTo("25.3");
                    assertThat(result.message()).contains("253").contains("25.3");
                });
        assertThat(check(median("MONALEESA-2", "PFS", 25.3, 16), "plausible-range"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void plausibleRangeFlagsRatesAbove100AndRatiosOutOfRange() {
        assertThat(check(rate("ORR", 553, 44.4), "plausible-range")).hasValueSatisfying(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.suggestion()).isEqualTo("55.3");
        });
        assertThat(check(rate("ORR", 55.3, 44.4), "plausible-range"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
        assertThat(check(hazardRatio("X-1", 56, null, null), "plausible-range")).hasValueSatisfying(result -> {
            assertThat(result.passed()).isFalse();
            assertThat(result.suggestion()).isEqualTo("0.56");
        });
        assertThat(check(hazardRatio("X-1", 0.59, List.of(0.0, 1.0), null), "plausible-range"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(median("X-1", "OS", 0), "plausible-range"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
    }

    @Test
    void plausibleRangeMeasuresMediansInTheirOwnUnit() {
        OutcomeFinding weeks = new OutcomeFinding("X-1", "TTP", Measure.MEDIAN,
                List.of(Arm.unlabelled(24)), null, null, null, "weeks", List.of(),
                OutcomeSource.TEXT, List.of(), List.of(), List.of(Facts.evidence(0)), 0.8);

        assertThat(check(weeks, "plausible-range")).hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void armCountFlagsMoreArmsNamedThanValuesAndARatioOfThreeArms() {
        var three = List.of(arm("fulvestrant", "fulvestrant"), arm("palbociclib + fulvestrant"),
                arm("palbociclib + fulvestrant + avelumab"));
        assertThat(check(medianComparing("PACE", "PFS", three, 4.8, 4.6), "arm-count"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(medianComparing("PACE", "PFS", three, 4.8, 4.6, 8.1), "arm-count"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
        assertThat(check(Facts.ratio("PACE", 1.11, null, null, three, OutcomeSource.TABLE, 0), "arm-count"))
                .hasValueSatisfying(result -> assertThat(result.passed()).isFalse());
        assertThat(check(Facts.ratio("PACE", 1.11, null, null, three.subList(0, 2), OutcomeSource.TABLE, 0),
                "arm-count")).hasValueSatisfying(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void reportsNoCheckThatDoesNotApply() {
        List<CheckResult> results = OutcomeChecks.run(median("X-1", "PFS", 24.8, 14.5));

        assertThat(results).extracting(CheckResult::check).containsExactly("plausible-range", "trial-resolved");
    }

    @Test
    void repairedFiguresRestoreTheLostDecimalPointOnly() {
        assertThat(OutcomeChecks.repairedFigures(median("X-1", "PFS", 253, 16))).containsExactly(25.3, 16.0);
        assertThat(OutcomeChecks.repairedFigures(median("X-1", "PFS", 24.8, 16))).containsExactly(24.8, 16.0);
    }

    private static Optional<CheckResult> check(OutcomeFinding fact, String name) {
        return OutcomeChecks.run(fact).stream().filter(result -> result.check().equals(name)).findFirst();
    }
}
