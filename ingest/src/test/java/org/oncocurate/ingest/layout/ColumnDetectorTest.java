package org.oncocurate.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnDetectorTest {
    private static final double SIZE = 10;
    private static final double LEFT_COLUMN = 50;
    private static final double GUTTER_START = 290;
    private static final double RIGHT_COLUMN = 306;
    private static final double RIGHT_EDGE = 546;
    private static final String[] VOCABULARY = {"the", "receptor", "of", "endocrine", "therapy", "in", "patients",
        "with", "a", "mutation", "resistance", "and", "signalling", "pathway", "was", "tumour", "growth"};
    private final Random random = new Random(11);

    @Test
    void aTwoColumnPageReadsTheWholeLeftColumnBeforeTheRightOne() {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double baseline = 100 + 12 * i;
            words.addAll(TestWords.justified("left line " + i + prose(5), LEFT_COLUMN,
                    GUTTER_START, baseline, SIZE));
            words.addAll(TestWords.justified("right line " + i + prose(5), RIGHT_COLUMN,
                    RIGHT_EDGE, baseline, SIZE));
        }

        List<String> lines = readingOrder(words);

        assertThat(lines).hasSize(40);
        assertThat(lines.subList(0, 20)).allSatisfy(line -> assertThat(line).startsWith("left line"));
        assertThat(lines.subList(20, 40)).allSatisfy(line -> assertThat(line).startsWith("right line"));
        assertThat(lines.get(0)).startsWith("left line 0 ");
        assertThat(lines.get(20)).startsWith("right line 0 ");
    }

    @Test
    void aFullWidthTitleAndAFullWidthItemInTheMiddleSplitThePageIntoBandsReadInOrder() {
        List<Word> words = new ArrayList<>(TestWords.line("A title that runs across both columns of the page", 50,
                60, 18));
        for (int i = 0; i < 6; i++) {
            words.addAll(TestWords.justified("upper left " + i + prose(4), LEFT_COLUMN,
                    GUTTER_START, 100 + 12 * i, SIZE));
            words.addAll(TestWords.justified("upper right " + i + prose(4), RIGHT_COLUMN,
                    RIGHT_EDGE, 100 + 12 * i, SIZE));
        }
        words.addAll(TestWords.line("TABLE 9 A caption set across the full width of the page below the text", 50,
                200, SIZE));
        for (int i = 0; i < 6; i++) {
            words.addAll(TestWords.justified("lower left " + i + prose(4), LEFT_COLUMN,
                    GUTTER_START, 230 + 12 * i, SIZE));
            words.addAll(TestWords.justified("lower right " + i + prose(4), RIGHT_COLUMN,
                    RIGHT_EDGE, 230 + 12 * i, SIZE));
        }

        List<String> lines = readingOrder(words);

        assertThat(lines).hasSize(26);
        assertThat(lines.get(0)).startsWith("A title");
        assertThat(lines.subList(1, 7)).allSatisfy(line -> assertThat(line).startsWith("upper left"));
        assertThat(lines.subList(7, 13)).allSatisfy(line -> assertThat(line).startsWith("upper right"));
        assertThat(lines.get(13)).startsWith("TABLE 9");
        assertThat(lines.subList(14, 20)).allSatisfy(line -> assertThat(line).startsWith("lower left"));
        assertThat(lines.subList(20, 26)).allSatisfy(line -> assertThat(line).startsWith("lower right"));
    }

    @Test
    void aSingleColumnOfJustifiedProseHasNoGutterEvenWhereWideSpacesHappenToLineUp() {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.addAll(TestWords.justified(prose(6 + random.nextInt(4)), 50, 546, 100 + 12 * i, SIZE));
        }

        ColumnDetector detector = new ColumnDetector(SIZE);
        List<List<Word>> rows = Rows.of(words);

        assertThat(detector.detect(rows)).isEmpty();
        assertThat(readingOrder(words)).hasSize(40);
    }

    @Test
    void columnsWhoseLinesAlternateBaselinesAreStillReadOneAfterTheOther() {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            words.addAll(TestWords.justified("left line " + i + prose(5), LEFT_COLUMN, GUTTER_START, 100 + 12 * i,
                    SIZE));
            words.addAll(TestWords.justified("right line " + i + prose(5), RIGHT_COLUMN, RIGHT_EDGE, 106 + 12 * i,
                    SIZE));
        }

        List<String> lines = readingOrder(words);

        assertThat(lines).hasSize(40);
        assertThat(lines.subList(0, 20)).allSatisfy(line -> assertThat(line).startsWith("left line"));
        assertThat(lines.subList(20, 40)).allSatisfy(line -> assertThat(line).startsWith("right line"));
    }

    @Test
    void aListNumberSetLeftOfItsColumnDoesNotMakeItsLineRunAcrossTheGutter() {
        List<Word> words = new ArrayList<>();
        double indented = RIGHT_COLUMN + 20;
        for (int i = 0; i < 20; i++) {
            words.addAll(TestWords.justified("left line " + i + prose(5), LEFT_COLUMN, GUTTER_START, 100 + 12 * i,
                    SIZE));
            if (i % 7 == 0) {
                words.addAll(TestWords.line((i / 7 + 1) + ".", RIGHT_COLUMN, 100 + 12 * i, SIZE));
            }
            words.addAll(TestWords.justified("right line " + i + prose(4), indented, RIGHT_EDGE, 100 + 12 * i, SIZE));
        }

        List<String> lines = readingOrder(words);

        assertThat(lines).hasSize(40);
        assertThat(lines.subList(0, 20)).allSatisfy(line -> assertThat(line).startsWith("left line"));
        assertThat(lines.subList(20, 40)).allSatisfy(line -> assertThat(line).matches("(\\d\\. )?right line.*"));
    }

    @Test
    void aListNumberEndingInsideTheGutterBeforeItsIndentedTextLeavesTheGutterOpen() {
        List<Word> words = new ArrayList<>();
        double number = GUTTER_START + 22;
        double indented = GUTTER_START + 36;
        for (int i = 0; i < 20; i++) {
            words.addAll(TestWords.justified("left line " + i + prose(5), LEFT_COLUMN, GUTTER_START, 100 + 12 * i,
                    SIZE));
            if (i % 8 == 0) {
                words.addAll(TestWords.line((i / 8 + 1) + ".", number, 100 + 12 * i, SIZE));
            }
            words.addAll(TestWords.justified("right line " + i + prose(4), indented, RIGHT_EDGE, 100 + 12 * i, SIZE));
        }

        List<String> lines = readingOrder(words);

        assertThat(lines).hasSize(40);
        assertThat(lines.subList(0, 20)).allSatisfy(line -> assertThat(line).startsWith("left line"));
        assertThat(lines.subList(20, 40)).allSatisfy(line -> assertThat(line).matches("(\\d\\. )?right line.*"));
        assertThat(lines.get(20)).startsWith("1. right line 0 ");
    }

    @Test
    void aTableWithoutRulesUnderAGutterSeenElsewhereIsReadRowByRowNotColumnByColumn() {
        List<Word> words = new ArrayList<>();
        String[][] rows = {{"Variable", "Arm A (%)", "Arm B (%)", "P"}, {"ypT0", "3 (4.4)", "8 (11.1)", "0.112"},
            {"ypT1", "3 (4.4)", "5 (6.9)", ""}, {"ypT2", "18 (26.5)", "19 (26.4)", ""},
            {"ypN0", "43 (64.2)", "54 (75)", "0.318"}, {"Grade 3", "6 (9)", "5 (7.8)", "0.306"}};
        for (int i = 0; i < rows.length; i++) {
            double baseline = 100 + 14 * i;
            words.addAll(TestWords.line(rows[i][0], LEFT_COLUMN, baseline, SIZE));
            words.addAll(TestWords.line(rows[i][1], 180, baseline, SIZE));
            words.addAll(TestWords.line(rows[i][2], RIGHT_COLUMN, baseline, SIZE));
            if (!rows[i][3].isEmpty()) {
                words.addAll(TestWords.line(rows[i][3], 480, baseline, SIZE));
            }
        }
        ColumnDetector detector = new ColumnDetector(SIZE);
        List<List<Word>> rowsOfWords = Rows.of(words);

        List<String> lines = lines(detector.layout(rowsOfWords, List.of(new Gutter(GUTTER_START, RIGHT_COLUMN))));

        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).isEqualTo("ypT0 3 (4.4) 8 (11.1) 0.112");
        assertThat(lines.get(5)).isEqualTo("Grade 3 6 (9) 5 (7.8) 0.306");
    }

    @Test
    void narrowAlignedCellsOfAnUnruledListAreNotTakenForColumnsOfText() {
        List<Word> words = new ArrayList<>();
        String[][] rows = {{"Buparlisib", "PI3K", "II"}, {"Alpelisib", "p110a", "III"}, {"Everolimus", "mTOR", "III"},
            {"Capivasertib", "AKT", "III"}, {"Taselisib", "p110a", "III"}, {"Sirolimus", "mTOR", "II"}};
        for (int i = 0; i < rows.length; i++) {
            words.addAll(TestWords.line(rows[i][0], 60, 100 + 12 * i, SIZE));
            words.addAll(TestWords.line(rows[i][1], 140, 100 + 12 * i, SIZE));
            words.addAll(TestWords.line(rows[i][2], 200, 100 + 12 * i, SIZE));
        }

        List<Gutter> gutters = new ColumnDetector(SIZE).detect(Rows.of(words));

        assertThat(gutters).isEmpty();
    }

    @Test
    void aGutterSeenElsewhereInTheDocumentIsConfirmedByAShortTwoColumnStretch() {
        List<Word> words = new ArrayList<>(TestWords.line("A full width line of text that crosses the gutter here",
                50, 100, SIZE));
        for (int i = 0; i < 2; i++) {
            words.addAll(TestWords.justified("left " + i + " words of prose text", LEFT_COLUMN, GUTTER_START,
                    130 + 12 * i, SIZE));
            words.addAll(TestWords.justified("right " + i + " words of prose text", RIGHT_COLUMN, RIGHT_EDGE,
                    130 + 12 * i, SIZE));
        }
        ColumnDetector detector = new ColumnDetector(SIZE);
        List<List<Word>> rows = Rows.of(words);
        Gutter known = new Gutter(GUTTER_START, RIGHT_COLUMN);

        assertThat(detector.detect(rows)).as("too few rows to claim a gutter alone").isEmpty();
        assertThat(detector.confirms(known, rows)).isTrue();
        List<String> lines = lines(detector.layout(rows, List.of(known)));
        assertThat(lines).containsExactly("A full width line of text that crosses the gutter here",
                "left 0 words of prose text", "left 1 words of prose text", "right 0 words of prose text",
                "right 1 words of prose text");
    }

    private String prose(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return text.toString();
    }

    private static List<String> readingOrder(List<Word> words) {
        ColumnDetector detector = new ColumnDetector(SIZE);
        List<List<Word>> rows = Rows.of(words);
        return lines(detector.layout(rows, detector.detect(rows)));
    }

    private static List<String> lines(List<Band> bands) {
        List<String> lines = new ArrayList<>();
        for (Band band : bands) {
            for (List<TextLine> column : band.columns()) {
                column.forEach(line -> lines.add(line.text()));
            }
        }
        return lines;
    }
}
