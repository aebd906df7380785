package org.oncocurate.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.oncocurate.app.config.Settings;
import org.oncocurate.extract.ExtractionResources;
import org.oncocurate.extract.bench.OutcomeBenchmark;
import org.oncocurate.extract.bench.StageTiming;
import org.oncocurate.model.text.PaperText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "outcomes", mixinStandardHelpOptions = true,
        description = "Run the outcome stage (figures from prose and tables, tied to trials and arms, checked and "
                + "reconciled) on a PDF or a plain text file and print sentences/s and outcome facts/s.")
final class OutcomesBenchCommand implements Callable<Integer> {
    @Mixin
    StageBenchOptions bench;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ExtractionResources resources = ExtractionResources.load(settings.extract().drugBankVocabulary());
        PaperText paper = EntitiesBenchCommand.read(settings, bench.file);
        StageTiming result = OutcomeBenchmark.run(resources, paper, bench.warmups, bench.rounds);
        out.printf(Locale.ROOT, "outcomes on %s: %d sentences, %d outcome facts%n", bench.file, result.sentences(),
                result.items());
        out.printf(Locale.ROOT, "%d rounds after %d warm-ups: %.1f ms per paper%n", result.rounds(), bench.warmups,
                result.millisecondsPerPaper());
        out.printf(Locale.ROOT, "sentences/s %.0f%nfacts/s %.0f%n", result.sentencesPerSecond(),
                result.itemsPerSecond());
        out.flush();
        return 0;
    }
}
