package org.oncocurate.app.cli;

import java.util.concurrent.Callable;
import org.oncocurate.app.pipeline.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run services until interrupted. Without ONCOCURATE_KAFKA_BOOTSTRAP_SERVERS and "
                + "ONCOCURATE_JDBC_URL, role all starts the embedded broker and database.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--role", defaultValue = "all", paramLabel = "ROLE",
            description = "ingest, extract, store or all (default: ${DEFAULT-VALUE}).")
    String role;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        try (ServiceProcess process = ServiceProcess.start(config.settings(), Role.parse(role))) {
            System.out.println("OncoCurate serving role " + role + "; press Ctrl-C to stop.");
            process.awaitShutdown();
        }
        return 0;
    }
}
