package org.oncocurate.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oncocurate.app.config.Settings;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.export.ExportRecords;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.StageRejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Run ingest and extract on PDFs in this process, without broker or database, and print the "
                + "records as JSON Lines: the same records the pipeline stores for these PDFs.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.pdf")
    List<Path> pdfs;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int rejected = 0;
        Extractor extractor = Extractor.create(ExtractionResources.load(settings.extract().drugBankVocabulary()));
        try (PdfIngest ingest = PdfIngest.isolated(settings.ingest())) {
            for (Path pdf : pdfs) {
                try {
                    Findings findings = extractor.apply(ingest.apply(Files.readAllBytes(pdf)));
                    for (Finding finding : findings.findings()) {
                        out.println(Json.writeString(ExportRecords.toRecord(provenance(findings), finding, "pending")));
                    }
                } catch (StageRejection rejection) {
                    rejected++;
                    System.err.println(pdf + ": rejected: " + rejection.reason() + ": " + rejection.getMessage());
                }
            }
        }
        out.flush();
        return rejected == 0 ? 0 : 1;
    }

    static ExportRecords.Provenance provenance(Findings findings) {
        return ExportRecords.Provenance.of(findings);
    }
}
