package org.oncocurate.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.review.FindingRepository;
import org.oncocurate.store.review.StoredFinding;

/**
 * Records as a BioC JSON collection: one document per paper, one passage per evidence sentence (offset = where the
 * sentence starts in the paper's text), one annotation per piece of evidence with its location (document offsets)
 * and the record's values as infons. Every infon is a string, as BioC requires.
 */
final class BiocCollection {
    private BiocCollection() {
    }

    private record Passage(int offset, int page, String text, List<Map<String, Object>> annotations) {
    }

    static void write(FindingRepository findings, boolean curatedOnly, Instant now, OutputStream out)
            throws IOException {
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("source", "OncoCurate");
            json.writeStringField("date", now.atOffset(ZoneOffset.UTC).toLocalDate().toString());
            json.writeStringField("key", "oncocurate.key");
            json.writeObjectFieldStart("infons");
            json.writeStringField("exported_at", now.toString());
            json.writeStringField("records", curatedOnly ? "curated" : "all");
            json.writeEndObject();
            json.writeArrayFieldStart("documents");
            List<StoredFinding> paper = new ArrayList<>();
            findings.forEachCurrent(curatedOnly, finding -> {
                if (!paper.isEmpty() && !paper.get(0).paperId().equals(finding.paperId())) {
                    document(json, paper);
                    paper.clear();
                }
                paper.add(finding);
            });
            if (!paper.isEmpty()) {
                document(json, paper);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void document(JsonGenerator json, List<StoredFinding> findings) {
        try {
            JsonNode source = findings.get(0).effectiveRecord().path("source_paper");
            Map<String, String> infons = new LinkedHashMap<>();
            infons.put("title", source.path("title").asText(""));
            infons.put("doi", source.path("doi").asText(""));
            infons.put("journal", source.path("journal").asText(""));
            infons.put("year", source.path("year").asText(""));
            infons.put("extractor_version", findings.get(0).extractorVersion());
            Map<Integer, Passage> passages = new TreeMap<>();
            for (StoredFinding finding : findings) {
                JsonNode record = finding.effectiveRecord();
                int n = 0;
                for (JsonNode evidence : record.path("evidence")) {
                    int offset = finding.sentenceStart(n) >= 0 ? finding.sentenceStart(n)
                            : evidence.path("start").asInt();
                    Passage passage = passages.computeIfAbsent(offset, start -> new Passage(start,
                            evidence.path("page").asInt(), evidence.path("sentence").asText(""), new ArrayList<>()));
                    passage.annotations().add(annotation(finding, record, evidence, ++n));
                }
            }
            json.writeStartObject();
            json.writeStringField("id", findings.get(0).paperId());
            json.writeObjectField("infons", infons);
            json.writeArrayFieldStart("passages");
            for (Passage passage : passages.values()) {
                json.writeStartObject();
                json.writeNumberField("offset", passage.offset());
                json.writeObjectField("infons", Map.of("type", "sentence", "page", String.valueOf(passage.page())));
                json.writeStringField("text", passage.text());
                json.writeArrayFieldStart("sentences");
                json.writeEndArray();
                json.writeObjectField("annotations", passage.annotations());
                json.writeArrayFieldStart("relations");
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("annotations");
            json.writeEndArray();
            json.writeArrayFieldStart("relations");
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }

    private static Map<String, Object> annotation(StoredFinding finding, JsonNode record, JsonNode evidence, int n) {
        Map<String, String> infons = new LinkedHashMap<>();
        infons.put("type", switch (finding.kind()) {
            case GENE -> "Gene";
            case DRUG -> "Chemical";
            case VARIANT -> "Mutation";
            case TRIAL -> "ClinicalTrial";
            case OUTCOME -> "Outcome";
            case GENE_FAMILY -> "GeneFamily";
            case DRUG_CLASS -> "ChemicalClass";
        });
        infons.put("record_id", finding.recordId());
        infons.put("status", finding.status().label());
        switch (finding.kind()) {
            case GENE -> {
                infons.put("symbol", record.path("symbol").asText(""));
                infons.put("identifier", record.path("ncbi_gene_id").isTextual()
                        ? "NCBIGene:" + record.path("ncbi_gene_id").asText() : "");
            }
            case DRUG -> {
                infons.put("name", record.path("name").asText(""));
                infons.put("class", record.path("class").asText(""));
            }
            case VARIANT -> {
                infons.put("gene", record.path("gene").asText(""));
                infons.put("change", record.path("change").asText(""));
            }
            case TRIAL -> {
                infons.put("name", record.path("name").asText(""));
                infons.put("identifier", record.path("nct").asText(""));
            }
            case OUTCOME -> {
                for (String field : List.of("trial", "endpoint", "measure", "value", "p", "unit", "checks_pass")) {
                    infons.put(field, record.path(field).isNull() ? "" : record.path(field).asText(""));
                }
                infons.put("ci", record.path("ci").isArray() ? record.path("ci").toString() : "");
                infons.put("arms", record.path("arms").toString());
            }
            case GENE_FAMILY, DRUG_CLASS -> {
                infons.put("name", record.path("name").asText(""));
                infons.put("members", record.path("members").toString());
            }
        }
        int start = evidence.path("start").asInt();
        int end = evidence.path("end").asInt();
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("id", finding.recordId() + "." + n);
        annotation.put("infons", infons);
        annotation.put("text", evidence.path("surface").asText(""));
        annotation.put("locations", List.of(Map.of("offset", start, "length", end - start)));
        return annotation;
    }
}
