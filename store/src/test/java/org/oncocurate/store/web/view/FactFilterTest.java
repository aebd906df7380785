package org.oncocurate.store.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactFilterTest {
    private static final CheckView CI_FAILED = new CheckView("ci-ordered", false, "lower bound is not below", "");
    private static final CheckView TRIAL_OK = new CheckView("trial-resolved", true, "tied to INVENTA-1", "");

    private static FactView fact(String kind, String status, List<CheckView> checks, List<String> conflicts) {
        boolean pass = checks.stream().allMatch(CheckView::passed);
        return new FactView("r-" + kind + status, "p", "A paper", kind, status, "label", "", "INVENTA-1", "PFS", "HR",
                "", "0.6", "0.5–0.7", "", "", "text", "outcome".equals(kind), pass, checks, conflicts, "", "", "",
                null, List.of(), List.of(), List.of(), 0.8);
    }

    @Test
    void noCriteriaLetEveryFactThroughAndMissingOrUnknownValuesAreIgnored() {
        FactFilter filter = FactFilter.of(null, "<b>", "'; drop", "maybe", "x");

        assertThat(filter.any()).isFalse();
        assertThat(filter.page()).isEqualTo(1);
        assertThat(filter.matches(fact("gene", "rejected", List.of(), List.of()))).isTrue();
        assertThat(filter.query(1)).isEmpty();
    }

    @Test
    void aNamedCheckMatchesOnlyFactsWhereThatCheckFailed() {
        FactFilter filter = FactFilter.of("pending", "outcome", "ci-ordered", null, "2");

        assertThat(filter.matches(fact("outcome", "pending", List.of(CI_FAILED, TRIAL_OK), List.of()))).isTrue();
        assertThat(filter.matches(fact("outcome", "pending", List.of(TRIAL_OK), List.of()))).isFalse();
        assertThat(filter.matches(fact("outcome", "approved", List.of(CI_FAILED), List.of()))).isFalse();
        assertThat(filter.query(3)).isEqualTo("?status=pending&kind=outcome&check=ci-ordered&page=3");
    }

    @Test
    void theConflictCriterionSeparatesFactsInAnOpenConflictFromTheRest() {
        FactView conflicting = fact("outcome", "pending", List.of(TRIAL_OK), List.of("HR 0.78 elsewhere"));
        FactView alone = fact("outcome", "pending", List.of(TRIAL_OK), List.of());

        assertThat(FactFilter.of(null, null, null, "yes", null).matches(conflicting)).isTrue();
        assertThat(FactFilter.of(null, null, null, "yes", null).matches(alone)).isFalse();
        assertThat(FactFilter.of(null, null, "passed", "no", null).matches(alone)).isTrue();
        assertThat(FactFilter.of(null, null, "failed", null, null).matches(alone)).isFalse();
    }

    @Test
    void onlyPendingFactsThatPassAndAreInNoConflictCanBeApprovedInBulk() {
        assertThat(fact("outcome", "pending", List.of(TRIAL_OK), List.of()).bulkApprovable()).isTrue();
        assertThat(fact("outcome", "rejected", List.of(TRIAL_OK), List.of()).notBulkApprovable())
                .contains("rejected");
        assertThat(fact("outcome", "pending", List.of(TRIAL_OK), List.of("HR 0.78 elsewhere")).notBulkApprovable())
                .contains("conflict");
        assertThat(fact("outcome", "pending", List.of(CI_FAILED), List.of()).bulkApprovable()).isFalse();
    }
}
