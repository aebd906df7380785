package org.oncocurate.ingest;

import java.util.ArrayList;
import java.util.List;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Section;
import org.oncocurate.model.text.Table;

/**
 * Replaces the characters a paper's text must not carry - control characters other than tab and newline (some fonts
 * map ligatures to U+0000) and unpaired surrogates - by a space. One character for one keeps every offset, so each
 * character still maps to its page box; the count goes on the {@link PaperText}.
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /** The text with every such character replaced, everywhere it holds strings; the same text when there is none. */
    static PaperText replaceIn(PaperText text) {
        Counter counter = new Counter();
        String body = counter.clean(text.text());
        Bibliography bibliography = text.bibliography();
        Bibliography cleanBibliography = new Bibliography(counter.clean(bibliography.title()),
                bibliography.authors() == null ? null : bibliography.authors().stream().map(counter::clean).toList(),
                counter.clean(bibliography.journal()), bibliography.year(), counter.clean(bibliography.doi()));
        List<Page> pages = new ArrayList<>();
        for (Page page : text.pages()) {
            pages.add(new Page(page.number(), page.start(), page.end(), page.width(), page.height(), page.source(),
                    page.furniture().stream().map(counter::clean).toList(), counter.clean(page.note())));
        }
        List<Section> sections = new ArrayList<>();
        for (Section section : text.sections()) {
            sections.add(new Section(counter.clean(section.number()), counter.clean(section.title()), section.start(),
                    section.end(), section.references()));
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : text.tables()) {
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : table.cells()) {
                cells.add(new Cell(cell.row(), cell.column(), counter.clean(cell.text()), cell.start(), cell.end(),
                        cell.box(), cell.header()));
            }
            tables.add(new Table(counter.clean(table.label()), counter.clean(table.caption()), table.page(),
                    table.rows(), table.columns(), table.box(), cells));
        }
        if (counter.replaced == 0) {
            return text;
        }
        return new PaperText(text.paperId(), cleanBibliography, body, pages, text.blocks(), sections, tables,
                text.fragments(), text.ingestVersion(), text.replacedCharacters() + counter.replaced);
    }

    /** True for a character that {@link #replaceIn} replaces at {@code index} of {@code text}. */
    static boolean unwanted(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }

    /** Cleans strings and counts what it replaced. */
    private static final class Counter {
        private int replaced;

        String clean(String value) {
            if (value == null) {
                return null;
            }
            StringBuilder cleaned = null;
            for (int i = 0; i < value.length(); i++) {
                if (unwanted(value, i)) {
                    if (cleaned == null) {
                        cleaned = new StringBuilder(value);
                    }
                    cleaned.setCharAt(i, ' ');
                    replaced++;
                }
            }
            return cleaned == null ? value : cleaned.toString();
        }
    }
}
