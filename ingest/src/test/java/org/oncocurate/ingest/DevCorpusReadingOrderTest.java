package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading order on real two-column pages of the development corpus (system property {@code oncocurate.dev.dir},
 * skipped when absent) where poppler's {@code pdftotext} reads otherwise: it interleaves the lines of the two columns
 * when their baselines alternate and pulls a heading of the right column into the left one. These passages are what
 * the pages print, column by column (as {@code pdftotext -layout} shows them side by side), so ingest's lower
 * agreement with poppler on these files is poppler's misreading.
 */
class DevCorpusReadingOrderTest {
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
    void theLinesOfTwoColumnsWithAlternatingBaselinesAreReadColumnByColumn() throws Exception {
        String text = read("pdq/bladder.pdf");

        assertThat(text).contains("886 patients were randomly assigned to receive either enfortumab vedotin plus "
                        + "pembrolizumab (n = 442) or gemcitabine plus either cisplatin or carboplatin (n = 444).")
                .contains("At 1 year, the PFS rate was 34.2% in the nivolumab arm and 21.8% in the chemotherapy-alone "
                        + "arm. The overall response rate was 57.6% in the nivolumab arm and 21.7% in the "
                        + "chemotherapy-alone arm. The complete response rate was 21.7% in the nivolumab arm and "
                        + "11.8% in the chemotherapy-alone arm.");
    }

    @Test
    void aHeadingAtTheTopOfTheRightColumnStaysInTheRightColumn() throws Exception {
        String text = read("pdq/myeloma.pdf");

        assertThat(text).contains("Ciltacabtagene autoleucel Evidence (cilta-cel): 1. A prospective randomized trial "
                        + "(NCT04181827) included 419 patients with relapsed myeloma")
                .contains("lenalidomide-refractory disease. Bispecific antibody therapy Bispecific antibodies target "
                        + "both CD3");
    }

    private static String read(String name) throws Exception {
        Path corpus = Path.of(System.getProperty("oncocurate.dev.dir", "../../shared/corpus/dev"));
        Path pdf = corpus.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "skipped: " + pdf.toAbsolutePath() + " is not there");
        return ingest.apply(Files.readAllBytes(pdf)).text().replaceAll("\\s+", " ");
    }
}
