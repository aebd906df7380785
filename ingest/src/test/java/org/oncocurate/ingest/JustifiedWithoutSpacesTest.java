package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page set as some publishers set justified text: no space characters, word gaps only as glyph positions, here
 * 0.11 em wide, under half the font's space width (which the former threshold required).
 */
class JustifiedWithoutSpacesTest {
    private static final float SIZE = 9;
    private static PdfIngest ingest;

    @BeforeAll
    static void startReader() {
        ingest = PdfIngest.inProcess(IngestLimits.DEFAULT);
    }

    @AfterAll
    static void stopReader() {
        ingest.close();
    }

    @Test
    void wordsPlacedWithTightGapsAndNoSpaceCharactersComeOutAsSeparateWords() throws Exception {
        String[] lines = {
            "Patients were randomly assigned to receive zortamab or placebo",
            "every three weeks; the overall response rate was 61% with",
            "zortamab and 48% with placebo, and the median progression",
            "free survival was 7.9 months versus 5.1 months in the trial."};

        String text = ingest.apply(justifiedWithoutSpaces(lines, 0.11f * SIZE)).text();

        assertThat(text).contains("randomly assigned to receive zortamab or placebo")
                .contains("the overall response rate was 61% with zortamab and 48% with placebo")
                .doesNotContain("randomlyassigned").doesNotContain("responserate");
    }

    @Test
    void kernedLettersOfOneWordAreNotSplit() throws Exception {
        String text = ingest.apply(kerned()).text();

        assertThat(text).contains("AVAILABLE WAVE TOXICITY").doesNotContain("A V");
    }

    /** Each word shown on its own at its place on the line, with {@code gap} points between words. */
    private static byte[] justifiedWithoutSpaces(String[] lines, float gap) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 700;
                for (String line : lines) {
                    float x = 72;
                    for (String word : line.split(" ")) {
                        content.beginText();
                        content.setFont(font, SIZE);
                        content.newLineAtOffset(x, y);
                        content.showText(word);
                        content.endText();
                        x += font.getStringWidth(word) / 1000 * SIZE + gap;
                    }
                    y -= 11;
                }
            }
            return save(document);
        }
    }

    /** Capitals set with the tight kerning pairs of display type (AV, WA, TO), spaces between the words. */
    private static byte[] kerned() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showTextWithPositioning(new Object[] {"A", 80f, "V", 60f, "AILABLE W", 70f, "A", 80f,
                    "VE T", 60f, "OXICITY"});
                content.endText();
            }
            return save(document);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
