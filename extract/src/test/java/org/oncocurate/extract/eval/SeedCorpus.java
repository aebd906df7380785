package org.oncocurate.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/** The development corpus in the repository (corpus/seed), read from the module directory tests run in. */
final class SeedCorpus {
    private static final Path DIRECTORY = Path.of("..", "corpus", "seed");

    private SeedCorpus() {
    }

    static JsonNode outcomeGold() {
        return Json.read(read("outcomes.gold.json"), JsonNode.class);
    }

    /**
     * The OCR text of the review as a paper: plain text on one page read by OCR, paragraphs at blank lines, no
     * structure (its tables are the garbled lines OCR made of them).
     */
    static PaperText ocrText() {
        String text = read("endocrine-resistance-review.ocr.txt");
        return new PaperText(PaperId.of(text.getBytes(StandardCharsets.UTF_8)), null, text,
                List.of(new Page(1, 0, text.length(), 612, 792, TextSource.OCR, List.of(), null)), null, null, null,
                null);
    }

    private static String read(String name) {
        Path file = DIRECTORY.resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the seed corpus file " + file.toAbsolutePath() + " cannot be read", e);
        }
    }
}
