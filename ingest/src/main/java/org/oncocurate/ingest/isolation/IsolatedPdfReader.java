package org.oncocurate.ingest.isolation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.PdfReader;
import org.oncocurate.ingest.ocr.OcrSettings;
import org.oncocurate.ingest.render.RegionRenderer;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads PDFs in a long-lived child JVM whose heap is the configured memory limit. A PDF that exhausts that heap,
 * or that takes longer than the parse timeout, costs only the child, which is replaced for the next PDF; the
 * service's own JVM never sees it. OCR runs in the child too, so the timeout covers it: killing the child kills the
 * Tesseract processes it started. Not thread-safe: one reader per worker thread.
 */
public final class IsolatedPdfReader implements PdfReader {
    private static final Logger LOG = LoggerFactory.getLogger(IsolatedPdfReader.class);
    private static final int EXIT_CODE_OUT_OF_MEMORY = 3;
    private static final String END_OF_STREAM = "\u0000eof";
    private static final int STDERR_LINES_KEPT = 20;
    /** Exit codes above this are a signal's number plus 128: the child was killed from outside, not by the PDF. */
    private static final int EXIT_CODE_SIGNALLED = 128;
    /** Fresh children a PDF is tried on after its reader was killed from outside, before it is given up. */
    static final int RETRIES_AFTER_KILL = 2;

    private final IngestLimits limits;
    private final OcrSettings ocr;
    private Worker worker;

    public IsolatedPdfReader(IngestLimits limits) {
        this(limits, OcrSettings.DEFAULT);
    }

    /** A reader whose child process OCRs pages without a text layer with these settings. */
    public IsolatedPdfReader(IngestLimits limits, OcrSettings ocr) {
        this.limits = limits;
        this.ocr = ocr;
    }

    @Override
    public PaperText read(String paperId, byte[] pdfBytes) throws StageRejection {
        Path input = null;
        Path output = null;
        try {
            input = Files.createTempFile("oncocurate-", ".pdf");
            output = Files.createTempFile("oncocurate-", ".json");
            Files.write(input, pdfBytes);
            for (int attempt = 0; ; attempt++) {
                try {
                    return readOnce(paperId, input, output);
                } catch (ReaderKilled killed) {
                    if (attempt == RETRIES_AFTER_KILL) {
                        throw new StageRejection(RejectionReason.READER_CRASHED, "the reader process was killed "
                                + (attempt + 1) + " times while reading it (last " + killed.getMessage() + ")");
                    }
                    LOG.warn("the reader process was killed while reading paper {} ({}); reading it again on a "
                            + "fresh one", paperId, killed.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand the PDF to the reader process", e);
        } finally {
            deleteQuietly(input);
            deleteQuietly(output);
        }
    }

    private PaperText readOnce(String paperId, Path input, Path output)
            throws StageRejection, ReaderKilled, IOException {
        if (worker == null || !worker.process.isAlive()) {
            worker = Worker.start(limits, ocr);
        }
        String answer = worker.ask(paperId + "\t" + input + "\t" + output, limits.parseTimeout().toMillis());
        if (answer == null) {
            worker.kill();
            worker = null;
            throw new StageRejection(RejectionReason.PARSE_TIMEOUT,
                    "reading took longer than the limit of " + limits.parseTimeout().toSeconds() + " s");
        }
        if (answer.equals(END_OF_STREAM)) {
            throw crashed();
        }
        return parseAnswer(answer, output);
    }

    /**
     * Renders a region of a page as PNG in the same child process: a page whose images would exhaust the memory
     * limit, or whose drawing takes longer than {@code timeout}, costs only the child.
     */
    public byte[] renderRegion(byte[] pdfBytes, RegionRenderer.Request region, Duration timeout)
            throws StageRejection {
        Path input = null;
        Path output = null;
        try {
            input = Files.createTempFile("oncocurate-", ".pdf");
            output = Files.createTempFile("oncocurate-", ".png");
            Files.write(input, pdfBytes);
            if (worker == null || !worker.process.isAlive()) {
                worker = Worker.start(limits, ocr);
            }
            String answer = worker.ask(String.join("\t", ReaderWorker.RENDER, input.toString(), output.toString(),
                    String.valueOf(region.page()), String.valueOf(region.x()), String.valueOf(region.y()),
                    String.valueOf(region.width()), String.valueOf(region.height()), String.valueOf(region.dpi())),
                    timeout.toMillis());
            if (answer == null) {
                worker.kill();
                worker = null;
                throw new StageRejection(RejectionReason.PARSE_TIMEOUT,
                        "rendering took longer than the limit of " + timeout.toSeconds() + " s");
            }
            if (answer.equals(END_OF_STREAM)) {
                try {
                    throw crashed();
                } catch (ReaderKilled killed) {
                    throw new StageRejection(RejectionReason.READER_CRASHED,
                            "the reader process was killed while rendering (" + killed.getMessage() + ")");
                }
            }
            String[] parts = answer.split("\t", 3);
            return switch (parts[0]) {
                case "OK" -> Files.readAllBytes(output);
                case "REJECTED" -> throw new StageRejection(RejectionReason.valueOf(parts[1]), parts[2]);
                default -> throw new IllegalStateException("the reader process failed: " + answer);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand the PDF to the reader process", e);
        } finally {
            deleteQuietly(input);
            deleteQuietly(output);
        }
    }

    private PaperText parseAnswer(String answer, Path output) throws StageRejection, IOException {
        String[] parts = answer.split("\t", 3);
        switch (parts[0]) {
            case "OK":
                return Json.read(Files.readAllBytes(output), PaperText.class);
            case "REJECTED":
                throw new StageRejection(RejectionReason.valueOf(parts[1]), parts[2]);
            default:
                throw new IllegalStateException("the reader process failed: " + answer);
        }
    }

    /**
     * What the death of the child means: the PDF's own fault (its memory limit, or an error the child exited on) as
     * a rejection, or a kill from outside (a signal: the kernel's OOM killer, an operator) as {@link ReaderKilled},
     * which says nothing about the PDF.
     */
    private StageRejection crashed() throws ReaderKilled {
        Worker dead = worker;
        worker = null;
        int exitCode = dead.waitForExit();
        if (exitCode == EXIT_CODE_OUT_OF_MEMORY || dead.stderrMentions("OutOfMemoryError")) {
            return new StageRejection(RejectionReason.MEMORY_LIMIT, "reading needed more than the memory limit of "
                    + limits.memoryBytes() / (1024 * 1024) + " MiB");
        }
        if (exitCode > EXIT_CODE_SIGNALLED) {
            throw new ReaderKilled("exit code " + exitCode + ", signal " + (exitCode - EXIT_CODE_SIGNALLED));
        }
        return new StageRejection(RejectionReason.CORRUPT_PDF,
                "the PDF crashed the reader (exit code " + exitCode + "): " + dead.lastStderrLine());
    }

    /** The child was killed from outside while it worked. */
    private static final class ReaderKilled extends Exception {
        ReaderKilled(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.kill();
            worker = null;
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("cannot delete temporary file {}: {}", path, e.toString());
        }
    }

    /** One child JVM, with threads that drain its standard output (answers) and standard error (diagnostics). */
    private static final class Worker {
        final Process process;
        final BufferedWriter requests;
        final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        final Deque<String> stderrTail = new ArrayDeque<>();

        private Worker(Process process) {
            this.process = process;
            this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        }

        static Worker start(IngestLimits limits, OcrSettings ocr) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + limits.memoryBytes() / (1024 * 1024) + "m");
            command.add("-XX:+ExitOnOutOfMemoryError");
            command.add("-XX:+UseSerialGC");
            command.add("-Djava.awt.headless=true");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(ReaderWorker.class.getName());
            command.add(String.valueOf(limits.maxBytes()));
            command.add(String.valueOf(limits.maxPages()));
            command.add(limits.parseTimeout().toString());
            command.add(String.valueOf(limits.memoryBytes()));
            command.add(ocr.command());
            command.add(ocr.language());
            command.add(String.valueOf(ocr.dpi()));
            command.add(ocr.pageTimeout().toString());
            Worker worker = new Worker(new ProcessBuilder(command).start());
            worker.drain();
            try {
                String ready = worker.answers.poll(60, TimeUnit.SECONDS);
                if (!"READY".equals(ready)) {
                    worker.kill();
                    throw new IOException("the reader process did not start: " + worker.lastStderrLine());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                worker.kill();
                throw new IOException("interrupted while starting the reader process", e);
            }
            return worker;
        }

        private void drain() {
            Thread stdout = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith(ReaderWorker.ANSWER_PREFIX)) {
                            answers.add(line.substring(ReaderWorker.ANSWER_PREFIX.length()));
                        }
                    }
                } catch (IOException e) {
                    LOG.debug("reader process output closed: {}", e.toString());
                }
                answers.add(END_OF_STREAM);
            }, "pdf-reader-stdout");
            Thread stderr = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        LOG.debug("reader process: {}", line);
                        synchronized (stderrTail) {
                            stderrTail.addLast(line);
                            if (stderrTail.size() > STDERR_LINES_KEPT) {
                                stderrTail.removeFirst();
                            }
                        }
                    }
                } catch (IOException e) {
                    LOG.debug("reader process error stream closed: {}", e.toString());
                }
            }, "pdf-reader-stderr");
            stdout.setDaemon(true);
            stderr.setDaemon(true);
            stdout.start();
            stderr.start();
        }

        /** Sends a request and waits for its answer; null on timeout. */
        String ask(String request, long timeoutMillis) throws IOException {
            answers.clear();
            synchronized (stderrTail) {
                stderrTail.clear(); // what an earlier PDF made the child print says nothing of this one
            }
            requests.write(request);
            requests.newLine();
            requests.flush();
            try {
                return answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IOException("interrupted while waiting for the reader process", e);
            }
        }

        int waitForExit() {
            try {
                if (process.waitFor(10, TimeUnit.SECONDS)) {
                    return process.exitValue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kill();
            return -1;
        }

        boolean stderrMentions(String text) {
            synchronized (stderrTail) {
                return stderrTail.stream().anyMatch(line -> line.contains(text));
            }
        }

        String lastStderrLine() {
            synchronized (stderrTail) {
                return stderrTail.isEmpty() ? "(no message)" : stderrTail.getLast();
            }
        }

        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
