package org.oncocurate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Small PDFs of one layout case each, set as publishers set them (A4, Times for text, Helvetica for tables and
 * banners): made on the spot, like the other test PDFs, so that what each file holds is readable here.
 */
final class LayoutFixturePdfs {
    static final float BODY = 9;
    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font TIMES_BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Sentences of invented prose, distinct enough that their order can be checked word by word. */
    static final String[] PROSE = {
        "Patients with advanced disease were randomly assigned to receive zortamab or a matching placebo.",
        "The primary end point was progression-free survival assessed by blinded central review.",
        "Median progression-free survival was 7.9 months with zortamab and 5.1 months with placebo.",
        "Grade 3 or higher adverse events occurred in a third of the patients of each group.",
        "Overall survival was immature at the time of the analysis and will be reported later.",
        "Quality of life was maintained during treatment in both arms of the study population.",
        "Exploratory analyses suggested a larger benefit in tumours with high expression of the target.",
        "These findings support further study of zortamab in earlier lines of treatment."};
    /** Two paragraphs for the columns under a full-width table. */
    static final String[] BELOW = {
        "Dose reductions were needed in one patient of five, most often for fatigue or nausea, and discontinuation "
            + "for toxicity was rare in both arms.",
        "Subgroup results were consistent across age, performance status and region, with wide intervals in the "
            + "smaller groups of patients."};

    private LayoutFixturePdfs() {
    }

    /** One column of prose set with leading equal to the font size, as dense abstracts are. */
    static byte[] tightLeadingAbstract() throws IOException {
        return page(content -> {
            text(content, TIMES_BOLD, 12, 72, 760, "Abstract");
            lines(content, TIMES, BODY, 72, 740, BODY, wrap(String.join(" ", PROSE), TIMES, BODY, 450));
        });
    }

    /**
     * A table without any rule between prose: three columns aligned by white space, one cell wrapping over two
     * lines.
     */
    static byte[] unruledTable() throws IOException {
        return page(content -> {
            float y = lines(content, TIMES, BODY, 72, 760, 11, wrap(PROSE[0] + " " + PROSE[1], TIMES, BODY, 450));
            y -= 14;
            text(content, TIMES_BOLD, BODY, 72, y, "Table 1. Outcomes by arm");
            y -= 14;
            y = row(content, y, "Arm", "Median PFS, months", "Objective response");
            y = row(content, y, "Zortamab", "7.9", "41%");
            y = row(content, y, "Placebo", "5.1", "12%");
            y = row(content, y, "Zortamab plus", "9.4", "48%");
            text(content, HELVETICA, 8, 72, y, "placebo");
            y -= 24;
            lines(content, TIMES, BODY, 72, y, 11, wrap(PROSE[2] + " " + PROSE[3], TIMES, BODY, 450));
        });
    }

    /**
     * A full-width title and abstract, two columns of prose below them, a full-width table across both columns in
     * the middle of the page, and two columns again under the table.
     */
    static byte[] twoColumnsWithFullWidthBands() throws IOException {
        return page(content -> {
            text(content, TIMES_BOLD, 14, 72, 780, "Zortamab in advanced disease");
            float y = lines(content, TIMES, BODY, 72, 750, 11, wrap("Abstract. " + PROSE[0] + " " + PROSE[1],
                    TIMES, BODY, 450));
            y -= 16;
            List<String> left = wrap(PROSE[2] + " " + PROSE[3] + " " + PROSE[4], TIMES, BODY, 215);
            List<String> right = wrap(PROSE[5] + " " + PROSE[6] + " " + PROSE[7], TIMES, BODY, 215);
            float bottom = Math.min(lines(content, TIMES, BODY, 72, y, 11, left),
                    lines(content, TIMES, BODY, 307, y, 11, right));
            y = bottom - 14;
            y = row(content, y, "Arm", "Median PFS, months", "Objective response");
            y = row(content, y, "Zortamab", "7.9", "41%");
            y = row(content, y, "Placebo", "5.1", "12%");
            y = row(content, y, "Control", "4.8", "10%");
            y -= 14;
            lines(content, TIMES, BODY, 72, y, 11, wrap(BELOW[0], TIMES, BODY, 215));
            lines(content, TIMES, BODY, 307, y, 11, wrap(BELOW[1], TIMES, BODY, 215));
        });
    }

    /** A column of prose with a licence banner set vertically in the left margin, as publishers' downloads have. */
    static byte[] sideBanner() throws IOException {
        return page(content -> {
            lines(content, TIMES, BODY, 90, 760, 11, wrap(String.join(" ", PROSE), TIMES, BODY, 430));
            content.beginText();
            content.setFont(HELVETICA, 7);
            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 40, 200));
            content.showText("Downloaded from https://journals.example.org on 3 March 2021 by guest");
            content.endText();
        });
    }

    /**
     * A title over three lines in large bold type above the author line and the abstract, the article's type
     * ("Research Article") set above it in the same print.
     */
    static byte[] threeLineTitle() throws IOException {
        return page(content -> {
            lines(content, TIMES_BOLD, 18, 72, 760, 22, List.of("Research Article",
                    "Zortamab versus placebo after first-line", "chemotherapy in advanced disease: a randomised,",
                    "double-blind, phase 3 trial"));
            text(content, TIMES, 10, 72, 668, "Jane A. Doe, Richard Roe and Maria van der Berg");
            lines(content, TIMES, BODY, 72, 640, 11, wrap(String.join(" ", PROSE), TIMES, BODY, 450));
        });
    }

    private static float row(PDPageContentStream content, float y, String... cells) throws IOException {
        float[] x = {72, 250, 400};
        for (int c = 0; c < cells.length; c++) {
            text(content, HELVETICA, 8, x[c], y, cells[c]);
        }
        return y - 11;
    }

    static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The lines set from {@code top} down at the given leading; the baseline below the last line. */
    private static float lines(PDPageContentStream content, PDType1Font font, float size, float x, float top,
                               float leading, List<String> lines) throws IOException {
        float y = top;
        for (String line : lines) {
            text(content, font, size, x, y, line);
            y -= leading;
        }
        return y;
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private interface PageContent {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static byte[] page(PageContent drawing) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawing.draw(content);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
