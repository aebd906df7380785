package org.oncocurate.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A tab-separated lexicon resource: one entry per line, {@code #} starts a comment line, and the first comment line
 * of the form {@code # version: X} names the lexicon's version. A resource whose name ends in {@code .gz} is read
 * through gzip.
 */
public record Lexicon(String name, String version, List<String[]> rows) {
    public Lexicon {
        rows = List.copyOf(rows);
    }

    public static Lexicon load(String name, Class<?> anchor, String resource) {
        try (InputStream stream = anchor.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("lexicon " + resource + " is not on the classpath");
            }
            InputStream content = resource.endsWith(".gz") ? new GZIPInputStream(stream) : stream;
            BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String version = "unversioned";
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# version:")) {
                    version = line.substring("# version:".length()).strip();
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return new Lexicon(name, version, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** The values of a "|"-separated field, stripped, blanks left out. */
    public static List<String> values(String field) {
        List<String> parts = new ArrayList<>();
        for (String part : field.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
