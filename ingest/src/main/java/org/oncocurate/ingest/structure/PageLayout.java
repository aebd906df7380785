package org.oncocurate.ingest.structure;

import java.util.List;
import java.util.Objects;
import org.oncocurate.model.text.TextSource;

/**
 * One page ready to become text: its blocks in reading order, its furniture, and where its text came from.
 *
 * @param note why the page's text is as it is when that is not obvious, or null
 */
public record PageLayout(int number, double width, double height, TextSource source, String note,
                         List<String> furniture, List<LayoutBlock> blocks) {
    public PageLayout {
        Objects.requireNonNull(source, "source");
        furniture = List.copyOf(furniture);
        blocks = List.copyOf(blocks);
    }
}
