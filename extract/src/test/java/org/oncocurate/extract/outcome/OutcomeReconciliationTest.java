package org.oncocurate.extract.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncocurate.extract.outcome.Facts.median;
import static org.oncocurate.extract.outcome.Facts.ratio;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.OutcomeConflict;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;

class OutcomeReconciliationTest {

    @Test
    void mergesARatioStatedInTheTextAndTheTableIntoOneFactWithTheTableSInterval() {
        OutcomeFinding text = ratio("TROPiCS-02", 0.66, null, "0.0003", List.of(), OutcomeSource.TEXT, 500);
        OutcomeFinding table = ratio("TROPiCS-02", 0.66, List.of(0.53, 0.83), null, List.of(), OutcomeSource.TABLE,
                900);

        List<OutcomeFinding> reconciled = OutcomeReconciliation.reconcile(List.of(table, text));

        assertThat(reconciled).singleElement().satisfies(fact -> {
            assertThat(fact.ci()).containsExactly(0.53, 0.83);
            assertThat(fact.p()).isEqualTo("0.0003");
            assertThat(fact.source()).isEqualTo(OutcomeSource.TEXT_AND_TABLE);
            assertThat(fact.evidence()).extracting(evidence -> evidence.start()).containsExactly(500, 900);
            assertThat(fact.checks()).extracting(check -> check.check()).contains("p-agrees-with-ci");
        });
    }

    @Test
    void twoStatementsOfOneRatioThatDisagreeListEachOther() {
        OutcomeFinding first = ratio("BOLERO-2", 0.45, null, null, List.of(), OutcomeSource.TEXT, 100);
        OutcomeFinding second = ratio("BOLERO-2", 0.52, null, null, List.of(), OutcomeSource.TEXT, 300);

        List<OutcomeFinding> reconciled = OutcomeReconciliation.reconcile(List.of(first, second));

        assertThat(reconciled).hasSize(2);
        assertThat(reconciled.get(0).conflicts()).extracting(OutcomeConflict::key).containsExactly(second.key());
        assertThat(reconciled.get(1).conflicts()).extracting(OutcomeConflict::values)
                .containsExactly(List.of(0.45));
    }

    @Test
    void theSameRatioWithTwoDifferentIntervalsStaysTwoConflictingFacts() {
        OutcomeFinding first = ratio("X-1", 0.6, List.of(0.5, 0.8), null, List.of(), OutcomeSource.TEXT, 100);
        OutcomeFinding second = ratio("X-1", 0.6, List.of(0.4, 0.9), null, List.of(), OutcomeSource.TABLE, 300);

        List<OutcomeFinding> reconciled = OutcomeReconciliation.reconcile(List.of(first, second));

        assertThat(reconciled).hasSize(2).allSatisfy(fact -> assertThat(fact.conflicts()).hasSize(1));
        assertThat(reconciled.get(0).key()).isNotEqualTo(reconciled.get(1).key());
    }

    @Test
    void aDisagreementThatALostDecimalPointExplainsIsLeftToThePlausibilityCheck() {
        OutcomeFinding damaged = median("MONALEESA-2", "PFS", 253, 16);
        OutcomeFinding prose = median("MONALEESA-2", "PFS", 25.3, 16.0);

        List<OutcomeFinding> reconciled = OutcomeReconciliation.reconcile(List.of(OutcomeFacts.checked(damaged),
                prose));

        assertThat(reconciled).allSatisfy(fact -> assertThat(fact.conflicts()).isEmpty());
        assertThat(reconciled.get(0).checksPass()).isFalse();
    }

    @Test
    void factsOfAnUnknownTrialAreKeptAndNeverConflict() {
        OutcomeFinding first = median(null, "PFS", 11.1);
        OutcomeFinding second = median(null, "PFS", 5.7);

        assertThat(OutcomeReconciliation.reconcile(List.of(first, second))).hasSize(2)
                .allSatisfy(fact -> assertThat(fact.conflicts()).isEmpty());
    }
}
