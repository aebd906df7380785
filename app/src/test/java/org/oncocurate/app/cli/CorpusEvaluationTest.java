package org.oncocurate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncocurate.extract.eval.GoldScorer;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.model.json.Json;

class CorpusEvaluationTest {
    @TempDir
    Path folder;

    @Test
    void aGoldFileIsADocumentOnlyWhenItNamesAPdfBesideIt() throws Exception {
        Files.createDirectories(folder.resolve("rct"));
        Files.write(folder.resolve("rct/b.pdf"), new byte[] {1});
        Files.writeString(folder.resolve("rct-b.gold.json"), "{\"document\": {\"pdf\": \"rct/b.pdf\"}}");
        Files.writeString(folder.resolve("rct-a.gold.json"), "{\"document\": {\"pdf\": \"rct/missing.pdf\"}}");
        Files.writeString(folder.resolve("text-only.gold.json"), "{\"document\": \"a citation only\"}");

        List<CorpusEvaluation.GoldDocument> documents = CorpusEvaluation.goldDocuments(List.of(folder));

        assertThat(documents).extracting(CorpusEvaluation.GoldDocument::name).containsExactly("rct-b");
        assertThat(documents.get(0).pdf()).isEqualTo(folder.resolve("rct/b.pdf"));
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedByName() {
        assertThatThrownBy(() -> CorpusEvaluation.goldDocuments(List.of(folder.resolve("nowhere"))))
                .hasMessageContaining("nowhere");
    }

    @Test
    void microAveragingSumsTheCountsOfEveryDocument() throws Exception {
        JsonNode gold = Json.mapper().readTree("{\"genes\": [\"ESR1\", \"KRAS\"]}");
        Map<String, KindScore> first = GoldScorer.score(List.of(gene("ESR1"), gene("BRAF")), gold);
        Map<String, KindScore> second = GoldScorer.score(List.of(gene("KRAS")), gold);
        List<CorpusEvaluation.Document> documents = List.of(
                new CorpusEvaluation.Document("one", folder, first, List.of()),
                new CorpusEvaluation.Document("two", folder, second, List.of()));

        KindScore genes = CorpusEvaluation.micro(documents).get("gene");

        assertThat(List.of(genes.tp(), genes.fp(), genes.fn())).containsExactly(2, 1, 2);
        assertThat(genes.precision()).isEqualTo(2.0 / 3);
        assertThat(CorpusEvaluation.documentCounts(documents)).containsEntry("gene", 2);
    }

    private static JsonNode gene(String symbol) throws Exception {
        return Json.mapper().readTree("{\"kind\": \"gene\", \"symbol\": \"" + symbol + "\"}");
    }
}
