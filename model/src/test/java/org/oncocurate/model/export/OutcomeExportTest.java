package org.oncocurate.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.conflict.FigureSet;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeConflict;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.Bibliography;

class OutcomeExportTest {
    private static final String PAPER = "a".repeat(64);
    private static final ExportRecords.Provenance PROVENANCE = new ExportRecords.Provenance(PAPER,
            Bibliography.UNKNOWN, "extract-test", Map.of("drugs", "1"));

    private static final Treatment PALBOCICLIB = new Treatment("palbociclib + letrozole",
            List.of("palbociclib", "letrozole"));
    private static final Treatment LETROZOLE = new Treatment("letrozole", List.of("letrozole"));
    private static final OutcomeFinding MEDIAN = new OutcomeFinding("PALOMA-2", "PFS", Measure.MEDIAN,
            List.of(new Arm(PALBOCICLIB.label(), 27.6, PALBOCICLIB.drugs()),
                    new Arm(LETROZOLE.label(), 14.5, LETROZOLE.drugs())),
            null, null, null, "months", List.of(PALBOCICLIB, LETROZOLE), OutcomeSource.TABLE,
            List.of(new CheckResult("plausible-range", true, "within range", null)),
            List.of(new OutcomeConflict("outcome:PALOMA2:PFS:median:24.8|14.5", OutcomeSource.TEXT,
                    List.of(24.8, 14.5), null, null)),
            List.of(new Evidence(5, 100, 125, "PFS 27.6 vs. 14.5 months", "PALOMA-2 III 666 ...", 90, List.of(),
                    false, null)), 0.85);
    private static final OutcomeFinding HAZARD = new OutcomeFinding("PALOMA-2", "PFS", Measure.HR, List.of(), 0.563,
            List.of(0.461, 0.687), "<0.001", null, List.of(PALBOCICLIB, LETROZOLE), OutcomeSource.TEXT_AND_TABLE,
            List.of(new CheckResult("p-agrees-with-ci", false, "the CI excludes 1 but p is 0.2", null)), List.of(),
            List.of(new Evidence(5, 126, 150, "HR 0.563; 95% CI 0.461-0.687", "row", 90, List.of(), false, null)),
            0.85);

    @Test
    void writesAMedianInTheShapeTheScorerReadsWithArmsDrugsComparisonAndConflicts() {
        ObjectNode record = ExportRecords.toRecord(PROVENANCE, MEDIAN, "pending");

        assertThat(record.get("kind").asText()).isEqualTo("outcome");
        assertThat(record.get("trial").asText()).isEqualTo("PALOMA-2");
        assertThat(record.get("measure").asText()).isEqualTo("median");
        assertThat(record.get("arms").get(0).get("label").asText()).isEqualTo("palbociclib + letrozole");
        assertThat(record.get("arms").get(0).get("value").asDouble()).isEqualTo(27.6);
        assertThat(record.get("arms").get(0).get("drugs")).extracting(JsonNode::asText)
                .containsExactly("palbociclib", "letrozole");
        assertThat(record.get("comparison").asText()).isEqualTo("palbociclib + letrozole vs letrozole");
        assertThat(record.get("unit").asText()).isEqualTo("months");
        assertThat(record.get("source").asText()).isEqualTo("table");
        JsonNode conflict = record.get("conflicts").get(0);
        assertThat(conflict.get("record_id").asText())
                .isEqualTo(RecordId.of(PAPER, "outcome:PALOMA2:PFS:median:24.8|14.5"));
        assertThat(conflict.get("values")).extracting(JsonNode::asDouble).containsExactly(24.8, 14.5);
        assertThat(conflict.get("source").asText()).isEqualTo("text");
        assertThat(record.get("evidence").get(0).get("surface").asText()).isEqualTo("PFS 27.6 vs. 14.5 months");
    }

    @Test
    void writesARatioWithItsValueCiPAndChecks() {
        ObjectNode record = ExportRecords.toRecord(PROVENANCE, HAZARD, "pending");

        assertThat(record.get("value").asDouble()).isEqualTo(0.563);
        assertThat(record.get("ci")).extracting(JsonNode::asDouble).containsExactly(0.461, 0.687);
        assertThat(record.get("p").asText()).isEqualTo("<0.001");
        assertThat(record.get("arms")).isEmpty();
        assertThat(record.get("source").asText()).isEqualTo("text+table");
        assertThat(record.get("checks").get(0).get("check").asText()).isEqualTo("p-agrees-with-ci");
        assertThat(record.get("checks_pass").asBoolean()).isFalse();
        assertThat(record.get("conflicts")).isEmpty();
    }

    @Test
    void anOutcomeFindingSurvivesTheEventJsonRoundTrip() {
        for (OutcomeFinding finding : List.of(MEDIAN, HAZARD)) {
            assertThat(Json.read(Json.writeString(finding), Finding.class)).isEqualTo(finding);
        }
    }

    @Test
    void aRecordReadsBackAsTheFiguresItWasWrittenFrom() {
        for (OutcomeFinding finding : List.of(MEDIAN, HAZARD)) {
            assertThat(FigureSet.fromRecord(ExportRecords.toRecord(PROVENANCE, finding, "pending")))
                    .isEqualTo(FigureSet.of(finding));
        }
    }

    @Test
    void writesAMedianNotReachedAsANullArmValueThatRoundTrips() {
        OutcomeFinding notReached = new OutcomeFinding("ZEPHYR-3", "OS", Measure.MEDIAN,
                List.of(new Arm("zelutinib", null, List.of()), new Arm("placebo", 19.2, List.of())), null, null,
                null, "months", List.of(), OutcomeSource.TEXT, List.of(), List.of(),
                List.of(new Evidence(1, 10, 40, "not reached vs. 19.2 months", "...", 0, List.of(), false, null)),
                0.8);

        ObjectNode record = ExportRecords.toRecord(PROVENANCE, notReached, "pending");

        assertThat(record.get("arms").get(0).get("value").isNull()).isTrue();
        assertThat(record.get("arms").get(1).get("value").asDouble()).isEqualTo(19.2);
        assertThat(notReached.figures()).containsExactly(19.2);
        assertThat(Json.read(Json.writeString(notReached), Finding.class)).isEqualTo(notReached);
        assertThat(FigureSet.fromRecord(record)).isEqualTo(FigureSet.of(notReached));
    }

    @Test
    void theKeyOfAFactIsItsNumbers() {
        assertThat(MEDIAN.key()).isEqualTo("outcome:PALOMA2:PFS:median:27.6|14.5");
        assertThat(HAZARD.key()).isEqualTo("outcome:PALOMA2:PFS:HR:0.563:ci=0.461-0.687:p=<0.001");
    }
}
