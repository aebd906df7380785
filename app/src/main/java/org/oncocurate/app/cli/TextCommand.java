package org.oncocurate.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                + "whole PaperText: pages, blocks, sections, tables with their cells, page regions, OCR flags. With "
                + "--compare, print for each PDF how far that text agrees with poppler's pdftotext and with mutool "
                + "(when installed): the share of their word 6-grams ingest also reads, and glued words.")
final class TextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.pdf", arity = "1..*")
    List<Path> pdfs;

    @Option(names = "--compare", description = "print per file the agreement with pdftotext and mutool instead of "
            + "the text")
    boolean compare;

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
        if (!compare && pdfs.size() != 1) {
            throw new ParameterException(spec.commandLine(), "give one PDF, or several with --compare");
        }
        try (PdfIngest ingest = PdfIngest.isolated(config.settings().ingest())) {
            if (compare) {
                return new TextComparison(out, spec.commandLine().getErr()).run(ingest, pdfs);
            }
            Path pdf = pdfs.get(0);
            try {
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
}
