package org.oncocurate.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.stage.StageRejection;

/**
 * Prints, per PDF, how far ingest's text agrees with poppler's pdftotext and mutool on the same file (each only when
 * installed), then the mean and the lowest agreement, so anyone can see where the readers disagree.
 */
final class TextComparison {
    private static final long TIMEOUT_SECONDS = 120;

    private final PrintWriter out;
    private final PrintWriter err;

    TextComparison(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(PdfIngest ingest, List<Path> pdfs) throws IOException, InterruptedException {
        boolean poppler = available("pdftotext", "-v");
        boolean mupdf = available("mutool", "-v");
        if (!poppler && !mupdf) {
            err.println("neither pdftotext (poppler-utils) nor mutool (mupdf-tools) is installed: nothing to compare");
            return 1;
        }
        out.printf("%-8s %-7s %-8s %-7s %s%n", "poppler", "glued", "mutool", "glued", "file");
        List<Double> popplerShares = new ArrayList<>();
        List<Double> mutoolShares = new ArrayList<>();
        int failures = 0;
        for (Path pdf : pdfs) {
            String ours;
            try {
                ours = ingest.apply(Files.readAllBytes(pdf)).text();
            } catch (StageRejection rejection) {
                err.println(pdf + ": rejected: " + rejection.reason() + ": " + rejection.getMessage());
                failures++;
                continue;
            }
            TextAgreement withPoppler = poppler
                    ? TextAgreement.of(ours, output("pdftotext", "-q", pdf.toString(), "-")) : null;
            TextAgreement withMutool = mupdf
                    ? TextAgreement.of(ours, output("mutool", "draw", "-q", "-F", "txt", "-o", "-", pdf.toString()))
                    : null;
            if (withPoppler != null) {
                popplerShares.add(withPoppler.share());
            }
            if (withMutool != null) {
                mutoolShares.add(withMutool.share());
            }
            out.printf("%-8s %-7s %-8s %-7s %s%n", share(withPoppler), glued(withPoppler), share(withMutool),
                    glued(withMutool), pdf);
            out.flush();
        }
        out.printf("mean: poppler %s, mutool %s; lowest: poppler %s, mutool %s%n", mean(popplerShares),
                mean(mutoolShares), lowest(popplerShares), lowest(mutoolShares));
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private static String share(TextAgreement agreement) {
        return agreement == null ? "-" : String.format("%.3f", agreement.share());
    }

    private static String glued(TextAgreement agreement) {
        return agreement == null ? "-" : String.valueOf(agreement.glued());
    }

    private static String mean(List<Double> shares) {
        return shares.isEmpty() ? "-" : String.format("%.3f",
                shares.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    private static String lowest(List<Double> shares) {
        return shares.isEmpty() ? "-" : String.format("%.3f",
                shares.stream().mapToDouble(Double::doubleValue).min().orElse(0));
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "";
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean available(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
