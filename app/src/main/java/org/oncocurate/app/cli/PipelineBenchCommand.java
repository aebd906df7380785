package org.oncocurate.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.oncocurate.app.config.Settings;
import org.oncocurate.app.pipeline.Role;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.paper.PaperState;
import org.oncocurate.store.paper.PaperSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times the whole pipeline on the embedded default: PDFs submitted as uploads are, through the real broker and
 * database, read, extracted and stored; reported next to poppler's pdftotext on the same files in the same run.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Submit PDFs through the real embedded pipeline (broker, database, all roles in this process) "
                + "and print papers/min, pages/s and p50/p95 submit-to-stored latency, next to pdftotext on the same "
                + "files in the same run; then submit one file alone, one at a time, and print its latency.")
final class PipelineBenchCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(20);

    @Mixin
    ConfigOptions config;

    @Parameters(arity = "1..*", paramLabel = "PDF|DIR",
            description = "PDFs, or folders whose PDFs (searched recursively) are submitted")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--alone", defaultValue = "20",
            description = "times the largest file is submitted alone, one after another (0: skip)")
    int alone;

    @Option(names = "--timeout", defaultValue = "PT15M", description = "longest wait for the batch")
    Duration timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = pdfs(inputs);
        if (files.isEmpty() || alone < 0) {
            spec.commandLine().getErr().println("curate bench pipeline: give PDFs or folders with PDFs");
            return 2;
        }
        Path dataDir = Files.createTempDirectory("oncocurate-bench-");
        Settings settings = config.settings(Map.of("DATA_DIR", dataDir.toString(), "HTTP_PORT", "0",
                "EMBEDDED_KAFKA_PORT", "0", "EMBEDDED_POSTGRES_PORT", "0"));
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        for (Path file : files) {
            bytes.put(file, Files.readAllBytes(file));
        }
        try (ServiceProcess process = ServiceProcess.start(settings, EnumSet.allOf(Role.class))) {
            StoreServices store = process.pipeline().store();
            out.println("warming up on " + files.get(0).getFileName() + " ...");
            out.flush();
            awaitAll(store, List.of(submit(store, variant(bytes.get(files.get(0)), "warm-up"), "warm-up.pdf")));

            long started = System.nanoTime();
            List<Submitted> batch = new ArrayList<>();
            for (Map.Entry<Path, byte[]> file : bytes.entrySet()) {
                batch.add(submit(store, variant(file.getValue(), "batch"), file.getKey().getFileName().toString()));
            }
            List<Done> done = awaitAll(store, batch);
            double seconds = (System.nanoTime() - started) / 1e9;
            report(out, "batch of " + files.size() + " PDFs submitted at once", done, seconds);
            double pdftotext = pdftotextSeconds(files);
            int pages = done.stream().mapToInt(Done::pages).sum();
            if (!Double.isNaN(pdftotext)) {
                out.printf("pdftotext on the same files, one after another: %.2f s, %.1f pages/s; pipeline at %.0f %% "
                        + "of it%n", pdftotext, pages / pdftotext, 100 * (pages / seconds) / (pages / pdftotext));
            } else {
                out.println("pdftotext not found: install Debian's poppler-utils for the baseline");
            }

            if (alone > 0) {
                Path largest = bytes.keySet().stream().max((a, b) -> Integer.compare(bytes.get(a).length,
                        bytes.get(b).length)).orElseThrow();
                List<Done> single = new ArrayList<>();
                long aloneStarted = System.nanoTime();
                for (int i = 0; i < alone; i++) {
                    single.addAll(awaitAll(store, List.of(submit(store, variant(bytes.get(largest), "alone " + i),
                            largest.getFileName().toString()))));
                }
                report(out, largest.getFileName() + " submitted alone, " + alone + " times", single,
                        (System.nanoTime() - aloneStarted) / 1e9);
            }
        }
        out.flush();
        return 0;
    }

    private record Submitted(String paperId, long submittedNanos) {
    }

    private record Done(String paperId, PaperState state, int pages, double seconds) {
    }

    private static Submitted submit(StoreServices store, byte[] pdf, String name) {
        long now = System.nanoTime();
        return new Submitted(store.submissions().submit(pdf, name, "bench").paperId(), now);
    }

    /** The same PDF with a comment after its end, so that the content-addressed store takes it as a new paper. */
    private static byte[] variant(byte[] pdf, String label) {
        byte[] suffix = ("\n% oncocurate bench " + label + " " + System.nanoTime() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] copy = Arrays.copyOf(pdf, pdf.length + suffix.length);
        System.arraycopy(suffix, 0, copy, pdf.length, suffix.length);
        return copy;
    }

    private List<Done> awaitAll(StoreServices store, List<Submitted> papers) throws InterruptedException {
        Map<String, Done> done = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (done.size() < papers.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException((papers.size() - done.size()) + " papers not stored within "
                        + timeout);
            }
            for (Submitted paper : papers) {
                if (done.containsKey(paper.paperId())) {
                    continue;
                }
                PaperSummary summary = store.papers().find(paper.paperId()).orElseThrow();
                if (summary.state() == PaperState.EXTRACTED || summary.state() == PaperState.REJECTED) {
                    done.put(paper.paperId(), new Done(paper.paperId(), summary.state(),
                            summary.pageCount() == null ? 0 : summary.pageCount(),
                            (System.nanoTime() - paper.submittedNanos()) / 1e9));
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        return new ArrayList<>(done.values());
    }

    private static void report(PrintWriter out, String what, List<Done> done, double seconds) {
        int pages = done.stream().mapToInt(Done::pages).sum();
        long rejected = done.stream().filter(paper -> paper.state() == PaperState.REJECTED).count();
        double[] latencies = done.stream().mapToDouble(Done::seconds).sorted().toArray();
        out.printf("%s: %d papers (%d rejected), %d pages in %.2f s: %.0f papers/min, %.1f pages/s; "
                        + "submit-to-stored p50 %.2f s, p95 %.2f s, max %.2f s%n", what, done.size(), rejected, pages,
                seconds, done.size() / seconds * 60, pages / seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.95), latencies[latencies.length - 1]);
        out.flush();
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** pdftotext on the files one after another; NaN when it is not installed or a file takes too long. */
    private static double pdftotextSeconds(List<Path> files) throws IOException, InterruptedException {
        if (!Pdftotext.available()) {
            return Double.NaN;
        }
        double total = 0;
        for (Path file : files) {
            total += Pdftotext.seconds(file);
        }
        return total;
    }

    private static List<Path> pdfs(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(file -> file.getFileName().toString().toLowerCase().endsWith(".pdf"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            }
        }
        return files;
    }
}
