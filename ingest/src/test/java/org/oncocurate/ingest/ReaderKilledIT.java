package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;

/**
 * A reader child killed from outside (kill -9 by an operator, the kernel's OOM killer) while it reads says nothing
 * about the PDF: the PDF is read again on a fresh child, and only a reader killed on every try ends in
 * {@code READER_CRASHED}, never in a verdict on the PDF such as {@code CORRUPT_PDF}.
 */
class ReaderKilledIT {
    @Test
    void aReaderKilledOnceWhileItReadsIsReplacedAndThePdfIsStillRead() throws Exception {
        byte[] scanned = TestPdfs.seedBytes("endocrine-resistance-review.scanned-p1-3.pdf");
        try (PdfIngest ingest = PdfIngest.isolated(IngestLimits.DEFAULT);
                Killer killer = new Killer(1)) {
            String text = ingest.apply(scanned).text();

            assertThat(killer.kills()).as("readers killed while busy").isEqualTo(1);
            assertThat(text).containsIgnoringCase("endocrine");
        }
    }

    @Test
    void aReaderKilledOnEveryTryEndsInReaderCrashedAndTheNextPdfIsRead() throws Exception {
        byte[] scanned = TestPdfs.seedBytes("endocrine-resistance-review.scanned-p1-3.pdf");
        try (PdfIngest ingest = PdfIngest.isolated(IngestLimits.DEFAULT)) {
            try (Killer killer = new Killer(Integer.MAX_VALUE)) {
                assertThatThrownBy(() -> ingest.apply(scanned)).isInstanceOfSatisfying(StageRejection.class,
                        rejection -> {
                            assertThat(rejection.reason()).isEqualTo(RejectionReason.READER_CRASHED);
                            assertThat(rejection.getMessage()).contains("killed 3 times").contains("signal 9");
                        });
                assertThat(killer.kills()).isEqualTo(3);
            }
            assertThat(ingest.apply(TestPdfs.withText("read after the kills")).text())
                    .contains("read after the kills");
        }
    }

    /**
     * Kills the reader JVM with SIGKILL as soon as it is busy with OCR (a Tesseract runs under it), up to a number
     * of times.
     */
    private static final class Killer implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger kills = new AtomicInteger();
        private final Thread thread;

        Killer(int limit) {
            thread = new Thread(() -> {
                while (running.get() && kills.get() < limit) {
                    List<ProcessHandle> busyReaders = ProcessHandle.current().children()
                            .filter(child -> child.info().commandLine().orElse("").contains("ReaderWorker"))
                            .filter(reader -> reader.descendants().anyMatch(process ->
                                    process.info().command().orElse("").endsWith("tesseract")))
                            .toList();
                    for (ProcessHandle reader : busyReaders) {
                        if (reader.destroyForcibly()) {
                            kills.incrementAndGet();
                            reader.onExit().join();
                        }
                    }
                    sleep(50);
                }
            }, "reader-killer");
            thread.setDaemon(true);
            thread.start();
        }

        int kills() {
            return kills.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
