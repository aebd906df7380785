package org.oncocurate.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Time ingest (layout, tables, OCR) on PDFs in this process and print pages per second, next to "
                + "poppler's pdftotext on the same files in the same run. Files with OCR'd pages are summed apart.")
final class IngestBenchCommand implements Callable<Integer> {
    private static final Path SEED = Path.of("corpus", "seed");

    @Parameters(arity = "0..*", paramLabel = "FILE.pdf", description = "PDFs to read (default: corpus/seed/*.pdf)")
    List<Path> pdfs = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "3", description = "timed runs per file; the median is reported")
    int runs;

    @Option(names = "--warmup", defaultValue = "3",
            description = "untimed runs per file first, for the JIT (one only for a file with OCR'd pages)")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = pdfs.isEmpty() ? seedFiles() : pdfs;
        if (files.isEmpty() || runs < 1 || warmup < 0) {
            spec.commandLine().getErr().println("curate bench ingest: give PDF files (no corpus/seed/*.pdf here), "
                    + "--runs of at least 1 and --warmup of at least 0");
            return 2;
        }
        boolean poppler = Pdftotext.available();
        out.printf("%-48s %5s %4s %10s %8s %12s %8s%n", "file", "pages", "ocr", "ingest s", "pages/s",
                "pdftotext s", "pages/s");
        double[] textLayer = new double[3];
        double[] withOcr = new double[3];
        try (PdfIngest ingest = PdfIngest.inProcess(IngestLimits.DEFAULT)) {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                PaperText paper = null;
                for (int i = 0; i < warmup && (paper == null || ocrPages(paper) == 0); i++) {
                    paper = ingest.apply(bytes);
                }
                double[] times = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long started = System.nanoTime();
                    paper = ingest.apply(bytes);
                    times[i] = (System.nanoTime() - started) / 1e9;
                }
                int pages = paper.pages().size();
                long ocrPages = ocrPages(paper);
                double ours = median(times);
                double theirs = poppler ? pdftotextSeconds(file) : Double.NaN;
                out.printf("%-48s %5d %4d %10.3f %8.1f %12.3f %8.1f%n", file.getFileName(), pages, ocrPages, ours,
                        pages / ours, theirs, pages / theirs);
                double[] sums = ocrPages > 0 ? withOcr : textLayer;
                sums[0] += pages;
                sums[1] += ours;
                sums[2] += theirs;
            }
        }
        summary(out, "files read from their text layer", textLayer, poppler);
        summary(out, "files with OCR'd pages", withOcr, poppler);
        if (!poppler) {
            out.println("pdftotext not found: install Debian's poppler-utils for the baseline");
        }
        out.flush();
        return 0;
    }

    private static long ocrPages(PaperText paper) {
        return paper.pages().stream().filter(page -> page.source() == TextSource.OCR).count();
    }

    private static void summary(PrintWriter out, String what, double[] sums, boolean poppler) {
        if (sums[0] == 0) {
            return;
        }
        out.printf("%s: %.0f pages, ingest %.1f pages/s%s%n", what, sums[0], sums[0] / sums[1],
                poppler ? String.format(", pdftotext %.1f pages/s (text layer only, no OCR)", sums[0] / sums[2]) : "");
    }

    private double pdftotextSeconds(Path file) throws IOException, InterruptedException {
        double[] times = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            double seconds = Pdftotext.seconds(file);
            if (Double.isNaN(seconds)) {
                return Double.NaN;
            }
            if (i >= 0) {
                times[i] = seconds;
            }
        }
        return median(times);
    }

    private static List<Path> seedFiles() throws IOException {
        if (!Files.isDirectory(SEED)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(SEED)) {
            return listing.filter(file -> file.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
