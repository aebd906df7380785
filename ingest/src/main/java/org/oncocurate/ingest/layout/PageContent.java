package org.oncocurate.ingest.layout;

import java.util.List;
import java.util.Objects;
import org.oncocurate.model.text.TextSource;

/**
 * What was read from one page before layout analysis: its words (from the text layer or OCR), its rulings, and where
 * its text came from.
 *
 * @param note why the page's text is as it is when that is not obvious, or null
 */
public record PageContent(int number, double width, double height, List<Word> words, List<Ruling> rulings,
                          TextSource source, String note) {
    public PageContent {
        Objects.requireNonNull(source, "source");
        if (number < 1 || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("bad page " + number + " of " + width + "x" + height);
        }
        words = List.copyOf(words);
        rulings = List.copyOf(rulings);
    }
}
