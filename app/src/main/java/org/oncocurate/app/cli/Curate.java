package org.oncocurate.app.cli;

import org.oncocurate.app.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code curate} command line. */
@Command(name = "curate", mixinStandardHelpOptions = true, version = "OncoCurate 0.1.0",
        description = "Reads oncology review PDFs into curated records: genes, drugs, trials and outcome figures.",
        subcommands = {DemoCommand.class, ServeCommand.class, SubmitCommand.class, ExportCommand.class,
                ExtractCommand.class, EvalCommand.class, BenchCommand.class, AdminCommand.class, TextCommand.class})
public final class Curate implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Curate());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            if (exception instanceof ConfigException || exception instanceof IllegalArgumentException) {
                line.getErr().println("curate: " + exception.getMessage());
                return 2;
            }
            throw exception;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
