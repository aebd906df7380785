package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over the PDFs of the development corpus (system property {@code oncocurate.dev.dir}, default
 * {@code ../shared/corpus/dev} beside the repository; skipped when absent): paragraphs must not end at a printed line
 * break in the middle of a sentence. Counted as paragraph boundaries where the text before ends without a sentence's
 * closing punctuation and the text after starts with a lower-case word; table rows are left out. The bound (4% of
 * boundaries; 7% before paragraphs were rebuilt by punctuation) is what unruled tables read as text, figure captions
 * cut by their figure and ruled regions taken for tables still cost.
 */
class DevCorpusParagraphsTest {
    private static final Pattern OPEN_END = Pattern.compile(".*[\\p{L}\\d,\\-–(]$", Pattern.DOTALL);
    private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}.*", Pattern.DOTALL);
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
    void sentencesOfTheDevCorpusRarelyEndAtAPrintedLineBreak() throws Exception {
        Path corpus = Path.of(System.getProperty("oncocurate.dev.dir", "../../shared/corpus/dev"));
        Assumptions.assumeTrue(Files.isDirectory(corpus),
                "skipped: the dev corpus is not at " + corpus.toAbsolutePath() + " (set -Doncocurate.dev.dir)");
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(corpus)) {
            pdfs = walk.filter(path -> path.toString().endsWith(".pdf")).sorted().toList();
        }
        int boundaries = 0;
        int broken = 0;
        List<String> examples = new ArrayList<>();
        for (Path pdf : pdfs) {
            String text = ingest.apply(Files.readAllBytes(pdf)).text();
            String[] paragraphs = text.split("\\n\\s*\\n");
            for (int i = 1; i < paragraphs.length; i++) {
                String before = paragraphs[i - 1].strip();
                String after = paragraphs[i].strip();
                if (before.isEmpty() || after.isEmpty() || before.contains(" | ") || after.contains(" | ")) {
                    continue;
                }
                boundaries++;
                if (OPEN_END.matcher(before).matches() && LOWER_START.matcher(after).matches()) {
                    broken++;
                    if (examples.size() < 20) {
                        examples.add(pdf.getFileName() + ": ..." + tail(before) + " // " + head(after) + "...");
                    }
                }
            }
        }
        System.out.printf("paragraph boundaries inside a sentence: %d of %d over %d PDFs%n", broken, boundaries,
                pdfs.size());
        examples.forEach(example -> System.out.println("  " + example));
        assertThat(pdfs).isNotEmpty();
        assertThat((double) broken).as("share of paragraph boundaries inside a sentence")
                .isLessThanOrEqualTo(0.04 * boundaries);
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 50));
    }

    private static String head(String text) {
        return text.substring(0, Math.min(40, text.length()));
    }
}
