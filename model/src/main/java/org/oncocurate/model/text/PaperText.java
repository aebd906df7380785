package org.oncocurate.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oncocurate.model.PaperId;

/**
 * A paper as text: the body in reading order ({@link #text()}), split into pages, structured into blocks, sections
 * and tables, and mapped back to page regions by fragments. All offsets index {@link #text()}.
 *
 * @param ingestVersion        the version of the ingest that read the text, or null when it was not read from a PDF
 * @param replacedCharacters how many characters ingest replaced by a space because text cannot carry them (control
 *                           characters, unpaired surrogates); 0 in messages written before it was counted
 */
public record PaperText(String paperId, Bibliography bibliography, String text, List<Page> pages, List<Block> blocks,
                        List<Section> sections, List<Table> tables, List<Fragment> fragments, String ingestVersion,
                        int replacedCharacters) {

    /** A text read by the given ingest, with nothing replaced. */
    public PaperText(String paperId, Bibliography bibliography, String text, List<Page> pages, List<Block> blocks,
                     List<Section> sections, List<Table> tables, List<Fragment> fragments, String ingestVersion) {
        this(paperId, bibliography, text, pages, blocks, sections, tables, fragments, ingestVersion, 0);
    }

    /** A text not read by ingest (built from plain text, for instance). */
    public PaperText(String paperId, Bibliography bibliography, String text, List<Page> pages, List<Block> blocks,
                     List<Section> sections, List<Table> tables, List<Fragment> fragments) {
        this(paperId, bibliography, text, pages, blocks, sections, tables, fragments, null);
    }

    public PaperText {
        PaperId.requireValid(paperId);
        Objects.requireNonNull(text, "text");
        bibliography = bibliography == null ? Bibliography.UNKNOWN : bibliography;
        pages = List.copyOf(pages);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
        fragments = fragments == null ? List.of() : List.copyOf(fragments);
        if (replacedCharacters < 0) {
            throw new IllegalArgumentException("negative count of replaced characters: " + replacedCharacters);
        }
        for (Page page : pages) {
            if (page.end() > text.length()) {
                throw new IllegalArgumentException("page " + page.number() + " ends past the text");
            }
        }
    }

    /** The page holding the character at {@code offset}; the last page for the end of the text. */
    public Page pageAt(int offset) {
        for (Page page : pages) {
            if (offset >= page.start() && offset < page.end()) {
                return page;
            }
        }
        for (int i = pages.size() - 1; i >= 0; i--) {
            if (pages.get(i).start() <= offset) {
                return pages.get(i);
            }
        }
        throw new IllegalArgumentException("no page at offset " + offset);
    }

    /**
     * The page regions that hold the characters {@code [start, end)}: consecutive lines of one column merge into one
     * box, while a span that continues in the next column or on the next page gets a box there of its own.
     */
    public List<Region> regions(int start, int end) {
        List<Region> regions = new ArrayList<>();
        for (Fragment fragment : fragments) {
            if (fragment.end() > start && fragment.start() < end) {
                Region last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
                if (last != null && last.page() == fragment.page() && sameColumnBlock(last.box(), fragment.box())) {
                    regions.set(regions.size() - 1, new Region(last.page(), last.box().union(fragment.box())));
                } else {
                    regions.add(new Region(fragment.page(), fragment.box()));
                }
            }
        }
        return regions;
    }

    private static boolean sameColumnBlock(BoundingBox block, BoundingBox line) {
        boolean overlapsHorizontally = line.x() < block.right() && block.x() < line.right();
        double gap = line.y() - block.bottom();
        return overlapsHorizontally && gap < 2 * Math.max(line.height(), 1) && line.bottom() > block.y();
    }

    /** True when any page that holds part of {@code [start, end)} was read by OCR. */
    public boolean fromOcr(int start, int end) {
        for (Page page : pages) {
            if (page.source() == TextSource.OCR && page.end() > start && page.start() < end) {
                return true;
            }
        }
        return false;
    }
}
