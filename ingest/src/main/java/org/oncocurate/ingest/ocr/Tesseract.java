package org.oncocurate.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.oncocurate.ingest.layout.Word;

/**
 * Runs the Tesseract command line on page images. The image goes to Tesseract's standard input as a greyscale PNM and
 * hOCR comes back on its standard output, so no file is left behind if the process is killed. Tesseract runs with
 * one thread per page (OMP_THREAD_LIMIT=1): its own threading only slows it down on a busy machine. A page that takes
 * longer than the page timeout is killed.
 */
public final class Tesseract {
    /** Largest hOCR output read for one page. */
    private static final int MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
    /** Words beyond this many on one page are left out. */
    public static final int MAX_WORDS = 30_000;

    private final OcrSettings settings;
    private final String unavailableReason;

    private Tesseract(OcrSettings settings, String unavailableReason) {
        this.settings = settings;
        this.unavailableReason = unavailableReason;
    }

    /** Finds out, once, whether the configured command runs. */
    public static Tesseract locate(OcrSettings settings) {
        try {
            Process process = new ProcessBuilder(settings.command(), "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Tesseract(settings, "'" + settings.command() + " --version' did not answer");
            }
            if (process.exitValue() != 0) {
                return new Tesseract(settings, "'" + settings.command() + " --version' failed: "
                        + firstLine(new String(output, StandardCharsets.UTF_8)));
            }
            return new Tesseract(settings, null);
        } catch (IOException e) {
            return new Tesseract(settings, "Tesseract ('" + settings.command() + "') is not installed; install "
                    + "Debian's tesseract-ocr package to read pages without a text layer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Tesseract(settings, "interrupted while looking for Tesseract");
        }
    }

    public boolean available() {
        return unavailableReason == null;
    }

    /** Why OCR cannot run, or null when it can. */
    public String unavailableReason() {
        return unavailableReason;
    }

    public int dpi() {
        return settings.dpi();
    }

    /**
     * The words Tesseract reads in a greyscale image.
     *
     * @param pointsPerPixel the size of one image pixel in page points, to put the words' boxes on the page
     * @throws OcrException when Tesseract fails or takes too long
     */
    public List<Word> read(BufferedImage image, int dpi, double pointsPerPixel) throws OcrException {
        if (!available()) {
            throw new OcrException(unavailableReason);
        }
        ProcessBuilder builder = new ProcessBuilder(settings.command(), "stdin", "stdout", "--dpi",
                String.valueOf(dpi), "-l", settings.language(), "hocr");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new OcrException("cannot start Tesseract: " + e.getMessage());
        }
        try {
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread errorReader = drain(process.getErrorStream(), errors, 64 * 1024);
            AtomicReference<IOException> writeFailure = new AtomicReference<>();
            Thread imageWriter = new Thread(() -> writeImage(process.getOutputStream(), image, writeFailure),
                    "ocr-image-writer");
            imageWriter.setDaemon(true);
            imageWriter.start();
            Thread watchdog = new Thread(() -> killAfter(process, settings.pageTimeout().toMillis()), "ocr-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            byte[] hocr = process.getInputStream().readNBytes(MAX_OUTPUT_BYTES);
            boolean finished = process.waitFor(settings.pageTimeout().toMillis(), TimeUnit.MILLISECONDS);
            watchdog.interrupt();
            errorReader.join(1000);
            if (!finished) {
                throw new OcrException("Tesseract took longer than " + settings.pageTimeout().toSeconds() + " s");
            }
            imageWriter.join(1000);
            if (process.exitValue() != 0 || writeFailure.get() != null) {
                String reason = writeFailure.get() == null ? "" : " (image not fully read: "
                        + writeFailure.get().getMessage() + ")";
                throw new OcrException("Tesseract failed (exit code " + process.exitValue() + "): "
                        + firstLine(errors.toString(StandardCharsets.UTF_8)) + reason);
            }
            return Hocr.words(new String(hocr, StandardCharsets.UTF_8), pointsPerPixel, MAX_WORDS);
        } catch (IOException e) {
            throw new OcrException("cannot read Tesseract's output: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted during OCR");
        } finally {
            process.destroyForcibly();
        }
    }

    private static void writeImage(OutputStream stdin, BufferedImage image, AtomicReference<IOException> failure) {
        try (OutputStream out = stdin) {
            int width = image.getWidth();
            int height = image.getHeight();
            out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                    && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                    && buffer.getData().length == width * height) {
                out.write(buffer.getData());
            } else {
                byte[] row = new byte[width];
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int rgb = image.getRGB(x, y);
                        int grey = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                        row[x] = (byte) grey;
                    }
                    out.write(row);
                }
            }
        } catch (IOException e) {
            failure.set(e);
        }
    }

    private static void killAfter(Process process, long millis) {
        try {
            if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread drain(InputStream stream, ByteArrayOutputStream into, int limit) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (InputStream in = stream) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    synchronized (into) {
                        if (into.size() < limit) {
                            into.write(buffer, 0, Math.min(read, limit - into.size()));
                        }
                    }
                }
            } catch (IOException e) {
                synchronized (into) {
                    into.writeBytes(("(error output cut short: " + e.getMessage() + ")").getBytes(
                            StandardCharsets.UTF_8));
                }
            }
        }, "ocr-stderr");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("(no message)");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
