package org.oncocurate.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.oncocurate.app.config.ConfigKey;

/** The README is how a newcomer runs and configures the project: it must name every setting there is. */
class ReadmeTest {
    private static final Path ROOT = Path.of(System.getProperty("oncocurate.seed.dir", "../corpus/seed"))
            .getParent().getParent();

    @Test
    void theReadmeDocumentsEverySetting() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(Arrays.stream(ConfigKey.values()).map(ConfigKey::environmentVariable))
                .allSatisfy(variable -> assertThat(readme).contains(variable));
    }

    @Test
    void theReadmeStartsWithTheDemoAndTheTestCommand() throws IOException {
        String start = Files.readString(ROOT.resolve("README.md")).lines().limit(6)
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(start).contains("./curate demo").contains("mvn -B verify");
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("exec mvn -B verify");
    }
}
