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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run ingest and extract in this process and score the records against gold files "
                + "(curation-gold/1) as score.py does: precision, recall and F1 per kind, the misses and the spurious "
                + "items. Genes and drugs are scored by a gold file with 'genes'/'drugs', trials and outcomes by one "
                + "with 'trials'/'outcomes'.",
                "Either one PDF against --gold files, or whole --corpus folders: every *.gold.json there whose "
                        + "document.pdf names a PDF is one document, scored on its own and then summed over all "
                        + "(micro-averaged, as score.py --micro)."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE.gold.json",
            description = "A gold file; repeat the option to score against several.")
    List<Path> golds = List.of();

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A corpus folder of gold files and PDFs; repeat the option to sum over several.")
    List<Path> corpora = List.of();

    @Option(names = "--records", paramLabel = "FILE.jsonl",
            description = "Also write the records scored, as JSON Lines (the input score.py reads).")
    Path recordsFile;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.pdf")
    Path pdf;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws IOException {
        if (corpora.isEmpty() == (pdf == null) || (pdf == null) != golds.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give either a PDF with --gold files, or --corpus folders (without a PDF or --gold)");
        }
        return pdf == null ? corpus() : document();
    }

    private Integer corpus() throws IOException {
        Settings settings = config.settings();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<CorpusEvaluation.GoldDocument> documents = CorpusEvaluation.goldDocuments(corpora);
        if (documents.isEmpty()) {
            System.err.println("no gold file naming an existing PDF in " + corpora);
            return 1;
        }
        List<CorpusEvaluation.Document> scored;
        try (PdfIngest ingest = PdfIngest.isolated(settings.ingest())) {
            scored = CorpusEvaluation.evaluate(documents, ingest,
                    Extractor.create(ExtractionResources.load(settings.extract().drugBankVocabulary())));
        }
        List<JsonNode> records = new ArrayList<>();
        for (CorpusEvaluation.Document document : scored) {
            out.println("== " + document.name());
            out.print(ScoreReport.format(document.scores()));
            records.addAll(document.records());
        }
        out.println("== micro-averaged over " + scored.size() + " documents");
        out.print(ScoreReport.formatMicro(CorpusEvaluation.micro(scored), CorpusEvaluation.documentCounts(scored)));
        out.flush();
        writeRecords(records);
        return 0;
    }

    private Integer document() throws IOException {
        Settings settings = config.settings();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<JsonNode> golds = new ArrayList<>();
        for (Path gold : this.golds) {
            golds.add(CorpusEvaluation.readGold(gold));
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
        writeRecords(records);
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

    private void writeRecords(List<JsonNode> records) throws IOException {
        if (recordsFile != null) {
            try (Writer writer = Files.newBufferedWriter(recordsFile, StandardCharsets.UTF_8)) {
                for (JsonNode record : records) {
                    writer.write(Json.writeString(record));
                    writer.write('\n');
                }
            }
        }
    }
}
