package org.oncocurate.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FurnitureDetectorTest {
    private static final double HEIGHT = 842;

    @Test
    void aRunningHeaderAndANumberedFooterRepeatedOnEveryPageAreFurniture() {
        List<FurnitureDetector.PageRows> pages = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            pages.add(page("Smith et al. Journal of Oncology 2020 10.1000/jo.2020." + page,
                    "body text of page " + page + " that differs", "journal.org " + page));
        }

        List<Set<Integer>> furniture = FurnitureDetector.detect(pages);

        assertThat(furniture).allSatisfy(rows -> assertThat(rows).containsExactlyInAnyOrder(0, 2));
    }

    @Test
    void bodyLinesThatRepeatAwayFromTheEdgesOfThePageAreNotFurniture() {
        List<FurnitureDetector.PageRows> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            List<List<Word>> rows = new ArrayList<>();
            for (int line = 0; line < 5; line++) {
                rows.add(TestWords.line("Results are shown in the table below", 50, 300 + 14 * line, 10));
            }
            pages.add(new FurnitureDetector.PageRows(rows, HEIGHT));
        }

        assertThat(FurnitureDetector.detect(pages)).allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    @Test
    void aHeaderOnOnlyOnePageOfManyIsNotFurniture() {
        List<FurnitureDetector.PageRows> pages = new ArrayList<>();
        pages.add(page("Received 3 March 2021; accepted 9 May 2021", "first page body", "a footnote on page one"));
        for (int page = 2; page <= 6; page++) {
            pages.add(page("Smith et al.", "body of page " + page, "journal.org " + page));
        }

        List<Set<Integer>> furniture = FurnitureDetector.detect(pages);

        assertThat(furniture.get(0)).isEmpty();
        assertThat(furniture.get(3)).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void aLonePageNumberAtTheBottomEdgeIsFurnitureEvenInAOnePageDocument() {
        List<List<Word>> rows = new ArrayList<>();
        rows.add(TestWords.line("Some body text", 50, 300, 10));
        rows.add(TestWords.line("7", 290, 820, 10));

        List<Set<Integer>> furniture = FurnitureDetector.detect(List.of(new FurnitureDetector.PageRows(rows, HEIGHT)));

        assertThat(furniture.get(0)).containsExactly(1);
    }

    @Test
    void headersReadByOcrWithSmallDifferencesStillCountAsTheSame() {
        List<FurnitureDetector.PageRows> pages = List.of(
                page("Kang et al. Frontiers in Oncology 10.3389/fonc.2024.1448687", "one", "frontiersin.org 1"),
                page("Kang et al. Frontiers in Oncology 10.3389/fone.2024. 1448687", "two", "frontiersin.org 2"),
                page("Kang et al. Frontiers in 0ncology 10.3389/fonc.2024.1448687", "three", "frontiersin.org 3"));

        assertThat(FurnitureDetector.detect(pages)).allSatisfy(rows -> assertThat(rows).containsExactly(0, 2));
    }

    private static FurnitureDetector.PageRows page(String header, String body, String footer) {
        List<List<Word>> rows = new ArrayList<>();
        rows.add(TestWords.line(header, 50, 30, 9));
        rows.add(TestWords.line(body, 50, 400, 10));
        rows.add(TestWords.line(footer, 260, 815, 9));
        return new FurnitureDetector.PageRows(rows, HEIGHT);
    }
}
