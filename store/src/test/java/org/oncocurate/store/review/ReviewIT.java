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
import org.oncocurate.store.outbox.OutboxChannel;
import org.oncocurate.store.outbox.OutboxMessage;
import org.oncocurate.store.paper.PaperState;

class ReviewIT {
    private static Database database;
    private static StoreServices store;
    private static int papers;

    @BeforeAll
    static void connect() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
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

        StoredFinding approved = store.review().approve(gene.recordId(), "alice");

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
            assertThat(entry.action()).isEqualTo("approve");
            assertThat(entry.before().get("status").asText()).isEqualTo("pending");
            assertThat(entry.after().get("status").asText()).isEqualTo("approved");
        });
    }

    @Test
    void rejectingAnApprovedRecordRetractsItWithATombstone() {
        String paperId = storedPaper();
        StoredFinding drug = first(paperId, FindingKind.DRUG);
        store.review().approve(drug.recordId(), "alice");
        drainOutbox();

        StoredFinding rejected = store.review().reject(drug.recordId(), "bob", "not discussed as a treatment");

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
        assertThatThrownBy(() -> store.review().reject(gene.recordId(), "bob", " "))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void anEditKeepsTheMachineValueBesideTheCuratorsAndIsPublished() {
        drainOutbox();
        StoredFinding hazard = store.findings().forPaper(storedPaper()).stream()
                .filter(f -> f.kind() == FindingKind.OUTCOME && "HR".equals(f.record().get("measure").asText()))
                .findFirst().orElseThrow();
        ObjectNode changes = Json.mapper().createObjectNode();
        changes.putArray("ci").add(0.46).add(0.69);

        StoredFinding edited = store.review().edit(hazard.recordId(), "carol", changes, "rounded as in the abstract");

        assertThat(edited.status()).isEqualTo(ReviewStatus.EDITED);
        assertThat(edited.effectiveRecord().get("ci").get(1).asDouble()).isEqualTo(0.69);
        assertThat(edited.record().get("ci").get(1).asDouble()).isEqualTo(0.687);
        assertThat(drainOutbox()).singleElement().satisfies(message -> {
            JsonNode record = Json.read(message.payload(), CuratedRecord.class).record();
            assertThat(record.get("ci").get(1).asDouble()).isEqualTo(0.69);
            assertThat(record.get("status").asText()).isEqualTo("edited");
        });
    }

    @Test
    void anEditOfAFieldThatCannotBeEditedIsRefused() {
        StoredFinding gene = first(storedPaper(), FindingKind.GENE);
        ObjectNode changes = Json.mapper().createObjectNode().put("paper", "someone else's");
        assertThatThrownBy(() -> store.review().edit(gene.recordId(), "carol", changes, null))
                .isInstanceOfSatisfying(ReviewException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("'paper'");
                });
        assertThat(store.findings().byRecordId(gene.recordId()).orElseThrow().status())
                .isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aDecisionOnAnUnknownRecordIsNotFound() {
        assertThatThrownBy(() -> store.review().approve("no-such-record", "alice"))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theAuditTrailCannotBeRewritten() {
        StoredFinding gene = first(storedPaper(), FindingKind.GENE);
        store.review().approve(gene.recordId(), "alice");
        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle
                .execute("UPDATE decision SET actor = 'mallory' WHERE record_id = ?", gene.recordId())))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle
                .execute("DELETE FROM decision WHERE record_id = ?", gene.recordId())))
                .hasMessageContaining("append-only");
    }
}
