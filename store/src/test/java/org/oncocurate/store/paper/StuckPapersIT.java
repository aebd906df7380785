package org.oncocurate.store.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.event.PaperSubmitted;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.outbox.OutboxChannel;
import org.oncocurate.store.outbox.OutboxMessage;

class StuckPapersIT {
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private static Database database;
    private static StoreServices store;
    private static StuckPapers stuck;
    private static int papers;

    @BeforeAll
    static void connect() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 1024, TestDatabase.clock());
        stuck = new StuckPapers(database.jdbi(), TestDatabase.clock());
    }

    @AfterAll
    static void disconnect() {
        database.close();
    }

    @BeforeEach
    void nothingLeftOver() {
        drainOutbox();
        database.jdbi().useHandle(handle -> handle.execute(
                "UPDATE paper SET state = 'extracted' WHERE state IN ('submitted', 'ingested')"));
    }

    @Test
    void aPaperLeftInIngestedPastTheLimitIsSentThroughThePipelineAgainFromItsStoredPdf() {
        String paperId = submitted("stuck after ingest");
        drainOutbox();
        setState(paperId, "ingested", Duration.ofMinutes(11));

        StuckPapers.Sweep sweep = stuck.sweep(LIMIT, 2);

        assertThat(sweep).isEqualTo(new StuckPapers.Sweep(1, 0));
        assertThat(drainOutbox()).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(OutboxChannel.PAPER_SUBMITTED);
            PaperSubmitted event = Json.read(message.payload(), PaperSubmitted.class);
            assertThat(event.paperId()).isEqualTo(paperId);
            assertThat(event.fileName()).isEqualTo("stuck after ingest.pdf");
            assertThat(event.submittedBy()).isEqualTo("alice");
        });
        assertThat(store.papers().find(paperId).orElseThrow().state()).isEqualTo(PaperState.INGESTED);
        assertThat(stuck.sweep(LIMIT, 2).isEmpty()).as("its clock restarted with the re-drive").isTrue();
    }

    @Test
    void aPaperStillStuckAfterItsRedrivesIsRejectedAsStuckWithTheReason() {
        String paperId = submitted("never gets further");
        drainOutbox();
        for (int redrive = 1; redrive <= 2; redrive++) {
            setState(paperId, "submitted", Duration.ofMinutes(11));
            assertThat(stuck.sweep(LIMIT, 2)).isEqualTo(new StuckPapers.Sweep(1, 0));
            assertThat(drainOutbox()).hasSize(1);
        }
        setState(paperId, "submitted", Duration.ofMinutes(11));

        assertThat(stuck.sweep(LIMIT, 2)).isEqualTo(new StuckPapers.Sweep(0, 1));

        PaperSummary paper = store.papers().find(paperId).orElseThrow();
        assertThat(paper.state()).isEqualTo(PaperState.REJECTED);
        assertThat(paper.rejectionReason()).isEqualTo("STUCK");
        assertThat(paper.rejectionMessage()).contains("stuck in state 'submitted'").contains("after 2 re-drives");
        assertThat(drainOutbox()).isEmpty();
    }

    @Test
    void recentPapersFinishedPapersAndSubmissionsStillInTheOutboxAreNotStuck() {
        String recent = submitted("recent");
        drainOutbox();
        setState(recent, "ingested", Duration.ofMinutes(9));
        String finished = submitted("finished");
        drainOutbox();
        setState(finished, "extracted", Duration.ofHours(5));
        String waitingForTheBroker = submitted("waiting for the broker");
        setState(waitingForTheBroker, "submitted", Duration.ofHours(1));

        assertThat(stuck.sweep(LIMIT, 2).isEmpty()).isTrue();
        assertThat(drainOutbox()).extracting(OutboxMessage::key).containsExactly(waitingForTheBroker);
    }

    private static String submitted(String name) {
        byte[] pdf = ("%PDF-1.7 " + name + " " + papers++).getBytes(StandardCharsets.US_ASCII);
        return store.submissions().submit(pdf, name + ".pdf", "alice").paperId();
    }

    private static void setState(String paperId, String state, Duration ago) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        UPDATE paper SET state = :state, updated_at = now() - :millis * interval '1 millisecond'
                        WHERE id = :id""")
                .bind("state", state).bind("millis", ago.toMillis()).bind("id", paperId).execute());
    }

    private static List<OutboxMessage> drainOutbox() {
        List<OutboxMessage> published = new ArrayList<>();
        while (store.outbox().relay(100, published::addAll) > 0) {
            // keep relaying until the outbox is empty
        }
        return published;
    }
}
