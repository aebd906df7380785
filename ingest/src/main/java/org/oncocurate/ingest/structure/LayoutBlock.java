package org.oncocurate.ingest.structure;

import java.util.List;
import java.util.Objects;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.ingest.table.TableGrid;
import org.oncocurate.model.text.BlockKind;

/**
 * A block of one page in reading order, before it becomes text: its lines, or its grid when it is a table.
 *
 * @param continuesPrevious true when the block carries on the paragraph before it (across a column or page break),
 *                          so that the two join as one paragraph
 */
public record LayoutBlock(BlockKind kind, int page, List<TextLine> lines, TableGrid table, boolean continuesPrevious) {
    public LayoutBlock {
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
        if ((kind == BlockKind.TABLE) != (table != null)) {
            throw new IllegalArgumentException("a table block, and only a table block, has a grid");
        }
    }

    /** The block's lines joined by spaces, for classification; the final text is made with de-hyphenation. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(line.text());
        }
        return text.toString();
    }
}
