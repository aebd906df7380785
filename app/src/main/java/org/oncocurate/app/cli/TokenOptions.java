package org.oncocurate.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a command that calls the REST API finds its API token: a file (kept out of the process list and shell
 * history), else the {@code ONCOCURATE_API_TOKEN} environment variable. Create a token on the review UI's Account
 * page or with {@code curate admin create-token}.
 */
final class TokenOptions {
    static final String ENVIRONMENT_VARIABLE = "ONCOCURATE_API_TOKEN";

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding an API token (default: the " + ENVIRONMENT_VARIABLE + " variable).")
    Path tokenFile;

    String token(Map<String, String> environment) throws IOException {
        if (tokenFile != null) {
            String token = Files.readString(tokenFile).strip();
            if (token.isEmpty()) {
                throw new IllegalArgumentException("the token file " + tokenFile + " is empty");
            }
            return token;
        }
        String token = environment.getOrDefault(ENVIRONMENT_VARIABLE, "").strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("no API token: set " + ENVIRONMENT_VARIABLE
                    + " or pass --token-file FILE (create a token on the Account page of the review UI, or with "
                    + "`curate admin create-token USER`)");
        }
        return token;
    }
}
