package org.oncocurate.app.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Submit PDFs (files, or every .pdf under a directory) to a running OncoCurate.")
final class SubmitCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "PDF files or directories.")
    List<Path> paths;

    @Option(names = "--url", defaultValue = "http://localhost:8080/", description = "The running system (default: ${DEFAULT-VALUE}).")
    String url;

    @Mixin
    TokenOptions credentials;

    @Override
    public Integer call() throws Exception {
        List<Path> pdfs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                            .sorted().forEach(pdfs::add);
                }
            } else if (Files.isRegularFile(path)) {
                pdfs.add(path);
            } else {
                System.err.println("curate submit: no such file or directory: " + path);
                return 2;
            }
        }
        ApiClient api = new ApiClient(url, credentials.token(System.getenv()));
        int failures = 0;
        for (Path pdf : pdfs) {
            try {
                HttpResponse<String> response = api.submit(pdf);
                if (response.statusCode() == 202) {
                    System.out.println(pdf + "\t" + response.body());
                } else if (response.statusCode() == 401) {
                    System.err.println("curate submit: the API token was not accepted: " + response.body());
                    return 4;
                } else {
                    failures++;
                    System.err.println(pdf + "\trefused (" + response.statusCode() + "): " + response.body());
                }
            } catch (ConnectException e) {
                System.err.println("curate submit: nothing answers at " + api.base() + " (is `curate serve` running?)");
                return 3;
            } catch (IOException e) {
                failures++;
                System.err.println(pdf + "\tfailed: " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
