package org.oncocurate.model.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.model.text.Fragment;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Region;
import org.oncocurate.model.text.TextSource;

/**
 * Pins the JSON shape of every event: a change that breaks a consumer of a topic fails here and needs a new topic
 * version. The fixtures are the contract; they are written by hand, not generated from the code.
 */
class EventContractTest {
    private static final Treatment PALBOCICLIB_LETROZOLE =
            new Treatment("palbociclib + letrozole", List.of("palbociclib", "letrozole"));
    private static final Treatment LETROZOLE = new Treatment("letrozole", List.of("letrozole"));
    static final String PAPER = "2c1deb5ea2f241c6974ee2c8b1b527b6a2cbd347ea95e4675c40c044c1900af4";
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void paperSubmittedKeepsItsShape() throws IOException {
        assertContract(new PaperSubmitted(PAPER, "review.pdf", 244744, "curator", AT), "paper-submitted.json",
                PaperSubmitted.class);
    }

    @Test
    void paperIngestedKeepsItsShape() throws IOException {
        assertContract(new PaperIngested(PAPER, "ingest-0.1.0", AT, paperText()), "paper-ingested.json",
                PaperIngested.class);
    }

    @Test
    void findingsExtractedKeepsItsShape() throws IOException {
        assertContract(new FindingsExtracted(PAPER, AT, findings()), "findings-extracted.json",
                FindingsExtracted.class);
    }

    @Test
    void paperRejectedKeepsItsShape() throws IOException {
        assertContract(new PaperRejected(PAPER, "ingest", RejectionReason.ENCRYPTED_PDF,
                "the PDF is encrypted with a password", 1, AT), "paper-rejected.json", PaperRejected.class);
    }

    @Test
    void curatedRecordKeepsItsShape() throws IOException {
        var record = Json.mapper().createObjectNode().put("kind", "gene").put("symbol", "ESR1");
        assertContract(new CuratedRecord("0123456789abcdef0123456789abcdef", PAPER, "approved", record, "curator",
                AT, 1), "curated-record.json", CuratedRecord.class);
    }

    static PaperText paperText() {
        String text = "ESR1 mutations.";
        BoundingBox box = new BoundingBox(50, 60, 120, 10);
        return new PaperText(PAPER, new Bibliography("A review", List.of("A. Author"), "Front Oncol", 2024,
                "10.3389/fonc.2024.1448687"), text,
                List.of(new Page(1, 0, text.length(), 595, 842, TextSource.TEXT_LAYER, List.of("Front Oncol"), null)),
                List.of(new Block(BlockKind.PARAGRAPH, 1, 0, text.length(), box)), List.of(), List.of(),
                List.of(new Fragment(0, text.length(), 1, box)), "ingest-0.1.0");
    }

    static Findings findings() {
        Evidence evidence = new Evidence(1, 0, 4, "ESR1", "ESR1 mutations.", 0,
                List.of(new Region(1, new BoundingBox(50, 60, 120, 10))), false, null);
        return new Findings(PAPER, "extract-0.1.0", Map.of("genes", "g1"), Bibliography.UNKNOWN, List.of(
                new GeneFinding("ESR1", "2099", List.of(evidence), 0.9),
                new OutcomeFinding("PALOMA-2", "PFS", Measure.HR, List.of(), 0.563, List.of(0.461, 0.687), "<0.001",
                        null, List.of(PALBOCICLIB_LETROZOLE, LETROZOLE), OutcomeSource.TEXT,
                        List.of(new CheckResult("ci-contains-estimate", true, "ok", null)), List.of(),
                        List.of(evidence), 0.8),
                new OutcomeFinding("PALOMA-2", "PFS", Measure.MEDIAN,
                        List.of(new Arm("palbociclib + letrozole", 27.6, List.of("palbociclib", "letrozole")),
                                new Arm("letrozole", 14.5, List.of("letrozole"))), null, null, null, "months",
                        List.of(PALBOCICLIB_LETROZOLE, LETROZOLE), OutcomeSource.TABLE, List.of(), List.of(),
                        List.of(evidence), 0.8)), "ingest-0.1.0");
    }

    @Test
    void aPaperIngestedWrittenBeforeReplacedCharactersWereCountedReadsAsNoneReplaced() throws IOException {
        JsonNode current;
        try (InputStream stream = EventContractTest.class.getResourceAsStream("paper-ingested.json")) {
            current = Json.mapper().readTree(stream);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) current.get("text")).remove("replacedCharacters");

        PaperIngested old = Json.read(Json.write(current), PaperIngested.class);

        assertThat(old.text().replacedCharacters()).isZero();
        assertThat(old.text().text()).isEqualTo("ESR1 mutations.");
    }

    private static <T> void assertContract(T event, String fixture, Class<T> type) throws IOException {
        JsonNode expected;
        try (InputStream stream = EventContractTest.class.getResourceAsStream(fixture)) {
            assertThat(stream).as("fixture " + fixture).isNotNull();
            expected = Json.mapper().readTree(stream);
        }
        JsonNode actual = Json.mapper().readTree(Json.write(event));
        assertThat(actual).isEqualTo(expected);
        assertThat(Json.read(Json.write(expected), type)).isEqualTo(event);
    }
}
