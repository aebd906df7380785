package org.oncocurate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.eval.GoldScorer;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.model.export.ExportRecords;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.VariantFinding;
import org.oncocurate.model.json.Json;

/**
 * The entity stage on the seed review's OCR text, read directly (no PDF reader in between), scored by the rules of
 * the evaluation guide against the seed gold files.
 */
class SeedCorpusEntitiesTest {
    private static Findings findings;
    private static List<JsonNode> records;
    private static JsonNode entitiesGold;
    private static JsonNode outcomesGold;

    @BeforeAll
    static void extractTheSeedReview() throws IOException {
        Path seed = PlainTextPapers.seedCorpus();
        findings = Extractor.create(ExtractionResources.load())
                .apply(PlainTextPapers.read(seed.resolve("endocrine-resistance-review.ocr.txt")));
        ExportRecords.Provenance provenance = new ExportRecords.Provenance(findings.paperId(), findings.bibliography(),
                findings.extractorVersion(), findings.lexiconVersions());
        records = new ArrayList<>();
        for (Finding finding : findings.findings()) {
            records.add(ExportRecords.toRecord(provenance, finding, "pending"));
        }
        entitiesGold = Json.mapper().readTree(seed.resolve("entities.gold.json").toFile());
        outcomesGold = Json.mapper().readTree(seed.resolve("outcomes.gold.json").toFile());
    }

    @Test
    void genesDrugsAndTrialsOfTheOcrTextMatchTheGold() {
        Map<String, KindScore> entities = GoldScorer.score(records, entitiesGold);
        KindScore trials = GoldScorer.score(records, outcomesGold).get("trial");

        assertThat(entities.get("gene").f1()).as("gene F1, missed %s, spurious %s", entities.get("gene").missed(),
                entities.get("gene").spurious()).isGreaterThanOrEqualTo(0.90);
        assertThat(entities.get("drug").f1()).as("drug F1, missed %s, spurious %s", entities.get("drug").missed(),
                entities.get("drug").spurious()).isGreaterThanOrEqualTo(0.90);
        assertThat(trials.f1()).as("trial F1, missed %s, spurious %s", trials.missed(), trials.spurious())
                .isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void familiesAndClassesAreNeverReportedAsGenesOrDrugs() {
        assertThat(findings.count(FindingKind.GENE_FAMILY)).isPositive();
        assertThat(findings.count(FindingKind.DRUG_CLASS)).isPositive();
        assertThat(records).filteredOn(r -> r.path("kind").asText().equals("gene"))
                .extracting(r -> r.path("symbol").asText()).doesNotContain("PI3K", "AKT", "ER", "FGFR", "NF-κB");
        assertThat(records).filteredOn(r -> r.path("kind").asText().equals("drug"))
                .extracting(r -> r.path("name").asText())
                .doesNotContain("aromatase inhibitor", "CDK4/6 inhibitor", "SERD");
    }

    @Test
    void repairedMentionsKeepTheirSurfaceAndSayWhatWasRepaired() {
        GeneFinding esr1 = findings.findings().stream().filter(GeneFinding.class::isInstance)
                .map(GeneFinding.class::cast).filter(g -> g.symbol().equals("ESR1")).findFirst().orElseThrow();
        assertThat(esr1.ncbiGeneId()).isEqualTo("2099");
        assertThat(esr1.evidence()).anySatisfy(evidence -> {
            assertThat(evidence.surface()).isEqualTo("ESRI");
            assertThat(evidence.repair()).isEqualTo("ESRI → ESR1");
        });
    }

    @Test
    void theEsr1HotspotMutationsAreVariantsOfEsr1() {
        List<String> esr1Changes = findings.findings().stream().filter(VariantFinding.class::isInstance)
                .map(VariantFinding.class::cast).filter(v -> "ESR1".equals(v.gene())).map(VariantFinding::change)
                .toList();
        assertThat(esr1Changes).contains("D538G", "Y537S", "Y537N");
    }

    @Test
    void theLexiconVersionsAreRecorded() {
        assertThat(findings.lexiconVersions()).containsKeys("genes", "drugs", "trials", "senses");
        assertThat(findings.lexiconVersions().get("genes")).contains("org.Hs.eg.db 3.16.0-1");
        assertThat(findings.extractorVersion()).isEqualTo(Extractor.VERSION);
    }
}
