package org.oncocurate.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oncocurate.extract.Extractor;
import org.oncocurate.extract.eval.GoldScorer;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.StageRejection;

/**
 * Scores extraction over whole corpus folders: every {@code *.gold.json} whose {@code document.pdf} names a PDF
 * beside it (relative to the gold file's folder) is one document; its PDF is read by ingest and extract and its
 * records scored against the gold; the totals are summed over the documents (micro-averaged), as
 * {@code eval-corpus.sh} and {@code score.py --micro} do.
 */
final class CorpusEvaluation {
    /** One scored document: its name (the gold file's name without {@code .gold.json}), its PDF and scores. */
    record Document(String name, Path pdf, Map<String, KindScore> scores, List<JsonNode> records) {
        Document {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            records = List.copyOf(records);
        }
    }

    /** A gold file and the PDF it scores. */
    record GoldDocument(String name, Path gold, Path pdf) {
    }

    private CorpusEvaluation() {
    }

    /** The gold files of the folders that name an existing PDF, in name order per folder. */
    static List<GoldDocument> goldDocuments(List<Path> folders) throws IOException {
        List<GoldDocument> documents = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a folder: " + folder);
            }
            Map<String, Path> golds = new TreeMap<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.gold.json")) {
                stream.forEach(gold -> golds.put(gold.getFileName().toString(), gold));
            }
            for (Path gold : golds.values()) {
                JsonNode document = readGold(gold).path("document");
                String pdf = document.isObject() ? document.path("pdf").asText("") : "";
                if (!pdf.isEmpty() && Files.isRegularFile(folder.resolve(pdf))) {
                    String name = gold.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
                    documents.add(new GoldDocument(name, gold, folder.resolve(pdf)));
                }
            }
        }
        return documents;
    }

    /** Reads and scores each document; a PDF that ingest rejects is scored with no records. */
    static List<Document> evaluate(List<GoldDocument> documents, PdfIngest ingest, Extractor extractor)
            throws IOException {
        List<Document> scored = new ArrayList<>();
        for (GoldDocument document : documents) {
            List<JsonNode> records;
            try {
                records = EvalCommand.records(extractor.apply(ingest.apply(Files.readAllBytes(document.pdf()))));
            } catch (StageRejection rejection) {
                System.err.println(document.pdf() + ": rejected: " + rejection.reason() + ": "
                        + rejection.getMessage());
                records = List.of();
            }
            scored.add(new Document(document.name(), document.pdf(),
                    GoldScorer.score(records, readGold(document.gold())), records));
        }
        return scored;
    }

    /** Each kind's scores summed over the documents that score it. */
    static Map<String, KindScore> micro(List<Document> documents) {
        Map<String, List<KindScore>> byKind = new LinkedHashMap<>();
        for (Document document : documents) {
            document.scores().forEach((kind, score) -> byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(score));
        }
        Map<String, KindScore> totals = new LinkedHashMap<>();
        for (String kind : List.of("gene", "drug", "trial", "outcome")) {
            if (byKind.containsKey(kind)) {
                totals.put(kind, KindScore.sum(kind, byKind.get(kind)));
            }
        }
        return totals;
    }

    /** How many documents score each kind. */
    static Map<String, Integer> documentCounts(List<Document> documents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Document document : documents) {
            document.scores().keySet().forEach(kind -> counts.merge(kind, 1, Integer::sum));
        }
        return counts;
    }

    static JsonNode readGold(Path gold) {
        try {
            JsonNode node = Json.mapper().readTree(gold.toFile());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("gold file " + gold + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read gold file " + gold + ": " + e.getMessage(), e);
        }
    }
}
