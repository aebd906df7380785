package org.oncocurate.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncocurate.app.config.Settings;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.Extractor;
import org.oncocurate.extract.eval.GoldConflicts;
import org.oncocurate.extract.eval.GoldScorer;
import org.oncocurate.extract.eval.KindScore;
import org.oncocurate.extract.eval.ScoreReport;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.export.ExportRecords;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.stage.StageRejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run ingest and extract on a PDF in this process and score the records against gold files "
                + "(curation-gold/1) as score.py does: precision, recall and F1 per kind, the misses and the spurious "
                + "items. Genes and drugs are scored by a gold file with 'genes'/'drugs', trials and outcomes by one "
                + "with 'trials'/'outcomes'.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE.gold.json",
            description = "A gold file; repeat the option to score against several.")
    List<Path> golds;

    @Option(names = "--records", paramLabel = "FILE.jsonl",
            description = "Also write the records scored, as JSON Lines (the input score.py reads).")
    Path recordsFile;

    @Parameters(index = "0", paramLabel = "FILE.pdf")
    Path pdf;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws IOException {
        Settings settings = config.settings();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<JsonNode> golds = new ArrayList<>();
        for (Path gold : this.golds) {
            golds.add(readGold(gold));
        }
        Findings findings;
        try (PdfIngest ingest = PdfIngest.isolated(settings.ingest())) {
            findings = Extractor.create(ExtractionResources.load(settings.extract().drugBankVocabulary()))
                    .apply(ingest.apply(Files.readAllBytes(pdf)));
        } catch (StageRejection rejection) {
            System.err.println(pdf + ": rejected: " + rejection.reason() + ": " + rejection.getMessage());
            return 1;
        }
        List<JsonNode> records = records(findings);
        if (recordsFile != null) {
            try (Writer writer = Files.newBufferedWriter(recordsFile, StandardCharsets.UTF_8)) {
                for (JsonNode record : records) {
                    writer.write(Json.writeString(record));
                    writer.write('\n');
                }
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            Map<String, KindScore> scores = GoldScorer.score(records, golds.get(i));
            out.println("# " + this.golds.get(i));
            out.print(ScoreReport.format(scores));
            if (GoldConflicts.total(golds.get(i)) > 0) {
                List<String> missed = GoldConflicts.missed(findings.findings(), golds.get(i));
                out.printf("conflict found %d of %d%n", GoldConflicts.total(golds.get(i)) - missed.size(),
                        GoldConflicts.total(golds.get(i)));
                if (!missed.isEmpty()) {
                    out.println("  missed:   " + String.join(", ", missed));
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The records the pipeline would store for these findings, all pending. */
    static List<JsonNode> records(Findings findings) {
        ExportRecords.Provenance provenance = ExtractCommand.provenance(findings);
        List<JsonNode> records = new ArrayList<>();
        for (Finding finding : findings.findings()) {
            records.add(ExportRecords.toRecord(provenance, finding, "pending"));
        }
        return records;
    }

    private static JsonNode readGold(Path gold) {
        try {
            JsonNode node = Json.mapper().readTree(gold.toFile());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("gold file " + gold + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read gold file " + gold + ": " + e.getMessage(), e);
        }
    }
}
