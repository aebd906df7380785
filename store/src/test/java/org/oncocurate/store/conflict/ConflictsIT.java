package org.oncocurate.store.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.review.ReviewException;
import org.oncocurate.store.review.ReviewStatus;
import org.oncocurate.store.review.StoredFinding;

class ConflictsIT {
    private static Database database;
    private static StoreServices store;
    private static final String FIRST = TestDatabase.paperId(1);
    private static final String SECOND = TestDatabase.paperId(2);

    @BeforeAll
    static void twoPapersThatDisagree() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
        store.findings().store(TestDatabase.findings(FIRST, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("PALOMA-2", 0.58, 0.46, 0.72, true),
                TestDatabase.hazardRatio("MONALEESA-2", 0.56, 0.43, 0.72, true),
                TestDatabase.hazardRatio("BOLERO-2", 0.45, 0.38, 0.54, true))));
        store.findings().store(TestDatabase.findings(SECOND, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("Paloma 2", 0.63, 0.46, 0.72, true),
                TestDatabase.hazardRatio("MONALEESA-2", 0.56, 0.43, 0.72, true),
                TestDatabase.hazardRatio("BOLERO-2", 0.43, 0.35, 0.54, true))));
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    @Test
    void theSameTrialEndpointAndMeasureWithDifferentValuesIsAnOpenConflictAcrossPapers() {
        assertThat(store.conflicts().forTrial("PALOMA2")).singleElement().satisfies(conflict -> {
            assertThat(conflict.trial()).isEqualTo("PALOMA2");
            assertThat(conflict.endpoint()).isEqualTo("PFS");
            assertThat(List.of(conflict.first().paperId(), conflict.second().paperId()))
                    .containsExactlyInAnyOrder(FIRST, SECOND);
        });
        assertThat(store.conflicts().forPaper(SECOND)).isNotEmpty()
                .allSatisfy(conflict -> assertThat(conflict.involves(conflict.first().recordId())).isTrue());
        assertThat(store.conflicts().forTrial("MONALEESA2")).as("the same value twice is no conflict").isEmpty();
    }

    @Test
    void keepingBothSidesWithAReasonClosesTheConflictAndIsInBothAuditTrails() {
        String third = TestDatabase.paperId(3);
        store.findings().store(TestDatabase.findings(third, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("INVENTA-9", 0.61, 0.5, 0.74, true),
                TestDatabase.hazardRatio("INVENTA-9", 0.72, 0.6, 0.86, true))));
        Conflict conflict = store.conflicts().forTrial("INVENTA9").get(0);
        var dana = TestDatabase.account(store, "dana", Role.CURATOR);

        assertThatThrownBy(() -> store.conflicts().keepBoth(conflict.first().recordId(),
                conflict.second().recordId(), dana, " "))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(400));
        store.conflicts().keepBoth(conflict.second().recordId(), conflict.first().recordId(), dana,
                "the first is the overall population, the second a subgroup");

        assertThat(store.conflicts().forTrial("INVENTA9")).isEmpty();
        for (StoredFinding side : List.of(conflict.first(), conflict.second())) {
            assertThat(store.review().history(side.recordId())).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("keep-both");
                assertThat(entry.actor()).isEqualTo("dana");
                assertThat(entry.reason()).startsWith("the first is the overall population");
            });
            assertThat(store.findings().byRecordId(side.recordId()).orElseThrow().status())
                    .as("keeping both decides neither").isEqualTo(ReviewStatus.PENDING);
        }
        assertThatThrownBy(() -> store.conflicts().keepBoth(conflict.first().recordId(),
                conflict.second().recordId(), dana, "again"))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void rejectingOneSideClosesTheConflict() {
        Conflict conflict = store.conflicts().forTrial("BOLERO2").get(0);
        store.review().reject(conflict.second().recordId(), TestDatabase.account(store, "dana", Role.CURATOR),
                "misread in the second review");

        assertThat(store.conflicts().forTrial("BOLERO2")).isEmpty();
    }

    @Test
    void aValueAndItsRoundingAgree() {
        String first = TestDatabase.paperId(11);
        String second = TestDatabase.paperId(12);
        store.findings().store(TestDatabase.findings(first, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("MONARCH-2", 0.553, 0.449, 0.681, true))));
        store.findings().store(TestDatabase.findings(second, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("MONARCH 2", 0.55, 0.45, 0.68, true))));

        assertThat(store.conflicts().forTrial("MONARCH2")).isEmpty();
    }

    @Test
    void statementsWithinOnePaperThatDisagreeAreAConflictToo() {
        String paper = TestDatabase.paperId(13);
        store.findings().store(TestDatabase.findings(paper, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("TROPICS-02", 0.66, 0.53, 0.83, true),
                TestDatabase.hazardRatio("TROPICS-02", 0.79, 0.65, 0.96, true))));

        assertThat(store.conflicts().forTrial("TROPICS02")).singleElement().satisfies(conflict ->
                assertThat(conflict.first().paperId()).isEqualTo(conflict.second().paperId()).isEqualTo(paper));
    }

    @Test
    void onlyEachPapersCurrentExtractionCounts() {
        String earlier = TestDatabase.paperId(14);
        String later = TestDatabase.paperId(15);
        store.findings().store(TestDatabase.findings(earlier, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("PALOMA-3", 0.46, 0.36, 0.59, true))));
        store.findings().store(TestDatabase.findings(later, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("PALOMA-3", 0.42, 0.32, 0.56, true))));
        assertThat(store.conflicts().forTrial("PALOMA3")).hasSize(1);

        store.findings().store(TestDatabase.findings(later, "y", TestDatabase.clock().instant().plusSeconds(60),
                List.of(TestDatabase.hazardRatio("PALOMA-3", 0.46, 0.36, 0.59, true))));

        assertThat(store.conflicts().forTrial("PALOMA3")).isEmpty();
    }
}
