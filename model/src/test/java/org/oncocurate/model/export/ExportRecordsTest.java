package org.oncocurate.model.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.DrugClassFinding;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.finding.GeneFamilyFinding;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.Bibliography;

class ExportRecordsTest {
    private static final String PAPER = "a".repeat(64);
    private static final ExportRecords.Provenance PROVENANCE =
            new ExportRecords.Provenance(PAPER, Bibliography.UNKNOWN, "extract-test", Map.of("genes", "g1"));
    private static final Evidence EVIDENCE =
            new Evidence(1, 10, 14, "PI3K", "PI3K signalling is active.", 10, List.of(), false, null);

    @Test
    void aGeneFamilyIsExportedUnderItsOwnKindWithItsMembers() {
        ObjectNode record = ExportRecords.toRecord(PROVENANCE,
                new GeneFamilyFinding("PI3K", List.of("PIK3CA", "PIK3CB"), List.of(EVIDENCE), 0.9), "pending");

        assertThat(record.get("kind").asText()).isEqualTo("gene_family");
        assertThat(record.get("name").asText()).isEqualTo("PI3K");
        assertThat(record.get("members")).extracting(node -> node.asText()).containsExactly("PIK3CA", "PIK3CB");
        assertThat(record.has("symbol")).isFalse();
    }

    @Test
    void aDrugClassIsExportedUnderItsOwnKindAndNeverAsADrug() {
        ObjectNode record = ExportRecords.toRecord(PROVENANCE,
                new DrugClassFinding("aromatase inhibitor", List.of("letrozole"), List.of(EVIDENCE), 0.9), "pending");

        assertThat(record.get("kind").asText()).isEqualTo("drug_class");
        assertThat(record.get("name").asText()).isEqualTo("aromatase inhibitor");
        assertThat(record.get("members")).extracting(node -> node.asText()).containsExactly("letrozole");
    }

    @Test
    void familiesAndClassesSurviveAJsonRoundTripAsFindings() throws Exception {
        Finding family = new GeneFamilyFinding("AKT", List.of("AKT1", "AKT2", "AKT3"), List.of(EVIDENCE), 0.8);
        Finding drugClass = new DrugClassFinding("SERD", List.of(), List.of(EVIDENCE), 0.8);

        for (Finding finding : List.of(family, drugClass)) {
            String json = Json.mapper().writerFor(Finding.class).writeValueAsString(finding);
            assertThat(Json.mapper().readValue(json, Finding.class)).isEqualTo(finding);
        }
        assertThat(FindingKind.fromLabel("gene_family")).isEqualTo(FindingKind.GENE_FAMILY);
        assertThat(FindingKind.DRUG_CLASS.label()).isEqualTo("drug_class");
    }
}
