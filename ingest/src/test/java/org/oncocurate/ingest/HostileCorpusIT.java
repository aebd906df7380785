package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;

/**
 * Every file of the hostile corpus (malformed, encrypted, fuzzed and memory-bomb PDFs from public test suites) goes
 * through the production reader: each must end as text or as a rejection with a reason, within the parse timeout,
 * and the reader must still read a good PDF afterwards. The corpus stays outside the project; its directory is the
 * system property {@code oncocurate.hostile.dir} (default {@code ../shared/corpus/hostile} beside the repository).
 */
class HostileCorpusIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Starting a fresh reader process after a crash or a timeout, on a busy 2-core machine. */
    private static final Duration RESTART_ALLOWANCE = Duration.ofSeconds(15);

    @Test
    void everyHostileFileEndsAsTextOrARejectionWithAReasonWithinTheTimeout() throws Exception {
        Path corpus = Path.of(System.getProperty("oncocurate.hostile.dir", "../../shared/corpus/hostile"));
        Assumptions.assumeTrue(Files.isDirectory(corpus),
                "skipped: the hostile corpus is not at " + corpus.toAbsolutePath()
                        + " (set -Doncocurate.hostile.dir to run it)");
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().matches("README.*|MANIFEST.*"))
                    .sorted().toList();
        }
        assertThat(files).as("files in the hostile corpus").isNotEmpty();

        IngestLimits limits = new IngestLimits(IngestLimits.DEFAULT.maxBytes(), IngestLimits.DEFAULT.maxPages(),
                TIMEOUT, 512L * 1024 * 1024);
        Map<String, Integer> outcomes = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        long slowest = 0;
        try (PdfIngest ingest = PdfIngest.isolated(limits)) {
            for (Path file : files) {
                long started = System.nanoTime();
                String outcome;
                try {
                    PaperText text = ingest.apply(Files.readAllBytes(file));
                    outcome = "ACCEPTED";
                    report.append(file.getFileName()).append("\tACCEPTED\t").append(text.pages().size())
                            .append(" pages, ").append(text.text().length()).append(" chars");
                } catch (StageRejection rejection) {
                    outcome = rejection.reason().name();
                    assertThat(rejection.getMessage()).as("reason of " + file.getFileName()).isNotBlank();
                    report.append(file.getFileName()).append('\t').append(outcome).append('\t')
                            .append(rejection.getMessage());
                }
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                slowest = Math.max(slowest, millis);
                report.append('\t').append(millis).append(" ms\n");
                assertThat(Duration.ofMillis(millis)).as("time for " + file.getFileName())
                        .isLessThanOrEqualTo(TIMEOUT.plus(RESTART_ALLOWANCE));
                outcomes.merge(outcome, 1, Integer::sum);
            }
            PaperText good = ingest.apply(TestPdfs.seedBytes("endocrine-resistance-review.pdf"));
            assertThat(good.pages()).as("a good PDF read after the hostile corpus").hasSize(14);
        }
        String summary = "hostile corpus: " + files.size() + " files; " + outcomes + "; slowest " + slowest + " ms";
        System.out.println(summary);
        Path out = Path.of("target", "hostile-corpus-report.tsv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary + "\n" + report, StandardCharsets.UTF_8);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(files.size());
    }
}
