package org.oncocurate.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What a benchmark of one extraction stage runs on and how many rounds it times. */
final class StageBenchOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "A PDF, or a plain text file (.txt) read as one page.")
    Path file;

    @Option(names = "--rounds", defaultValue = "10", description = "Timed rounds (default 10).")
    int rounds;

    @Option(names = "--warmups", defaultValue = "3", description = "Untimed warm-up rounds (default 3).")
    int warmups;
}
