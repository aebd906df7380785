package org.oncocurate.app.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the records of a running OncoCurate, with their review status, as JSON Lines, CSV or "
                + "BioC JSON.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), csv or bioc.")
    String format;

    @Option(names = "--curated", description = "Only approved and edited records (what knowledge bases receive).")
    boolean curated;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--url", defaultValue = "http://localhost:8080/", description = "The running system (default: ${DEFAULT-VALUE}).")
    String url;

    @Mixin
    TokenOptions credentials;

    @Override
    public Integer call() throws Exception {
        if (!format.matches("jsonl|csv|bioc")) {
            throw new IllegalArgumentException("unknown export format '" + format + "'; choose jsonl, csv or bioc");
        }
        ApiClient api = new ApiClient(url, credentials.token(System.getenv()));
        HttpResponse<InputStream> response;
        try {
            response = api.get("api/export?format=" + format + (curated ? "&status=curated" : ""));
        } catch (ConnectException e) {
            System.err.println("curate export: nothing answers at " + api.base() + " (is `curate serve` running?)");
            return 3;
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                System.err.println("curate export: refused (" + response.statusCode() + "): "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                return 1;
            }
            if (output == null) {
                body.transferTo(System.out);
                System.out.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(output)) {
                    body.transferTo(file);
                }
            }
        }
        return 0;
    }
}
