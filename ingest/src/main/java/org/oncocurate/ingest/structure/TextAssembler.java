package org.oncocurate.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import org.oncocurate.ingest.layout.Dehyphenator;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.ingest.table.GridCell;
import org.oncocurate.ingest.table.TableGrid;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.Fragment;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Section;
import org.oncocurate.model.text.Table;

/**
 * Writes the blocks of a document as one text and records where everything is in it. Blocks are separated by a blank
 * line (the paragraph contract of extraction); lines within a block are joined by a space, or closed up across a
 * hyphen as the {@link Dehyphenator} decides; a table is written one row per line with its cells separated by
 * {@value #CELL_SEPARATOR}. Every character of the text belongs to a fragment that maps it to a line's box on its
 * page, separators going with the line before them.
 */
public final class TextAssembler {
    public static final String CELL_SEPARATOR = " | ";
    static final String BLOCK_SEPARATOR = "\n\n";

    private final Dehyphenator dehyphenator;
    private final StringBuilder text = new StringBuilder();
    private final List<Fragment> fragments = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private int pageStart;
    private int fragmentStart = -1;
    private int fragmentPage;
    private BoundingBox fragmentBox;
    private TextLine lastLine;
    private boolean inReferences;
    private String openSectionNumber;
    private String openSectionTitle;
    private int openSectionStart = -1;

    public TextAssembler(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    /** Assembles the pages, in order, into a paper's text. */
    public PaperText assemble(String paperId, Bibliography bibliography, List<PageLayout> layouts) {
        for (PageLayout layout : layouts) {
            pageStart = -1;
            List<LayoutBlock> pageBlocks = layout.blocks();
            for (int i = 0; i < pageBlocks.size(); i++) {
                LayoutBlock block = pageBlocks.get(i);
                if (block.kind() == BlockKind.TABLE) {
                    writeTable(block, layout.number(), captionFor(pageBlocks, i));
                } else {
                    writeLines(block, layout.number());
                }
            }
            if (pageStart < 0) {
                pageStart = text.length();
            }
            if (!pages.isEmpty()) {
                Page last = pages.remove(pages.size() - 1);
                pages.add(new Page(last.number(), last.start(), pageStart, last.width(), last.height(),
                        last.source(), last.furniture(), last.note()));
            }
            pages.add(new Page(layout.number(), pageStart, text.length(), layout.width(), layout.height(),
                    layout.source(), layout.furniture(), layout.note()));
        }
        closeFragment();
        closeSection();
        return new PaperText(paperId, bibliography, text.toString(), pages, blocks, sections, tables, fragments);
    }

    private void writeLines(LayoutBlock block, int page) {
        if (block.continuesPrevious() && lastLine != null) {
            join(lastLine, block.lines().get(0));
        } else {
            separateBlock();
        }
        markPageStart();
        BlockKind kind = block.kind();
        if (kind == BlockKind.HEADING) {
            closeSection();
            String heading = block.plainText();
            inReferences = Labels.references(heading);
            String[] numberAndTitle = Labels.numberAndTitle(heading);
            openSectionNumber = numberAndTitle[0];
            openSectionTitle = numberAndTitle[1];
            openSectionStart = text.length();
        } else if (kind == BlockKind.PARAGRAPH && inReferences) {
            kind = BlockKind.REFERENCES;
        }
        int start = text.length();
        BoundingBox box = null;
        for (int i = 0; i < block.lines().size(); i++) {
            TextLine line = block.lines().get(i);
            if (i > 0) {
                join(block.lines().get(i - 1), line);
            }
            openFragment(page, line.box());
            text.append(line.text());
            box = box == null ? line.box() : box.union(line.box());
        }
        lastLine = block.lines().get(block.lines().size() - 1);
        blocks.add(new Block(kind, page, start, text.length(), box));
    }

    private void writeTable(LayoutBlock block, int page, LayoutBlock caption) {
        separateBlock();
        markPageStart();
        lastLine = null;
        TableGrid grid = block.table();
        int start = text.length();
        List<Cell> cells = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            if (row > 0) {
                text.append('\n');
            }
            for (int column = 0; column < grid.columns(); column++) {
                if (column > 0) {
                    text.append(CELL_SEPARATOR);
                }
                GridCell cell = grid.cell(row, column);
                int cellStart = text.length();
                if (cell != null) {
                    for (int i = 0; i < cell.lines().size(); i++) {
                        if (i > 0) {
                            join(cell.lines().get(i - 1), cell.lines().get(i));
                        }
                        openFragment(page, cell.lines().get(i).box());
                        text.append(cell.lines().get(i).text());
                    }
                    cells.add(new Cell(row, column, text.substring(cellStart), cellStart, text.length(), cell.box(),
                            cell.header()));
                }
            }
        }
        blocks.add(new Block(BlockKind.TABLE, page, start, text.length(), grid.box()));
        String captionText = null;
        String label = null;
        if (caption != null) {
            Block captionBlock = findBlockText(caption);
            captionText = captionBlock == null ? caption.plainText()
                    : text.substring(captionBlock.start(), captionBlock.end());
            label = Labels.captionLabel(captionText);
        }
        tables.add(new Table(label, captionText, page, grid.rows(), grid.columns(), grid.box(), cells));
    }

    /** The caption of the table at {@code index}: a table caption right before it, or else right after it. */
    private static LayoutBlock captionFor(List<LayoutBlock> blocks, int index) {
        for (int i : new int[] {index - 1, index + 1}) {
            if (i >= 0 && i < blocks.size() && blocks.get(i).kind() == BlockKind.CAPTION
                    && Labels.isTableLabel(Labels.captionLabel(blocks.get(i).plainText()))) {
                return blocks.get(i);
            }
        }
        return null;
    }

    /** The block already written for a caption before its table; null when the caption follows the table. */
    private Block findBlockText(LayoutBlock caption) {
        for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 3; i--) {
            Block block = blocks.get(i);
            if (block.kind() == BlockKind.CAPTION && block.page() == caption.page()
                    && text.substring(block.start(), block.end()).startsWith(caption.lines().get(0).text())) {
                return block;
            }
        }
        return null;
    }

    /** Joins two lines of one paragraph or cell: a space, or across a hyphen as the evidence says. */
    private void join(TextLine before, TextLine after) {
        List<org.oncocurate.ingest.layout.Word> words = before.words();
        String last = words.get(words.size() - 1).text();
        String first = after.words().get(0).text();
        switch (dehyphenator.decide(last, first)) {
            case SPACE -> text.append(' ');
            case DROP_HYPHEN -> text.setLength(text.length() - 1);
            case KEEP_HYPHEN -> {
            }
        }
    }

    private void markPageStart() {
        if (pageStart < 0) {
            pageStart = text.length();
        }
    }

    private void separateBlock() {
        if (text.length() > 0) {
            text.append(BLOCK_SEPARATOR);
        }
    }

    private void openFragment(int page, BoundingBox box) {
        closeFragment();
        fragmentStart = text.length();
        fragmentPage = page;
        fragmentBox = box;
    }

    private void closeFragment() {
        if (fragmentStart >= 0 && text.length() > fragmentStart) {
            fragments.add(new Fragment(fragmentStart, text.length(), fragmentPage, fragmentBox));
        }
        fragmentStart = -1;
    }

    private void closeSection() {
        if (openSectionStart >= 0) {
            sections.add(new Section(openSectionNumber, openSectionTitle, openSectionStart, text.length(),
                    Labels.references(openSectionTitle)));
        }
        openSectionStart = -1;
    }
}
