package org.oncocurate.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.PaperText;
import picocli.CommandLine;

class TextCommandTest {
    private static final Path SAMPLE = Path.of(System.getProperty("oncocurate.seed.dir", "../corpus/seed"))
            .resolve("endocrine-resistance-review.tables.pdf");

    @Test
    void printsTheBodyTextInReadingOrderWithoutRunningHeadsAndTheWholePaperTextAsJson() {
        StringWriter text = new StringWriter();
        StringWriter json = new StringWriter();

        assertThat(run(text, "text", SAMPLE.toString())).isZero();
        assertThat(run(json, "text", "--format", "json", SAMPLE.toString())).isZero();

        assertThat(text.toString()).startsWith("Mechanisms of endocrine resistance in hormone receptor-positive")
                .contains("\nMONALEESA-2 | III | ").doesNotContain("frontiersin.org");
        PaperText paper = Json.read(json.toString(), PaperText.class);
        assertThat(paper.text()).isEqualTo(text.toString().strip());
        assertThat(paper.tables()).hasSize(2);
        assertThat(paper.pages().get(0).furniture()).contains("frontiersin.org 1");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run(new StringWriter(), "text", "--format", "xml", SAMPLE.toString())).isEqualTo(2);
    }

    private static int run(StringWriter out, String... args) {
        CommandLine commandLine = Curate.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }
}
