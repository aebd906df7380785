package org.oncocurate.store.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.event.PaperRejected;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.SecurityEvents;
import org.oncocurate.store.outbox.OutboxChannel;
import org.oncocurate.store.outbox.OutboxMessage;

class SubmissionsIT {
    private static Database database;
    private static StoreServices store;

    @BeforeAll
    static void connect() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 1024, TestDatabase.clock());
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    private static List<OutboxMessage> drainOutbox() {
        List<OutboxMessage> published = new ArrayList<>();
        while (store.outbox().relay(100, published::addAll) > 0) {
            // keep relaying until the outbox is empty
        }
        return published;
    }

    @Test
    void aSubmissionStoresTheBytesOnceAndQueuesThePaperOnce() {
        byte[] pdf = "%PDF-1.7 first".getBytes(StandardCharsets.US_ASCII);
        drainOutbox();

        Submissions.Receipt first = store.submissions().submit(pdf, "a.pdf", "alice");
        Submissions.Receipt again = store.submissions().submit(pdf.clone(), "a-copy.pdf", "bob");

        assertThat(first.paperId()).isEqualTo(PaperId.of(pdf)).isEqualTo(again.paperId());
        assertThat(first.queued()).isTrue();
        assertThat(again.queued()).isFalse();
        assertThat(store.blobs().get(first.paperId())).hasValue(pdf);
        assertThat(drainOutbox()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(OutboxChannel.PAPER_SUBMITTED);
            PaperSubmitted event = Json.read(message.payload(), PaperSubmitted.class);
            assertThat(event.paperId()).isEqualTo(first.paperId());
            assertThat(event.submittedBy()).isEqualTo("alice");
        });
        PaperSummary paper = store.papers().find(first.paperId()).orElseThrow();
        assertThat(paper.fileName()).isEqualTo("a.pdf");
        assertThat(paper.state()).isEqualTo(PaperState.SUBMITTED);
    }

    @Test
    void aRejectedPaperSubmittedAgainGoesThroughThePipelineAgain() {
        byte[] pdf = "%PDF-1.7 second".getBytes(StandardCharsets.US_ASCII);
        String paperId = store.submissions().submit(pdf, "b.pdf", "alice").paperId();
        store.papers().rejected(new PaperRejected(paperId, "ingest", RejectionReason.PARSE_TIMEOUT, "too slow", 1,
                TestDatabase.clock().instant()));
        assertThat(store.papers().find(paperId).orElseThrow().rejectionReason()).isEqualTo("PARSE_TIMEOUT");
        drainOutbox();

        assertThat(store.submissions().submit(pdf, "b-again.pdf", "bob").queued()).isTrue();

        PaperSummary paper = store.papers().find(paperId).orElseThrow();
        assertThat(paper.state()).isEqualTo(PaperState.SUBMITTED);
        assertThat(paper.rejectionReason()).isNull();
        assertThat(paper.submittedBy()).as("the first submitter stays").isEqualTo("alice");
        assertThat(store.securityEvents().recent(1)).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvents.Kind.PAPER_RESUBMITTED);
            assertThat(event.actor()).isEqualTo("bob");
            assertThat(event.detail()).contains(paperId);
        });
        assertThat(drainOutbox()).hasSize(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsStored() {
        byte[] big = new byte[2048];
        assertThatThrownBy(() -> store.submissions().submit(big, "big.pdf", "alice"))
                .isInstanceOf(Submissions.TooLarge.class).hasMessageContaining("limit is 1024");
        assertThat(store.blobs().get(PaperId.of(big))).isEmpty();
    }

    @Test
    void aLateIngestedEventDoesNotMoveAnExtractedPaperBack() {
        String paperId = TestDatabase.paperId(900);
        store.findings().store(TestDatabase.findings(paperId));
        store.papers().rejected(new PaperRejected(paperId, "extract", RejectionReason.RETRIES_EXHAUSTED, "late", 3,
                TestDatabase.clock().instant()));
        assertThat(store.papers().find(paperId).orElseThrow().state()).isEqualTo(PaperState.EXTRACTED);
    }
}
