package org.oncocurate.model.text;

import java.util.List;

/** What a curator needs to cite a paper. Every field may be unknown (null or empty). */
public record Bibliography(String title, List<String> authors, String journal, Integer year, String doi) {
    public static final Bibliography UNKNOWN = new Bibliography(null, List.of(), null, null, null);

    public Bibliography {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
