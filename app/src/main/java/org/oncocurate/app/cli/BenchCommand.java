package org.oncocurate.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {EntitiesBenchCommand.class, OutcomesBenchCommand.class, IngestBenchCommand.class,
                PipelineBenchCommand.class},
        description = "Benchmarks that print numbers: speed is measured here, not in timed tests. "
                + "'bench entities FILE' times the entity stage, 'bench outcomes FILE' the outcome stage, "
                + "'bench ingest [FILE.pdf ...]' the ingest stage, 'bench pipeline PDF|DIR ...' the whole pipeline.")
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
