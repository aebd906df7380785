package org.oncocurate.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Poppler's pdftotext, the baseline the benchmarks print beside ingest and the pipeline. */
final class Pdftotext {
    private Pdftotext() {
    }

    /** True when pdftotext is installed and runs. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Seconds one run of pdftotext takes on the file, its text discarded; NaN when it runs over five minutes. */
    static double seconds(Path file) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder("pdftotext", "-q", file.toString(), "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return Double.NaN;
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
