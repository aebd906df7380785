package org.oncocurate.store.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.event.PaperIngested;
import org.oncocurate.model.finding.DrugFinding;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;

/** A paper whose text still carries U+0000 (which PostgreSQL's text and jsonb cannot hold) is stored all the same. */
class NulCharacterIT {
    private static final String PAPER = String.format("%064x", 424_242);
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

    @Test
    void aTextAndFindingsWithANulAreStoredWithTheNulReplacedAndTheOffsetsKept() {
        String body = "The e\u0000cacy of lapatinib was shown.";
        Instant at = TestDatabase.clock().instant();
        PaperText text = new PaperText(PAPER, new Bibliography("Title with a \u0000", List.of("A. Au\u0000thor"),
                "J\u0000", 2024, null), body,
                List.of(new Page(1, 0, body.length(), 595, 842, TextSource.TEXT_LAYER, List.of(), null)),
                List.of(), List.of(), List.of(), List.of(), "ingest-test");

        store.papers().ingested(new PaperIngested(PAPER, "ingest-test", at, text));
        Evidence evidence = new Evidence(1, 14, 23, "lapatinib", body, 0, List.of(), false, null);
        store.findings().store(new FindingsExtracted(PAPER, at, new Findings(PAPER, "extract-test", Map.of(),
                text.bibliography(), List.of(new DrugFinding("lapatinib", null, List.of(evidence), 0.9)))));

        PaperText stored = store.papers().text(PAPER).orElseThrow();
        assertThat(stored.text()).isEqualTo("The e\ufffdcacy of lapatinib was shown.").hasSameSizeAs(body);
        assertThat(stored.text().substring(14, 23)).isEqualTo("lapatinib");
        assertThat(store.papers().find(PAPER).orElseThrow().title()).isEqualTo("Title with a \ufffd");
        assertThat(store.findings().forPaper(PAPER)).hasSize(1);
    }
}
