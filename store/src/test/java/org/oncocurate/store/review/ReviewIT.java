package org.oncocurate.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.event.CuratedRecord;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.outbox.OutboxChannel;
import org.oncocurate.store.outbox.OutboxMessage;
import org.oncocurate.store.paper.PaperState;

class ReviewIT {
    private static Database database;
    private static StoreServices store;
    private static int papers;
    private static Account alice;
    private static Account bob;
    private static Account carol;

    @BeforeAll
    static void connect() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
        alice = TestDatabase.account(store, "alice", Role.CURATOR);
        bob = TestDatabase.account(store, "bob", Role.EDITOR);
        carol = TestDatabase.account(store, "carol", Role.CURATOR);
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    private static String storedPaper() {
        String paperId = TestDatabase.paperId(++papers);
        store.findings().store(TestDatabase.findings(paperId));
        return paperId;
    }

    private static StoredFinding first(String paperId, FindingKind kind) {
        return store.findings().forPaper(paperId).stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private static StoredFinding hazardRatio(String paperId) {
        return store.findings().forPaper(paperId).stream()
                .filter(f -> f.kind() == FindingKind.OUTCOME && "HR".equals(f.record().get("measure").asText()))
                .findFirst().orElseThrow();
    }

    private static List<OutboxMessage> drainOutbox() {
        List<OutboxMessage> published = new ArrayList<>();
        while (store.outbox().relay(100, published::addAll) > 0) {
            // keep relaying until the outbox is empty
        }
        return published;
    }

    @Test
    void theSameFindingsEventDeliveredTwiceIsStoredOnce() {
        String paperId = TestDatabase.paperId(++papers);
        assertThat(store.findings().store(TestDatabase.findings(paperId))).isEqualTo(4);
        assertThat(store.findings().store(TestDatabase.findings(paperId))).isZero();

        assertThat(store.findings().forPaper(paperId)).hasSize(4);
        long rows = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT count(*) FROM finding WHERE paper_id = :id").bind("id", paperId)
                .mapTo(Long.class).one());
        assertThat(rows).isEqualTo(4);
        assertThat(store.papers().find(paperId).orElseThrow().state()).isEqualTo(PaperState.EXTRACTED);
    }

    @Test
    void approvingPublishesTheRecordAndLeavesAnAuditEntry() {
        drainOutbox();
        String paperId = storedPaper();
        StoredFinding gene = first(paperId, FindingKind.GENE);

        StoredFinding approved = store.review().approve(gene.recordId(), alice);

        assertThat(approved.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("alice");
        List<OutboxMessage> published = drainOutbox();
        assertThat(published).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(OutboxChannel.CURATED_RECORD);
            assertThat(message.key()).isEqualTo(gene.recordId());
            CuratedRecord record = Json.read(message.payload(), CuratedRecord.class);
            assertThat(record.status()).isEqualTo("approved");
            assertThat(record.record().get("symbol").asText()).isEqualTo("ESR1");
        });
        assertThat(store.review().history(gene.recordId())).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("alice");
            assertThat(entry.paperId()).isEqualTo(paperId);
            assertThat(entry.action()).isEqualTo("approve");
            assertThat(entry.before().get("status").asText()).isEqualTo("pending");
            assertThat(entry.after().get("status").asText()).isEqualTo("approved");
        });
    }

    @Test
    void rejectingAnApprovedRecordRetractsItWithATombstone() {
        String paperId = storedPaper();
        StoredFinding drug = first(paperId, FindingKind.DRUG);
        store.review().approve(drug.recordId(), alice);
        drainOutbox();

        StoredFinding rejected = store.review().reject(drug.recordId(), bob, "not discussed as a treatment");

        assertThat(rejected.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("not discussed as a treatment");
        assertThat(drainOutbox()).singleElement().satisfies(message -> {
            assertThat(message.key()).isEqualTo(drug.recordId());
            assertThat(message.payload()).isNull();
        });
    }

    @Test
    void aRejectionNeedsAReason() {
        StoredFinding gene = first(storedPaper(), FindingKind.GENE);
        assertThatThrownBy(() -> store.review().reject(gene.recordId(), bob, " "))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void anEditKeepsTheMachineValueBesideTheCuratorsAndIsPublishedOnceASecondPersonApprovesIt() {
        drainOutbox();
        StoredFinding hazard = hazardRatio(storedPaper());
        ObjectNode changes = Json.mapper().createObjectNode();
        changes.putArray("ci").add(0.46).add(0.69);

        StoredFinding edited = store.review().edit(hazard.recordId(), carol, changes, "rounded as in the abstract");

        assertThat(edited.status()).isEqualTo(ReviewStatus.PROPOSED);
        assertThat(edited.effectiveRecord().get("ci").get(1).asDouble()).isEqualTo(0.69);
        assertThat(edited.record().get("ci").get(1).asDouble()).isEqualTo(0.687);
        assertThat(drainOutbox()).as("an edit alone is not published").isEmpty();

        StoredFinding approved = store.review().approve(hazard.recordId(), alice);

        assertThat(approved.status()).isEqualTo(ReviewStatus.EDITED);
        assertThat(drainOutbox()).singleElement().satisfies(message -> {
            JsonNode record = Json.read(message.payload(), CuratedRecord.class).record();
            assertThat(record.get("ci").get(1).asDouble()).isEqualTo(0.69);
            assertThat(record.get("status").asText()).isEqualTo("edited");
        });
    }

    @Test
    void aCuratorCannotApproveTheirOwnEdit() {
        StoredFinding hazard = hazardRatio(storedPaper());
        ObjectNode changes = Json.mapper().createObjectNode().put("p", "0.001");
        store.review().edit(hazard.recordId(), carol, changes, null);

        assertThatThrownBy(() -> store.review().approve(hazard.recordId(), carol))
                .isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("second person");
                });
        assertThatThrownBy(() -> store.review().approveAll(List.of(hazard.recordId()), carol))
                .isInstanceOf(ReviewException.class);
        assertThat(store.findings().byRecordId(hazard.recordId()).orElseThrow().status())
                .isEqualTo(ReviewStatus.PROPOSED);
    }

    @Test
    void rejectingTheirOwnEditDoesNotLetACuratorThenApproveIt() {
        StoredFinding hazard = hazardRatio(storedPaper());
        store.review().edit(hazard.recordId(), carol, Json.mapper().createObjectNode().put("value", 0.5), null);
        store.review().reject(hazard.recordId(), carol, "second thoughts");

        assertThatThrownBy(() -> store.review().approve(hazard.recordId(), carol))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(store.review().approve(hazard.recordId(), alice).status()).isEqualTo(ReviewStatus.EDITED);
    }

    @Test
    void bulkApproveLeavesAnEditedFactToItsOwnPage() {
        StoredFinding hazard = hazardRatio(storedPaper());
        store.review().edit(hazard.recordId(), carol, Json.mapper().createObjectNode().put("value", 56.0), null);

        assertThatThrownBy(() -> store.review().approveAll(List.of(hazard.recordId()), alice))
                .isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.details()).singleElement().asString().contains("curator's edit");
                });
        assertThat(store.findings().byRecordId(hazard.recordId()).orElseThrow().status())
                .isEqualTo(ReviewStatus.PROPOSED);
    }

    @Test
    void bulkApproveRefusesAFactWithAFailedCheckAndApprovesNothing() {
        String paperId = TestDatabase.paperId(++papers);
        store.findings().store(TestDatabase.findings(paperId, "extract-test", TestDatabase.clock().instant(),
                List.of(TestDatabase.hazardRatio("MONALEESA-2", 0.56, 0.43, 0.72, true),
                        TestDatabase.hazardRatio("MONALEESA-7", 5.6, 0.43, 0.72, false))));
        List<StoredFinding> facts = store.findings().forPaper(paperId);
        StoredFinding failing = facts.stream().filter(StoredFinding::failsChecks).findFirst().orElseThrow();

        assertThatThrownBy(() -> store.review().approveAll(facts.stream().map(StoredFinding::recordId).toList(), alice))
                .isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.details()).singleElement().asString()
                            .startsWith(failing.recordId()).contains("checks failed");
                });
        assertThat(store.findings().forPaper(paperId)).allSatisfy(fact ->
                assertThat(fact.status()).isEqualTo(ReviewStatus.PENDING));

        List<StoredFinding> approved = store.review().approveAll(facts.stream().filter(fact -> !fact.failsChecks())
                .map(StoredFinding::recordId).toList(), alice);
        assertThat(approved).singleElement().satisfies(fact ->
                assertThat(fact.status()).isEqualTo(ReviewStatus.APPROVED));
    }

    @Test
    void onlyAnEditorMayWithdrawAPublishedRecord() {
        StoredFinding gene = first(storedPaper(), FindingKind.GENE);
        store.review().approve(gene.recordId(), alice);

        assertThatThrownBy(() -> store.review().reject(gene.recordId(), carol, "not a finding"))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(store.review().reject(gene.recordId(), bob, "not a finding").status())
                .isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void aProposedEditOfAPublishedRecordLeavesItPublishedUntilItIsRejected() {
        StoredFinding hazard = hazardRatio(storedPaper());
        store.review().approve(hazard.recordId(), alice);
        drainOutbox();
        store.review().edit(hazard.recordId(), carol, Json.mapper().createObjectNode().put("p", "0.01"), null);
        assertThat(drainOutbox()).isEmpty();

        store.review().reject(hazard.recordId(), bob, "the paper says p<0.001; the edit is wrong and so is the fact");

        assertThat(drainOutbox()).singleElement().satisfies(message -> assertThat(message.payload()).isNull());
    }

    @Test
    void anEditOfAFieldThatCannotBeEditedIsRefused() {
        StoredFinding gene = first(storedPaper(), FindingKind.GENE);
        ObjectNode changes = Json.mapper().createObjectNode().put("paper", "someone else's");
        assertThatThrownBy(() -> store.review().edit(gene.recordId(), carol, changes, null))
                .isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("'paper'");
                });
        assertThat(store.findings().byRecordId(gene.recordId()).orElseThrow().status())
                .isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aDecisionOnAnUnknownRecordIsNotFound() {
        assertThatThrownBy(() -> store.review().approve("no-such-record", alice))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theAuditTrailCannotBeRewritten() {
        StoredFinding gene = first(storedPaper(), FindingKind.GENE);
        store.review().approve(gene.recordId(), alice);
        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle
                .execute("UPDATE decision SET actor = 'mallory' WHERE record_id = ?", gene.recordId())))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle
                .execute("DELETE FROM decision WHERE record_id = ?", gene.recordId())))
                .hasMessageContaining("append-only");
    }
}
