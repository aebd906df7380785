package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.stage.RejectionReason;
import org.oncocurate.model.stage.StageRejection;

/** OCR runs inside the isolated reader, so the parse timeout covers it and takes its Tesseract down with it. */
class OcrIsolationIT {
    @Test
    void aTimeoutDuringOcrKillsTheReaderAndItsTesseractAndTheNextPdfIsStillRead() throws Exception {
        IngestLimits impatient = new IngestLimits(IngestLimits.DEFAULT.maxBytes(), 500, Duration.ofSeconds(6),
                IngestLimits.DEFAULT.memoryBytes());
        byte[] scanned = TestPdfs.seedBytes("endocrine-resistance-review.scanned-p1-3.pdf");
        Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (reading.get()) {
                ProcessHandle.current().descendants()
                        .filter(process -> process.info().command().orElse("").endsWith("tesseract"))
                        .forEach(seen::add);
                sleep(50);
            }
        });
        watcher.start();

        try (PdfIngest ingest = PdfIngest.isolated(impatient)) {
            assertThatThrownBy(() -> ingest.apply(scanned)).isInstanceOfSatisfying(StageRejection.class,
                    rejection -> assertThat(rejection.reason()).isEqualTo(RejectionReason.PARSE_TIMEOUT));
            reading.set(false);
            watcher.join();

            assertThat(seen).as("Tesseract ran under the reader before the timeout").isNotEmpty();
            assertThat(seen).allSatisfy(process -> assertThat(endsWithin(process, Duration.ofSeconds(2)))
                    .as("Tesseract %d ended", process.pid()).isTrue());
            assertThat(ingest.apply(TestPdfs.withText("read after the timeout")).text())
                    .contains("read after the timeout");
        }
    }

    /**
     * True when the process ends (or is killed and waits only to be reaped, a zombie) within the time: a Tesseract
     * left running would go on with its page for several seconds.
     */
    private static boolean endsWithin(ProcessHandle process, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive() || zombie(process)) {
                return true;
            }
            sleep(20);
        }
        return false;
    }

    private static boolean zombie(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return !process.isAlive();
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
