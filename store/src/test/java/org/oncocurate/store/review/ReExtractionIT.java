package org.oncocurate.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.export.RecordId;
import org.oncocurate.model.finding.DrugFinding;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.VariantFinding;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.outbox.OutboxMessage;

class ReExtractionIT {
    private static final String PAPER = TestDatabase.paperId(4242);
    private static final Instant FIRST = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-11-20T10:00:00Z");

    private static Database database;
    private static StoreServices store;

    @BeforeAll
    static void extractReviewAndExtractAgain() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
        Account alice = TestDatabase.account(store, "alice", Role.CURATOR);
        store.findings().store(TestDatabase.findings(PAPER, "extract-1", FIRST, List.of(
                gene(), drug("CDK4/6 inhibitor"), TestDatabase.hazardRatio("PALOMA-2", 0.58, 0.46, 0.72, true),
                variant())));
        store.review().approve(id("gene:ESR1"), alice);
        store.review().reject(id("drug:palbociclib"), alice, "mentioned only in a reference title");
        store.review().approve(id(hazardKey()), alice);
        store.review().approve(id("variant:ESR1:D538G"), alice);
        drain();

        store.findings().store(TestDatabase.findings(PAPER, "extract-2", SECOND, List.of(
                gene(), drug("kinase inhibitor"), TestDatabase.hazardRatio("PALOMA-2", 0.58, 0.46, 0.69, true),
                new GeneFinding("TP53", "7157", List.of(TestDatabase.evidence("TP53", "TP53 was mutated.")), 0.9))));
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    private static Finding gene() {
        return new GeneFinding("ESR1", "2099", List.of(TestDatabase.evidence("ESR1", "ESR1 mutations arise.")), 0.9);
    }

    private static Finding drug(String drugClass) {
        return new DrugFinding("palbociclib", drugClass,
                List.of(TestDatabase.evidence("palbociclib", "See the palbociclib trial.")), 0.9);
    }

    private static Finding variant() {
        return new VariantFinding("ESR1", "D538G", List.of(TestDatabase.evidence("D538G", "ESR1 D538G arises.")), 0.9);
    }

    private static String hazardKey() {
        return TestDatabase.hazardRatio("PALOMA-2", 0.58, 0.46, 0.72, true).key();
    }

    private static String id(String key) {
        return RecordId.of(PAPER, key);
    }

    private static StoredFinding current(String key) {
        return store.findings().byRecordId(id(key)).orElseThrow();
    }

    private static List<OutboxMessage> drain() {
        List<OutboxMessage> published = new ArrayList<>();
        while (store.outbox().relay(100, published::addAll) > 0) {
            // keep relaying until the outbox is empty
        }
        return published;
    }

    @Test
    void aDecisionOnAnUnchangedFactCarriesOverToTheNewerExtractorVersion() {
        StoredFinding gene = current("gene:ESR1");
        assertThat(gene.extractorVersion()).startsWith("extract-2 ");
        assertThat(gene.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(gene.decidedBy()).isEqualTo("alice");
        assertThat(gene.priorDecision()).isNull();
        assertThat(store.review().history(gene.recordId())).extracting(AuditEntry::action)
                .containsExactly("approve", "carry-over");
    }

    @Test
    void aChangedFactComesBackPendingWithItsEarlierDecisionShown() {
        StoredFinding drug = current("drug:palbociclib");
        assertThat(drug.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(drug.priorDecision().get("status").asText()).isEqualTo("rejected");
        assertThat(drug.priorDecision().get("reason").asText()).isEqualTo("mentioned only in a reference title");
        assertThat(drug.priorDecision().get("extractor_version").asText()).startsWith("extract-1 ");

        assertThat(store.findings().byRecordId(id(hazardKey()))).as("the HR as first read").isEmpty();
        StoredFinding hazard = current(TestDatabase.hazardRatio("PALOMA-2", 0.58, 0.46, 0.69, true).key());
        assertThat(hazard.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(hazard.priorDecision().get("status").asText()).isEqualTo("approved");
        assertThat(hazard.priorDecision().get("record").get("ci").get(1).asDouble()).isEqualTo(0.72);
        assertThat(store.review().history(hazard.recordId())).extracting(AuditEntry::action)
                .containsExactly("reopen");
        assertThat(store.review().history(id(hazardKey()))).extracting(AuditEntry::action)
                .containsExactly("approve", "withdraw");
    }

    @Test
    void aNewFactIsPendingAndAPublishedFactNoLongerFoundIsRetracted() {
        StoredFinding added = current("gene:TP53");
        assertThat(added.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(added.priorDecision()).isNull();
        assertThat(store.findings().byRecordId(id("variant:ESR1:D538G"))).isEmpty();

        List<OutboxMessage> published = drain();

        assertThat(published).as("tombstones of the published facts no longer found as they were")
                .allSatisfy(message -> assertThat(message.payload()).isNull())
                .extracting(OutboxMessage::key)
                .containsExactlyInAnyOrder(id("variant:ESR1:D538G"), id(hazardKey()));
        assertThat(store.review().history(id("variant:ESR1:D538G"))).last()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("withdraw"));
    }

    @Test
    void aLateRedeliveryOfTheOlderExtractionChangesNothing() {
        store.findings().store(TestDatabase.findings(PAPER, "extract-1", FIRST, List.of(gene())));

        assertThat(store.papers().find(PAPER).orElseThrow().extractorVersion()).startsWith("extract-2 ");
        assertThat(current("gene:ESR1").extractorVersion()).startsWith("extract-2 ");
    }

    @Test
    void theSameExtractorWithOtherLexiconsIsANewerExtractionThatCarriesDecisionsOver() {
        String paper = TestDatabase.paperId(4343);
        Account bob = TestDatabase.account(store, "bob", Role.CURATOR);
        store.findings().store(extraction(paper, Map.of("drugs", "curated-1"), FIRST));
        String first = store.papers().find(paper).orElseThrow().extractorVersion();
        String recordId = RecordId.of(paper, "gene:ESR1");
        store.review().approve(recordId, bob);

        store.findings().store(extraction(paper, Map.of("drugs", "curated-1", "drugbank", "2025"), SECOND));

        String second = store.papers().find(paper).orElseThrow().extractorVersion();
        assertThat(second).startsWith("extract-3 on ingest-1 ").isNotEqualTo(first);
        StoredFinding gene = store.findings().byRecordId(recordId).orElseThrow();
        assertThat(gene.extractorVersion()).isEqualTo(second);
        assertThat(gene.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(store.review().history(recordId)).extracting(AuditEntry::action)
                .containsExactly("approve", "carry-over");
    }

    @Test
    void anEditProposedOnAnOlderExtractionStillNeedsASecondPersonWhenThatExtractionIsCurrentAgain() {
        String paper = TestDatabase.paperId(4444);
        Account carol = TestDatabase.account(store, "carol", Role.CURATOR);
        Account dave = TestDatabase.account(store, "dave", Role.CURATOR);
        String recordId = RecordId.of(paper, "gene:ESR1");
        store.findings().store(extraction(paper, Map.of("drugs", "curated-1"), FIRST));
        store.review().edit(recordId, carol, Json.mapper().createObjectNode().put("ncbi_gene_id", "2100"), null);

        store.findings().store(extraction(paper, Map.of("drugs", "curated-2"), SECOND));
        store.review().approve(recordId, dave); // dave approves carol's edit as carried to the second extraction
        store.findings().store(extraction(paper, Map.of("drugs", "curated-1"), SECOND.plusSeconds(60)));

        StoredFinding again = store.findings().byRecordId(recordId).orElseThrow();
        assertThat(again.status()).isEqualTo(ReviewStatus.PROPOSED);
        assertThatThrownBy(() -> store.review().approve(recordId, carol))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(store.review().approve(recordId, dave).status()).isEqualTo(ReviewStatus.EDITED);
    }

    private static FindingsExtracted extraction(String paper, Map<String, String> lexicons, Instant at) {
        return new FindingsExtracted(paper, at, new Findings(paper, "extract-3", lexicons,
                new Bibliography("A review", List.of(), null, 2024, null), List.of(gene()), "ingest-1"));
    }
}
