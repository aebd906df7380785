package org.oncocurate.ingest.isolation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.ocr.OcrSettings;
import org.oncocurate.ingest.pdf.PdfBoxReader;
import org.oncocurate.ingest.render.RegionRenderer;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;

/**
 * The child process that reads PDFs for {@link IsolatedPdfReader}. It reads one request per line on standard input
 * ({@code paperId TAB pdfPath TAB outputPath} to read the text, or {@code RENDER TAB pdfPath TAB outputPath TAB page
 * TAB x TAB y TAB width TAB height TAB dpi} to render a page region as PNG) and answers on standard output with one
 * protocol line per request; everything else it would print goes to standard error, so log lines can never be
 * mistaken for answers.
 */
public final class ReaderWorker {
    static final String ANSWER_PREFIX = "@@oncocurate-reader ";
    static final String RENDER = "RENDER";

    private ReaderWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        IngestLimits limits = new IngestLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Duration.parse(args[2]), Long.parseLong(args[3]));
        OcrSettings ocr = new OcrSettings(args[4], args[5], Integer.parseInt(args[6]), Duration.parse(args[7]));
        PdfBoxReader reader = new PdfBoxReader(limits, ocr);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        protocol.println(ANSWER_PREFIX + "READY");
        String request;
        while ((request = requests.readLine()) != null) {
            String[] parts = request.split("\t", -1);
            if (parts.length == 9 && parts[0].equals(RENDER)) {
                protocol.println(ANSWER_PREFIX + render(parts, limits.memoryBytes()));
                continue;
            }
            if (parts.length != 3) {
                protocol.println(ANSWER_PREFIX + "FAILED\tbad request");
                continue;
            }
            protocol.println(ANSWER_PREFIX + answer(reader, parts[0], Path.of(parts[1]), Path.of(parts[2])));
        }
    }

    private static String answer(PdfBoxReader reader, String paperId, Path pdf, Path output) {
        try {
            PaperText text = reader.read(paperId, Files.readAllBytes(pdf));
            Files.write(output, Json.write(text));
            return "OK";
        } catch (StageRejection rejection) {
            return "REJECTED\t" + rejection.reason().name() + "\t" + oneLine(rejection.getMessage());
        } catch (Exception e) {
            return failed(e);
        }
    }

    /** A failure of the reader itself: its stack trace goes to the log, its place into the answer. */
    private static String failed(Exception e) {
        e.printStackTrace(System.err);
        StackTraceElement[] trace = e.getStackTrace();
        return "FAILED\t" + oneLine(e + (trace.length > 0 ? " at " + trace[0] : ""));
    }

    private static String render(String[] parts, long memoryBytes) {
        try {
            RegionRenderer.Request region = new RegionRenderer.Request(Integer.parseInt(parts[3]),
                    Double.parseDouble(parts[4]), Double.parseDouble(parts[5]), Double.parseDouble(parts[6]),
                    Double.parseDouble(parts[7]), Integer.parseInt(parts[8]));
            Files.write(Path.of(parts[2]), RegionRenderer.renderPng(Files.readAllBytes(Path.of(parts[1])), region,
                    memoryBytes));
            return "OK";
        } catch (StageRejection rejection) {
            return "REJECTED\t" + rejection.reason().name() + "\t" + oneLine(rejection.getMessage());
        } catch (Exception e) {
            return "FAILED\t" + oneLine(e.toString());
        }
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("[\\t\\r\\n]+", " ");
    }
}
