package org.oncocurate.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.export.ExportFormat;
import org.oncocurate.store.outbox.OutboxMessage;

/**
 * The review's traps, closed at the service: bulk approval takes only pending facts that pass and are in no open
 * conflict, an edit is checked again, and a proposed edit can be discarded without a second person.
 */
class ReviewTrapsIT {
    /** Stands in for extraction's checks: only the order of the CI's bounds. */
    private static final OutcomeRecheck CI_ORDER = fact -> fact.ci() == null ? List.of()
            : List.of(fact.ci().get(0) < fact.ci().get(1)
                    ? new CheckResult("ci-ordered", true, "lower bound < upper bound", null)
                    : new CheckResult("ci-ordered", false, "lower bound is not below upper bound", null));

    private static Database database;
    private static StoreServices store;
    private static int papers = 100;
    private static Account alice;
    private static Account bob;
    private static Account carol;

    @BeforeAll
    static void connect() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock(), CI_ORDER);
        alice = TestDatabase.account(store, "alice", Role.CURATOR);
        bob = TestDatabase.account(store, "bob", Role.EDITOR);
        carol = TestDatabase.account(store, "carol", Role.CURATOR);
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    /**
     * A paper with a hazard ratio of each invented trial, in the order given; two of one trial with different values
     * are in conflict.
     */
    private static List<StoredFinding> paperWithRatios(String firstTrial, double first, String secondTrial,
                                                       double second) {
        String paperId = TestDatabase.paperId(++papers);
        store.findings().store(TestDatabase.findings(paperId, "extract-test", TestDatabase.clock().instant(),
                List.of(TestDatabase.hazardRatio(firstTrial, first, first - 0.1, first + 0.1, true),
                        TestDatabase.hazardRatio(secondTrial, second, second - 0.1, second + 0.1, true))));
        List<StoredFinding> facts = store.findings().forPaper(paperId);
        assertThat(facts).hasSize(2);
        return facts;
    }

    private static List<OutboxMessage> drainOutbox() {
        List<OutboxMessage> published = new ArrayList<>();
        while (store.outbox().relay(100, published::addAll) > 0) {
            // keep relaying until the outbox is empty
        }
        return published;
    }

    @Test
    void aRejectedFactIsNotApprovedInBulkAndKeepsItsReason() {
        List<StoredFinding> facts = paperWithRatios("INVENTA-1", 0.61, "INVENTA-1-B", 0.61);
        StoredFinding rejected = facts.get(0);
        store.review().reject(rejected.recordId(), alice, "a subgroup, not the overall population");

        assertThatThrownBy(() -> store.review().approveAll(List.of(rejected.recordId(), facts.get(1).recordId()),
                carol)).isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.details()).singleElement().asString().startsWith(rejected.recordId())
                            .contains("rejected");
                });

        StoredFinding after = store.findings().byRecordId(rejected.recordId()).orElseThrow();
        assertThat(after.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(after.decisionReason()).isEqualTo("a subgroup, not the overall population");
        assertThat(store.findings().byRecordId(facts.get(1).recordId()).orElseThrow().status())
                .as("all or nothing").isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void neitherSideOfAnOpenConflictIsApprovedInBulk() {
        List<StoredFinding> facts = paperWithRatios("INVENTA-2", 0.52, "INVENTA-2", 0.78);
        List<String> both = facts.stream().map(StoredFinding::recordId).toList();
        assertThat(store.conflicts().involvedRecordIds()).containsAll(both);

        assertThatThrownBy(() -> store.review().approveAll(both, alice))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.details()).hasSize(2)
                        .allSatisfy(line -> assertThat(line).contains("open conflict")));
        assertThat(store.findings().forPaper(facts.get(0).paperId()))
                .allSatisfy(fact -> assertThat(fact.status()).isEqualTo(ReviewStatus.PENDING));

        store.review().reject(facts.get(1).recordId(), alice, "the 12-month rate, not the HR");
        assertThat(store.review().approveAll(List.of(facts.get(0).recordId()), alice))
                .as("once one side is rejected the conflict is closed").singleElement()
                .satisfies(fact -> assertThat(fact.status()).isEqualTo(ReviewStatus.APPROVED));
    }

    @Test
    void anEditedCiIsCheckedAgainAndStoredAndExportedWithItsChecks() throws Exception {
        StoredFinding hazard = paperWithRatios("INVENTA-3", 0.62, "INVENTA-3-B", 0.62).get(0);
        assertThat(hazard.failsChecks()).isFalse();
        ObjectNode changes = Json.mapper().createObjectNode();
        changes.putArray("ci").add(0.85).add(0.39);

        StoredFinding edited = store.review().edit(hazard.recordId(), carol, changes, "as printed");

        assertThat(edited.failsChecks()).isTrue();
        assertThat(edited.effectiveRecord().get("checks_pass").asBoolean()).isFalse();
        assertThat(edited.effectiveRecord().get("checks")).singleElement().satisfies(check -> {
            assertThat(check.get("check").asText()).isEqualTo("ci-ordered");
            assertThat(check.get("passed").asBoolean()).isFalse();
        });
        assertThat(edited.record().get("checks_pass").asBoolean()).as("the machine's checks are kept").isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export().write(ExportFormat.JSONL, false, out);
        JsonNode exported = out.toString(StandardCharsets.UTF_8).lines().map(line -> Json.read(line, JsonNode.class))
                .filter(record -> hazard.recordId().equals(record.path("record_id").asText())).findFirst()
                .orElseThrow();
        assertThat(exported.get("ci").get(0).asDouble()).isEqualTo(0.85);
        assertThat(exported.get("checks_pass").asBoolean()).isFalse();
    }

    @Test
    void anEditThatDoesNotMakeAFactIsRefused() {
        StoredFinding hazard = paperWithRatios("INVENTA-4", 0.7, "INVENTA-4-B", 0.7).get(0);
        ObjectNode changes = Json.mapper().createObjectNode().put("measure", "median");

        assertThatThrownBy(() -> store.review().edit(hazard.recordId(), carol, changes, null))
                .isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("do not make an outcome fact");
                });
        assertThat(store.findings().byRecordId(hazard.recordId()).orElseThrow().status())
                .isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aDiscardedEditGoesBackToTheMachineValueWithoutASecondPerson() {
        StoredFinding hazard = paperWithRatios("INVENTA-5", 0.64, "INVENTA-5-B", 0.64).get(0);
        ObjectNode changes = Json.mapper().createObjectNode();
        changes.putArray("ci").add(0.85).add(0.39);
        store.review().edit(hazard.recordId(), carol, changes, null);
        drainOutbox();

        StoredFinding discarded = store.review().discardEdit(hazard.recordId(), alice, "a typo");

        assertThat(discarded.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(discarded.curated()).isNull();
        assertThat(discarded.failsChecks()).isFalse();
        assertThat(drainOutbox()).as("nothing was published").isEmpty();
        assertThat(store.review().history(hazard.recordId())).extracting(AuditEntry::action)
                .containsExactly("edit", "discard-edit");
        assertThat(store.review().approve(hazard.recordId(), carol).status())
                .as("the machine's value, approved by the person whose edit was discarded")
                .isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void discardingAnEditOfAPublishedFactRestoresWhatWasPublished() {
        StoredFinding hazard = paperWithRatios("INVENTA-6", 0.66, "INVENTA-6-B", 0.66).get(0);
        store.review().approve(hazard.recordId(), alice);
        store.review().edit(hazard.recordId(), carol, Json.mapper().createObjectNode().put("p", "0.2"), null);

        StoredFinding discarded = store.review().discardEdit(hazard.recordId(), carol, null);

        assertThat(discarded.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(discarded.curated()).isNull();
        assertThat(discarded.effectiveRecord().get("p").asText()).isEqualTo("<0.001");
    }

    @Test
    void onlyAProposedEditCanBeDiscarded() {
        StoredFinding pending = paperWithRatios("INVENTA-7", 0.7, "INVENTA-7-B", 0.7).get(0);

        assertThatThrownBy(() -> store.review().discardEdit(pending.recordId(), bob, null))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aDiscardedEditNoLongerBarsItsAuthorButANewEditDoes() {
        StoredFinding hazard = paperWithRatios("INVENTA-8", 0.68, "INVENTA-8-B", 0.68).get(0);
        store.review().edit(hazard.recordId(), carol, Json.mapper().createObjectNode().put("p", "0.01"), null);
        store.review().discardEdit(hazard.recordId(), carol, null);
        store.review().edit(hazard.recordId(), alice, Json.mapper().createObjectNode().put("p", "0.002"), null);

        assertThat(store.review().editorsOf(hazard.recordId())).containsExactly("alice");
        assertThatThrownBy(() -> store.review().approve(hazard.recordId(), alice))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(store.review().approve(hazard.recordId(), carol).status()).isEqualTo(ReviewStatus.EDITED);
    }
}
