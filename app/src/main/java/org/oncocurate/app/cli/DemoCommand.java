package org.oncocurate.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oncocurate.app.config.ConfigKey;
import org.oncocurate.app.config.Settings;
import org.oncocurate.app.pipeline.Role;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.Secrets;
import org.oncocurate.store.paper.PaperState;
import org.oncocurate.store.paper.PaperSummary;
import org.oncocurate.store.paper.Submissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the broker, the database and all services, ingest the bundled sample review, print "
                + "what was found and where to look, and keep serving until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "/samples/endocrine-resistance-review.tables.pdf";
    private static final String DEMO_USER = "demo";

    @Mixin
    ConfigOptions config;

    @Option(names = "--wait", defaultValue = "PT5M", paramLabel = "DURATION",
            description = "How long to wait for the sample to be processed (default: ${DEFAULT-VALUE}).")
    Duration wait;

    @Option(names = "--exit", description = "Stop after printing the results instead of serving.")
    boolean exit;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings();
        System.out.println("Starting OncoCurate (data in " + settings.embedded().dataDir() + ") ...");
        try (ServiceProcess process = ServiceProcess.start(settings, EnumSet.allOf(Role.class))) {
            StoreServices store = process.pipeline().store();
            Submissions.Receipt receipt = store.submissions().submit(sample(), "endocrine-resistance-review.tables.pdf",
                    "demo");
            System.out.println("Submitted the sample review (paper " + receipt.paperId() + ")"
                    + (receipt.queued() ? "" : ", already processed before"));
            PaperSummary paper = awaitProcessed(store, receipt.paperId());
            String url = "http://" + displayHost(settings.http().host()) + ":" + process.pipeline().httpPort() + "/";
            print(store, paper, url);
            printSignIn(store, settings);
            if (!exit) {
                System.out.println("Serving; press Ctrl-C to stop.");
                process.awaitShutdown();
            }
            return paper.state() == PaperState.EXTRACTED ? 0 : 1;
        }
    }

    private static byte[] sample() throws IOException {
        try (InputStream stream = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (stream == null) {
                throw new IOException("the sample review " + SAMPLE + " is missing from the build");
            }
            return stream.readAllBytes();
        }
    }

    private PaperSummary awaitProcessed(StoreServices store, String paperId) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            PaperSummary paper = store.papers().find(paperId).orElseThrow();
            if (paper.state() == PaperState.EXTRACTED || paper.state() == PaperState.REJECTED) {
                return paper;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the sample was not processed within " + wait);
    }

    private static void print(StoreServices store, PaperSummary paper, String url) {
        System.out.println();
        if (paper.state() == PaperState.REJECTED) {
            System.out.println("The sample was rejected by " + paper.rejectedStage() + ": " + paper.rejectionReason()
                    + " (" + paper.rejectionMessage() + ")");
        } else {
            System.out.println("Paper:          " + (paper.title() == null ? paper.fileName() : paper.title()));
            System.out.println("DOI:            " + (paper.doi() == null ? "(not found)" : paper.doi()));
            Map<FindingKind, Long> counts = store.findings().countsByKind(paper.id());
            for (FindingKind kind : FindingKind.values()) {
                System.out.printf("%-15s %d%n", plural(kind) + ":", counts.getOrDefault(kind, 0L));
            }
        }
        System.out.println();
        System.out.println("Review UI: " + url);
        System.out.println("REST API:  " + url + "api/papers");
        System.out.println("Export:    " + url + "api/export?format=jsonl (or csv, bioc; with an API token)");
    }

    /**
     * The demo needs someone to sign in as: the configured editor, else a "demo" editor whose password is drawn
     * afresh at every demo start and printed here (there is no built-in password).
     */
    private static void printSignIn(StoreServices store, Settings settings) {
        if (settings.admin().username().isPresent()) {
            System.out.println("Sign in:   " + settings.admin().username().get() + " (password from "
                    + ConfigKey.ADMIN_PASSWORD.environmentVariable() + ")");
            return;
        }
        String password = Secrets.random().substring(0, 20);
        if (store.accounts().find(DEMO_USER).isPresent()) {
            store.accounts().changePassword("curate demo", DEMO_USER, password);
        } else {
            store.accounts().create(DEMO_USER, org.oncocurate.store.account.Role.EDITOR, password, "curate demo");
        }
        System.out.println("Sign in:   " + DEMO_USER + " / " + password + "  (drawn for this demo run)");
    }

    static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "localhost" : host;
    }

    private static String plural(FindingKind kind) {
        return switch (kind) {
            case GENE_FAMILY -> "gene families";
            case DRUG_CLASS -> "drug classes";
            default -> kind.label() + "s";
        };
    }
}
