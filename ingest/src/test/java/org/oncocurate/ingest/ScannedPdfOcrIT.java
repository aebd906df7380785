package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.text.Fragment;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/** The seed review's first three pages as images only, read by Tesseract (Debian's tesseract-ocr must be installed). */
class ScannedPdfOcrIT {
    /** The seed text of page 1 ends with this line. */
    private static final String END_OF_PAGE_ONE = "elements (ERE) and the DNA sequence of the";
    private static PaperText paper;

    @BeforeAll
    static void readTheScan() throws Exception {
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT)) {
            paper = ingest.apply(TestPdfs.seedBytes("endocrine-resistance-review.scanned-p1-3.pdf"));
        }
    }

    @AfterAll
    static void forget() {
        paper = null;
    }

    @Test
    void allThreePagesAreReadByOcrAndMarkedSo() {
        assertThat(paper.pages()).hasSize(3).allSatisfy(page -> {
            assertThat(page.source()).isEqualTo(TextSource.OCR);
            assertThat(paper.text().substring(page.start(), page.end()).split("\\s+").length).isGreaterThan(300);
        });
        assertThat(paper.fromOcr(0, paper.text().length())).isTrue();
    }

    @Test
    void page1RecallsAtLeast95PercentOfTheWordsOfTheSeedText() throws Exception {
        String seed = Files.readString(TestPdfs.seed("endocrine-resistance-review.ocr.txt"), StandardCharsets.UTF_8);
        String seedPageOne = seed.substring(0, seed.indexOf(END_OF_PAGE_ONE) + END_OF_PAGE_ONE.length())
                .replace("-\n", "-");
        Page first = paper.pages().get(0);
        Map<String, Integer> ours = counts(WordSequenceMatcher.words(
                paper.text().substring(first.start(), first.end())));
        List<String> expected = WordSequenceMatcher.words(seedPageOne);
        int found = 0;
        for (String word : expected) {
            if (ours.getOrDefault(word, 0) > 0) {
                ours.merge(word, -1, Integer::sum);
                found++;
            }
        }
        double recall = (double) found / expected.size();

        System.out.printf("OCR word recall of page 1: %.4f (%d of %d words)%n", recall, found, expected.size());
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void ocrWordsMapBackToRegionsOfTheirPageAndRunningHeadsAreFurniture() {
        for (Fragment fragment : paper.fragments()) {
            Page page = paper.pageAt(fragment.start());
            assertThat(fragment.page()).isEqualTo(page.number());
            assertThat(fragment.box().right()).isLessThanOrEqualTo(page.width());
            assertThat(fragment.box().bottom()).isLessThanOrEqualTo(page.height());
        }
        assertThat(paper.pages()).allSatisfy(page -> assertThat(page.furniture()).hasSize(2));
        assertThat(paper.text()).doesNotContain("Kang et al.");
    }

    @Test
    void theTitleAndDoiAreReadFromTheOcrdFirstPage() {
        assertThat(paper.bibliography().title())
                .isEqualTo("Mechanisms of endocrine resistance in hormone receptor-positive breast cancer");
        assertThat(paper.bibliography().doi()).isEqualTo("10.3389/fonc.2024.1448687");
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
        return counts;
    }
}
