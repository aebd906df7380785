package org.oncocurate.store.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.event.FindingsExtracted;
import org.oncocurate.model.export.RecordId;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;

class ConflictRepositoryIT {
    private static final String FIRST = paper("first review");
    private static final String SECOND = paper("second review");
    private static final String THIRD = paper("third review");

    private static EmbeddedPostgres postgres;
    private static Database database;
    private static StoreServices store;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = Database.connect(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", 2);
        store = StoreServices.over(database, 1024 * 1024, Clock.systemUTC());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
        postgres.close();
    }

    @Test
    void listsTheFiguresTwoPapersStateDifferentlyForOneTrialEndpointAndMeasure() {
        extracted(FIRST, "extract-1", median("PALOMA-2", 24.8, 14.5), ratio("PALOMA-2", 0.58),
                ratio("MONARCH-3", 0.54));
        extracted(SECOND, "extract-1", median("Paloma 2", 27.6, 14.5), ratio("PALOMA-2", 0.58),
                ratio("MONARCH 3", 0.540), median(null, 24.8, 10.0));

        List<CrossPaperConflict> conflicts = store.conflicts().forTrial("PALOMA-2");

        assertThat(store.conflicts().all()).containsAll(conflicts);
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.endpoint()).isEqualTo("PFS");
            assertThat(conflict.measure()).isEqualTo("median");
            List<ConflictSide> sides = List.of(conflict.first(), conflict.second());
            assertThat(sides).extracting(ConflictSide::paperId).containsExactlyInAnyOrder(FIRST, SECOND);
            assertThat(sides).extracting(ConflictSide::figures)
                    .containsExactlyInAnyOrder(List.of(24.8, 14.5), List.of(27.6, 14.5));
            assertThat(sides).extracting(ConflictSide::recordId).contains(
                    RecordId.of(FIRST, median("PALOMA-2", 24.8, 14.5).key()));
            assertThat(sides).extracting(ConflictSide::status).containsOnly("pending");
        });
        assertThat(store.conflicts().forTrial("paloma-2")).isEqualTo(conflicts);
        assertThat(store.conflicts().forTrial("MONARCH-3")).isEmpty();
    }

    @Test
    void statementsWithinOnePaperAreNotCrossPaperConflicts() {
        extracted(paper("one review"), "extract-1", ratio("BOLERO-2", 0.45), ratio("BOLERO-2", 0.52));

        assertThat(store.conflicts().forTrial("BOLERO-2")).isEmpty();
    }

    @Test
    void readsTheRecordsAsCuratorsLeftThem() {
        extracted(FIRST, "extract-1", median("MONALEESA-2", 25.3, 16.0));
        extracted(SECOND, "extract-1", median("MONALEESA-2", 23.5, 16.0));
        extracted(THIRD, "extract-1", median("MONALEESA-2", 21.0, 16.0));
        assertThat(store.conflicts().forTrial("MONALEESA-2")).hasSize(3);

        store.review().reject(RecordId.of(THIRD, median("MONALEESA-2", 21.0, 16.0).key()), "curator",
                "misread figure");
        ObjectNode corrected = Json.mapper().createObjectNode();
        corrected.putArray("arms").add(arm(25.3)).add(arm(16.0));
        store.review().edit(RecordId.of(SECOND, median("MONALEESA-2", 23.5, 16.0).key()), "curator", corrected,
                "as in the trial's publication");

        assertThat(store.conflicts().forTrial("MONALEESA-2")).isEmpty();
    }

    @Test
    void onlyEachPaperSCurrentExtractionCounts() {
        String earlier = paper("earlier review");
        String later = paper("later review");
        extracted(earlier, "extract-1", median("PALOMA-3", 9.5, 4.6));
        extracted(later, "extract-1", median("PALOMA-3", 9.2, 3.8));
        assertThat(store.conflicts().forTrial("PALOMA-3")).hasSize(1);

        extracted(later, "extract-2", median("PALOMA-3", 9.5, 4.6));

        assertThat(store.conflicts().forTrial("PALOMA-3")).isEmpty();
    }

    private static String paper(String name) {
        return PaperId.of(name.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode arm(double value) {
        return Json.mapper().createObjectNode().put("label", (String) null).put("value", value);
    }

    private static void extracted(String paperId, String version, Finding... findings) {
        store.findings().store(new FindingsExtracted(paperId, Instant.now(),
                new Findings(paperId, version, Map.of(), null, Arrays.asList(findings))));
    }

    private static OutcomeFinding median(String trial, double... values) {
        return new OutcomeFinding(trial, "PFS", Measure.MEDIAN,
                Arrays.stream(values).mapToObj(Arm::unlabelled).toList(), null, null, null, "months", List.of(),
                OutcomeSource.TEXT, List.of(), List.of(), List.of(evidence()), 0.8);
    }

    private static OutcomeFinding ratio(String trial, double value) {
        return new OutcomeFinding(trial, "PFS", Measure.HR, List.of(), value, null, null, null, List.of(),
                OutcomeSource.TEXT, List.of(), List.of(), List.of(evidence()), 0.8);
    }

    private static Evidence evidence() {
        return new Evidence(1, 0, 10, "0123456789", "0123456789", 0, List.of(), false, null);
    }
}
