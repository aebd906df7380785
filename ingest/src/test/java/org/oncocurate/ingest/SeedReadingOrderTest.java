package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/**
 * The two-column seed review against the seed text it was typeset from. The seed text's line-end hyphens are all
 * hyphens of compounds (receptor-/positive, first-/line), so joining its lines keeps them. pdftotext on the same PDF,
 * with its running headers removed by hand, reaches a word-sequence ratio of 0.976 against the seed text as it
 * stands, 0.9815 against it with those hyphens joined.
 */
class SeedReadingOrderTest {
    private static final double PDFTOTEXT_RATIO = 0.976;
    private static PaperText paper;
    private static String seedText;

    @BeforeAll
    static void readTheSeedReview() throws Exception {
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT)) {
            paper = ingest.apply(TestPdfs.seedBytes("endocrine-resistance-review.pdf"));
        }
        seedText = Files.readString(TestPdfs.seed("endocrine-resistance-review.ocr.txt"), StandardCharsets.UTF_8)
                .replace("-\n", "-");
    }

    @AfterAll
    static void forget() {
        paper = null;
    }

    @Test
    void theBodyTextFollowsTheSeedTextWordForWordAtLeastAsWellAsPdftotext() {
        double ratio = new WordSequenceMatcher(WordSequenceMatcher.words(seedText),
                WordSequenceMatcher.words(paper.text())).ratio();

        System.out.printf("word-sequence ratio against the seed text: %.4f (pdftotext: %.3f)%n", ratio,
                PDFTOTEXT_RATIO);
        assertThat(ratio).isGreaterThanOrEqualTo(PDFTOTEXT_RATIO);
    }

    @Test
    void theSeedTextsParagraphsComeOutAsParagraphs() {
        List<String> seedWords = new ArrayList<>();
        List<Integer> seedParagraph = new ArrayList<>();
        List<Integer> seedParagraphSizes = paragraphs(seedText, seedWords, seedParagraph);
        List<String> ourWords = new ArrayList<>();
        List<Integer> ourParagraph = new ArrayList<>();
        List<Integer> ourParagraphSizes = paragraphs(paper.text(), ourWords, ourParagraph);
        List<Map<Integer, Integer>> overlaps = new ArrayList<>();
        seedParagraphSizes.forEach(size -> overlaps.add(new HashMap<>()));
        for (int[] block : new WordSequenceMatcher(seedWords, ourWords).matchingBlocks()) {
            for (int k = 0; k < block[2]; k++) {
                overlaps.get(seedParagraph.get(block[0] + k)).merge(ourParagraph.get(block[1] + k), 1, Integer::sum);
            }
        }
        int matched = 0;
        List<Integer> unmatched = new ArrayList<>();
        for (int p = 0; p < seedParagraphSizes.size(); p++) {
            Map.Entry<Integer, Integer> best = overlaps.get(p).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElse(null);
            boolean found = best != null && best.getValue() >= 0.9 * seedParagraphSizes.get(p)
                    && best.getValue() >= 0.9 * ourParagraphSizes.get(best.getKey());
            if (found) {
                matched++;
            } else {
                unmatched.add(p);
            }
        }
        System.out.printf("seed paragraphs found as one paragraph: %d of %d (not: %s)%n", matched,
                seedParagraphSizes.size(), unmatched);
        assertThat(matched).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * seedParagraphSizes.size()));
    }

    @Test
    void noRunningHeaderOrFooterIsLeftInTheBodyTextAndEveryPageKeepsThemAsFurniture() {
        assertThat(paper.text()).doesNotContain("Kang et al.").doesNotContain("frontiersin.org");
        assertThat(paper.pages()).hasSize(14).allSatisfy(page -> {
            assertThat(page.source()).isEqualTo(TextSource.TEXT_LAYER);
            assertThat(page.furniture()).contains("Kang et al. Frontiers in Oncology 10.3389/fonc.2024.1448687",
                    "frontiersin.org " + page.number());
        });
    }

    @Test
    void everyCharacterMapsToARegionOfItsPage() {
        int expected = 0;
        for (var fragment : paper.fragments()) {
            assertThat(fragment.start()).isEqualTo(expected);
            Page page = paper.pageAt(fragment.start());
            assertThat(fragment.page()).isEqualTo(page.number());
            assertThat(fragment.box().x()).isGreaterThanOrEqualTo(0);
            assertThat(fragment.box().bottom()).isLessThanOrEqualTo(page.height());
            expected = fragment.end();
        }
        assertThat(expected).isEqualTo(paper.text().length());
    }

    /** Splits text into paragraphs at blank lines; fills the word list and each word's paragraph; gives sizes. */
    private static List<Integer> paragraphs(String text, List<String> words, List<Integer> paragraphOfWord) {
        List<Integer> sizes = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            List<String> paragraphWords = WordSequenceMatcher.words(paragraph);
            if (paragraphWords.isEmpty()) {
                continue;
            }
            for (String word : paragraphWords) {
                words.add(word);
                paragraphOfWord.add(sizes.size());
            }
            sizes.add(paragraphWords.size());
        }
        return sizes;
    }

    static String read(String name) throws IOException {
        return Files.readString(TestPdfs.seed(name), StandardCharsets.UTF_8);
    }
}
