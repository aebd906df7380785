package org.oncocurate.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.TextSource;

/** Papers made from plain text for tests: one page, no layout, read as OCR output. */
public final class PlainTextPapers {
    private PlainTextPapers() {
    }

    public static PaperText of(String text) {
        String id = PaperId.of(text.getBytes(StandardCharsets.UTF_8));
        return new PaperText(id, Bibliography.UNKNOWN, text,
                List.of(new Page(1, 0, text.length(), 595, 842, TextSource.OCR, List.of(), null)),
                List.of(), List.of(), List.of(), List.of());
    }

    public static PaperText read(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The seed corpus of the repository: {@code corpus/seed} under the project root. */
    public static Path seedCorpus() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path seed = dir.resolve("corpus/seed");
            if (Files.isDirectory(seed)) {
                return seed;
            }
        }
        throw new IllegalStateException("no corpus/seed above " + here);
    }
}
