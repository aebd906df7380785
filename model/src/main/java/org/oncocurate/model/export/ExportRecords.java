package org.oncocurate.model.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncocurate.model.finding.Arm;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.DrugClassFinding;
import org.oncocurate.model.finding.DrugFinding;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.finding.GeneFamilyFinding;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.model.finding.OutcomeConflict;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.finding.TrialFinding;
import org.oncocurate.model.finding.VariantFinding;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Region;

/**
 * Turns findings into the records of the JSON Lines export (the shape {@code score.py} reads), with their provenance:
 * paper, citation, extractor and lexicon versions, and evidence. The pipeline's store and {@code curate extract}
 * both export through here, so they print the same records for the same PDF.
 */
public final class ExportRecords {
    private ExportRecords() {
    }

    /** Where a finding comes from: the same for all findings of one extraction. */
    public record Provenance(String paperId, Bibliography bibliography, String extractorVersion,
                             Map<String, String> lexiconVersions, String ingestVersion) {

        public Provenance(String paperId, Bibliography bibliography, String extractorVersion,
                          Map<String, String> lexiconVersions) {
            this(paperId, bibliography, extractorVersion, lexiconVersions, null);
        }

        public static Provenance of(Findings findings) {
            return new Provenance(findings.paperId(), findings.bibliography(), findings.extractorVersion(),
                    findings.lexiconVersions(), findings.ingestVersion());
        }
    }

    public static ObjectNode toRecord(Provenance provenance, Finding finding, String status) {
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("kind", finding.kind().label());
        record.put("record_id", RecordId.of(provenance.paperId(), finding.key()));
        record.put("paper", provenance.paperId());
        record.put("status", status);
        if (finding instanceof GeneFinding gene) {
            record.put("symbol", gene.symbol());
            record.put("ncbi_gene_id", gene.ncbiGeneId());
        } else if (finding instanceof DrugFinding drug) {
            record.put("name", drug.name());
            record.put("class", drug.drugClass());
        } else if (finding instanceof VariantFinding variant) {
            record.put("gene", variant.gene());
            record.put("change", variant.change());
        } else if (finding instanceof TrialFinding trial) {
            record.put("name", trial.name());
            record.put("nct", trial.nct());
            record.put("phase", trial.phase());
        } else if (finding instanceof OutcomeFinding outcome) {
            putOutcome(record, provenance.paperId(), outcome);
        } else if (finding instanceof GeneFamilyFinding family) {
            record.put("name", family.name());
            family.members().forEach(record.putArray("members")::add);
        } else if (finding instanceof DrugClassFinding drugClass) {
            record.put("name", drugClass.name());
            drugClass.members().forEach(record.putArray("members")::add);
        }
        ArrayNode mentions = record.putArray("mentions");
        Set<String> surfaces = new LinkedHashSet<>();
        finding.evidence().forEach(evidence -> surfaces.add(evidence.surface()));
        surfaces.forEach(mentions::add);
        record.put("confidence", finding.confidence());
        putProvenance(record, provenance);
        ArrayNode evidenceArray = record.putArray("evidence");
        finding.evidence().forEach(evidence -> evidenceArray.add(evidenceNode(evidence)));
        return record;
    }

    private static void putOutcome(ObjectNode record, String paperId, OutcomeFinding outcome) {
        record.put("trial", outcome.trial());
        record.put("trial_unknown", outcome.trial() == null);
        record.put("endpoint", outcome.endpoint());
        record.put("measure", outcome.measure().label());
        ArrayNode arms = record.putArray("arms");
        for (Arm arm : outcome.arms()) {
            ObjectNode node = arms.addObject().put("label", arm.label()).put("value", arm.value());
            arm.drugs().forEach(node.putArray("drugs")::add);
        }
        if (outcome.value() == null) {
            record.putNull("value");
        } else {
            record.put("value", outcome.value());
        }
        putNumbers(record, "ci", outcome.ci());
        if (outcome.ciLevel() != null) {
            record.put("ci_level", outcome.ciLevel());
        }
        record.put("p", outcome.p());
        record.put("unit", outcome.unit());
        record.put("comparison", outcome.comparison().isEmpty() ? null
                : String.join(" vs ", outcome.comparison().stream().map(Treatment::label).toList()));
        ArrayNode comparison = record.putArray("comparison_arms");
        for (Treatment treatment : outcome.comparison()) {
            ObjectNode node = comparison.addObject().put("label", treatment.label());
            treatment.drugs().forEach(node.putArray("drugs")::add);
        }
        record.put("source", outcome.source().label());
        ArrayNode checks = record.putArray("checks");
        for (CheckResult check : outcome.checks()) {
            checks.add(Json.mapper().valueToTree(check));
        }
        record.put("checks_pass", outcome.checksPass());
        ArrayNode conflicts = record.putArray("conflicts");
        for (OutcomeConflict conflict : outcome.conflicts()) {
            ObjectNode node = conflicts.addObject();
            node.put("record_id", RecordId.of(paperId, conflict.key()));
            node.put("key", conflict.key());
            node.put("source", conflict.source().label());
            putNumbers(node, "values", conflict.values());
            putNumbers(node, "ci", conflict.ci());
            node.put("p", conflict.p());
        }
    }

    private static void putNumbers(ObjectNode node, String field, List<Double> numbers) {
        if (numbers == null) {
            node.putNull(field);
        } else {
            numbers.forEach(node.putArray(field)::add);
        }
    }

    private static void putProvenance(ObjectNode record, Provenance provenance) {
        Bibliography bibliography = provenance.bibliography();
        ObjectNode source = record.putObject("source_paper");
        source.put("title", bibliography.title());
        source.put("doi", bibliography.doi());
        source.put("journal", bibliography.journal());
        if (bibliography.year() == null) {
            source.putNull("year");
        } else {
            source.put("year", bibliography.year());
        }
        ArrayNode authors = source.putArray("authors");
        bibliography.authors().forEach(authors::add);
        record.put("extractor_version", provenance.extractorVersion());
        record.put("ingest_version", provenance.ingestVersion());
        record.set("lexicon_versions", Json.mapper().valueToTree(provenance.lexiconVersions()));
    }

    private static ObjectNode evidenceNode(Evidence evidence) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("page", evidence.page());
        node.put("start", evidence.start());
        node.put("end", evidence.end());
        node.put("surface", evidence.surface());
        node.put("sentence", evidence.sentence());
        node.put("ocr", evidence.ocr());
        node.put("repair", evidence.repair());
        ArrayNode regions = node.putArray("regions");
        for (Region region : evidence.regions()) {
            regions.addObject().put("page", region.page())
                    .put("x", region.box().x()).put("y", region.box().y())
                    .put("width", region.box().width()).put("height", region.box().height());
        }
        return node;
    }
}
