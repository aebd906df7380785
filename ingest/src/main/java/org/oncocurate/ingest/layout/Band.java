package org.oncocurate.ingest.layout;

import java.util.List;

/**
 * A horizontal slice of a page with one column structure: read column by column, left to right, each top to bottom.
 *
 * @param columns  the lines of each column, top to bottom
 * @param spanning true when the slice runs across every gutter of the page (a title, a wide table or caption)
 * @param tabular  true when the slice is a table without rules, its one column holding the table's whole rows
 */
public record Band(List<List<TextLine>> columns, boolean spanning, boolean tabular) {
    public Band {
        columns = columns.stream().map(List::copyOf).toList();
    }

    public Band(List<List<TextLine>> columns, boolean spanning) {
        this(columns, spanning, false);
    }
}
