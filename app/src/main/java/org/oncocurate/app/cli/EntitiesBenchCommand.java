package org.oncocurate.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oncocurate.app.config.Settings;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.bench.EntityBenchmark;
import org.oncocurate.extract.bench.StageTiming;
import org.oncocurate.ingest.PdfIngest;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Run the entity stage (genes, drugs, variants, trials) on a PDF or a plain text file and print "
                + "sentences/s and matches/s.")
final class EntitiesBenchCommand implements Callable<Integer> {
    @Mixin
    StageBenchOptions bench;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long loadStart = System.nanoTime();
        ExtractionResources resources = ExtractionResources.load(settings.extract().drugBankVocabulary());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        PaperText paper = read(settings, bench.file);
        StageTiming result = EntityBenchmark.run(resources, paper, bench.warmups, bench.rounds);
        out.printf(Locale.ROOT, "entities on %s: %d sentences, %d matches, %d findings%n", bench.file,
                result.sentences(), result.items(), result.findings());
        out.printf(Locale.ROOT, "lexicons loaded in %.2f s; %d rounds after %d warm-ups: %.1f ms per paper%n",
                loadSeconds, result.rounds(), bench.warmups, result.millisecondsPerPaper());
        out.printf(Locale.ROOT, "sentences/s %.0f%nmatches/s %.0f%n", result.sentencesPerSecond(),
                result.itemsPerSecond());
        out.flush();
        return 0;
    }

    static PaperText read(Settings settings, Path file) throws Exception {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new PaperText(PaperId.of(text.getBytes(StandardCharsets.UTF_8)), Bibliography.UNKNOWN, text,
                    List.of(new Page(1, 0, text.length(), 595, 842, TextSource.OCR, List.of(), null)),
                    List.of(), List.of(), List.of(), List.of());
        }
        try (PdfIngest ingest = PdfIngest.isolated(settings.ingest())) {
            return ingest.apply(Files.readAllBytes(file));
        }
    }
}
