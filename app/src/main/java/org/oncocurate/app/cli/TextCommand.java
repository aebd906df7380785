package org.oncocurate.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.PaperText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Read one PDF as ingest does and print its body text in reading order (running headers and "
                + "footers left out; tables one row per line, cells separated by ' | '), or with --format json the "
                + "whole PaperText: pages, blocks, sections, tables with their cells, page regions, OCR flags.")
final class TextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.pdf")
    Path pdf;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    String format;

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        try (PdfIngest ingest = PdfIngest.isolated(config.settings().ingest())) {
            PaperText paper = ingest.apply(Files.readAllBytes(pdf));
            out.println(format.equals("json") ? Json.writeString(paper) : paper.text());
            out.flush();
            return 0;
        } catch (StageRejection rejection) {
            spec.commandLine().getErr().println(pdf + ": rejected: " + rejection.reason() + ": "
                    + rejection.getMessage());
            return 1;
        }
    }
}
