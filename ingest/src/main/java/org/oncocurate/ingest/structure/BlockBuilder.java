package org.oncocurate.ingest.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.ingest.layout.Band;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.ingest.table.TableGrid;
import org.oncocurate.model.text.BlockKind;

/**
 * Turns the lines of a document, page by page in reading order, into blocks: paragraphs (split at vertical gaps,
 * first-line indents, short last lines and changes of print), headings, captions and tables. A paragraph that runs
 * on across a column or page break is marked as continuing the one before. Feed pages in order to one builder.
 */
public final class BlockBuilder {
    private static final int MAX_HEADING_LINES = 3;
    /** A title runs over at most this many lines (large type in a narrow column) and words. */
    private static final int MAX_TITLE_LINES = 6;
    private static final int MAX_TITLE_WORDS = 50;
    private static final int MAX_HEADING_WORDS = 30;
    private static final double PARAGRAPH_GAP = 1.35;
    /** A list item's number, letter or bullet ("3.", "b)", "(iv)", "•"). */
    private static final java.util.regex.Pattern ITEM_MARKER = java.util.regex.Pattern.compile(
            "\\(?(\\d{1,3}|[A-Za-z]|[ivxIVX]{1,5})[.)]|[\u2022\u25CF\u25AA\u25E6\u2023\u2219\u00B7\u2013\u2014-]");
    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("[a-z]{1,4}[.)]|\\(?[a-z]{1,4}\\)");

    private final TextStyle style;
    private LayoutBlock previous;
    private ColumnShape previousShape;

    public BlockBuilder(TextStyle style) {
        this.style = style;
    }

    /**
     * The blocks of one page.
     *
     * @param tables the placeholder word standing for each table in the bands, by identity
     */
    public List<LayoutBlock> page(int page, List<Band> bands, Map<Word, TableGrid> tables) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Band band : bands) {
            for (List<TextLine> column : band.columns()) {
                ColumnShape shape = ColumnShape.of(column);
                List<TextLine> group = new ArrayList<>();
                boolean columnStart = true;
                for (TextLine line : splitAtTables(column, tables)) {
                    TableGrid table = line.words().size() == 1 ? tables.get(line.words().get(0)) : null;
                    if (table != null) {
                        columnStart &= emit(blocks, page, group, shape, columnStart);
                        group = new ArrayList<>();
                        add(blocks, new LayoutBlock(BlockKind.TABLE, page, List.of(), table, false), shape);
                        columnStart = false;
                        continue;
                    }
                    if (!group.isEmpty() && breaksBefore(group, line, shape)) {
                        columnStart &= emit(blocks, page, group, shape, columnStart);
                        group = new ArrayList<>();
                    }
                    group.add(line);
                }
                emit(blocks, page, group, shape, columnStart);
            }
        }
        return blocks;
    }

    /**
     * Marks the title: the block set in the largest print, clearly larger than body text, in the upper half of the
     * first page.
     */
    public List<LayoutBlock> withTitle(List<LayoutBlock> firstPage, double pageHeight) {
        int title = -1;
        double largest = style.fontSize() * 1.2;
        for (int i = 0; i < firstPage.size(); i++) {
            LayoutBlock block = firstPage.get(i);
            boolean candidate = (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.PARAGRAPH)
                    && block.lines().size() <= MAX_TITLE_LINES && block.plainText().split(" ").length <= MAX_TITLE_WORDS
                    && block.lines().get(0).top() < pageHeight / 2 && !Labels.articleType(block.plainText());
            double size = candidate ? block.lines().stream().mapToDouble(TextLine::fontSize).max().orElse(0) : 0;
            if (size >= largest + 0.01) {
                largest = size;
                title = i;
            }
        }
        if (title < 0) {
            return firstPage;
        }
        List<LayoutBlock> marked = new ArrayList<>(firstPage);
        LayoutBlock block = marked.get(title);
        List<TextLine> titleLines = block.lines();
        if (titleLines.size() >= 2 && Labels.articleType(titleLines.get(0).text())) {
            // "Research Article" set above the title in the same print is the article's type, not its title.
            marked.add(title, new LayoutBlock(BlockKind.HEADING, block.page(), titleLines.subList(0, 1), null, false));
            titleLines = titleLines.subList(1, titleLines.size());
            title++;
        }
        marked.set(title, new LayoutBlock(BlockKind.TITLE, block.page(), titleLines, null, false));
        if (title + 1 < marked.size() && marked.get(title + 1).continuesPrevious()) {
            LayoutBlock next = marked.get(title + 1);
            marked.set(title + 1, new LayoutBlock(next.kind(), next.page(), next.lines(), next.table(), false));
        }
        return marked;
    }

    /** The lines with every table placeholder on a line of its own, words beside it before and after it. */
    private static List<TextLine> splitAtTables(List<TextLine> column, Map<Word, TableGrid> tables) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : column) {
            List<Word> pending = new ArrayList<>();
            for (Word word : line.words()) {
                if (tables.containsKey(word)) {
                    if (!pending.isEmpty()) {
                        lines.add(new TextLine(pending));
                        pending = new ArrayList<>();
                    }
                    lines.add(new TextLine(List.of(word)));
                } else {
                    pending.add(word);
                }
            }
            if (!pending.isEmpty()) {
                lines.add(new TextLine(pending));
            }
        }
        return lines;
    }

    /** Emits a group of lines as a block; returns true when nothing was emitted (the column has not started). */
    private boolean emit(List<LayoutBlock> blocks, int page, List<TextLine> lines, ColumnShape shape,
                         boolean columnStart) {
        if (lines.isEmpty()) {
            return true;
        }
        BlockKind kind = classify(lines, shape);
        boolean continues = columnStart && kind == BlockKind.PARAGRAPH && continuesPrevious(lines.get(0), shape);
        add(blocks, new LayoutBlock(kind, page, lines, null, continues), shape);
        return false;
    }

    private void add(List<LayoutBlock> blocks, LayoutBlock block, ColumnShape shape) {
        blocks.add(block);
        previous = block;
        previousShape = shape;
    }

    private boolean continuesPrevious(TextLine first, ColumnShape shape) {
        if (previous == null || previous.kind() != BlockKind.PARAGRAPH || previous.lines().isEmpty()) {
            return false;
        }
        TextLine last = previous.lines().get(previous.lines().size() - 1);
        boolean sameSize = Math.abs(last.fontSize() - first.fontSize()) <= sizeTolerance(first.fontSize());
        boolean lastFull = last.right() >= previousShape.right() - 0.05 * previousShape.width();
        boolean open = !endsSentence(last.text()) || lastFull;
        boolean similarSize = Math.min(last.fontSize(), first.fontSize())
                >= 0.8 * Math.max(last.fontSize(), first.fontSize());
        return similarSize && previousShape.prose(last) && runsOn(last, first)
                || sameSize && open && !shape.indented(first) && !style.emphasized(first);
    }

    /**
     * True when a sentence plainly runs on from one line to the next: the first line ends without a sentence's
     * closing punctuation and the next starts with a lower-case word that is not a list marker such as "a." or
     * "ii)". Such a line break is never a paragraph break, whatever the gap, indent or print of the lines.
     */
    static boolean runsOn(TextLine line, TextLine next) {
        String text = line.text().strip();
        if (text.isEmpty() || endsSentence(text) || text.endsWith(";")) {
            return false;
        }
        String first = next.words().get(0).text();
        return Character.isLowerCase(first.codePointAt(0)) && !LIST_MARKER.matcher(first).matches();
    }

    private boolean breaksBefore(List<TextLine> group, TextLine line, ColumnShape shape) {
        TextLine previousLine = group.get(group.size() - 1);
        double size = line.fontSize();
        boolean similarSize = Math.min(size, previousLine.fontSize()) >= 0.8 * Math.max(size, previousLine.fontSize());
        if (similarSize && shape.prose(previousLine) && runsOn(previousLine, line)
                && !(style.emphasized(previousLine) && !style.emphasized(line))) {
            return false;
        }
        if (Math.abs(previousLine.fontSize() - size) > sizeTolerance(size)
                || style.emphasized(previousLine) != style.emphasized(line)) {
            return true;
        }
        double pitch = style.pitchFor(Math.max(size, previousLine.fontSize()));
        if (line.baseline() - previousLine.baseline() > PARAGRAPH_GAP * pitch) {
            return true;
        }
        if (shape.lines() >= 3 && shape.indented(line) && !shape.indented(previousLine)
                && !hangsUnder(previousLine, line)) {
            return true;
        }
        boolean shortLine = previousLine.right() < shape.right() - Math.max(0.2 * shape.width(), 3 * size);
        if (shortLine && endsSentence(previousLine.text())) {
            return true;
        }
        return group.size() == 1 && shortLine && Labels.numberedHeading(previousLine.text());
    }

    /**
     * True when the line continues a list item set with a hanging indent: the line above starts with the item's
     * number or bullet and this line starts where the item's text does after it.
     */
    static boolean hangsUnder(TextLine itemStart, TextLine line) {
        List<Word> words = itemStart.words();
        return words.size() >= 2 && ITEM_MARKER.matcher(words.get(0).text()).matches()
                && Math.abs(line.left() - words.get(1).left()) <= 0.3 * line.fontSize();
    }

    private BlockKind classify(List<TextLine> lines, ColumnShape shape) {
        String first = lines.get(0).text();
        if (Labels.captionLabel(first) != null) {
            return BlockKind.CAPTION;
        }
        int words = 0;
        boolean emphasized = true;
        for (TextLine line : lines) {
            words += line.words().size();
            emphasized &= style.emphasized(line);
        }
        boolean shortLine = lines.size() == 1 && lines.get(0).right() < shape.right() - 0.3 * shape.width();
        boolean headingShaped = lines.size() <= MAX_HEADING_LINES && words <= MAX_HEADING_WORDS;
        if (headingShaped && (emphasized || lines.size() == 1 && Labels.references(first))) {
            return BlockKind.HEADING;
        }
        if (shortLine && Labels.numberedHeading(first) && !endsSentence(first)) {
            return BlockKind.HEADING;
        }
        return BlockKind.PARAGRAPH;
    }

    private static double sizeTolerance(double size) {
        return Math.max(0.6, 0.08 * size);
    }

    static boolean endsSentence(String text) {
        String stripped = text.strip();
        while (!stripped.isEmpty() && "\"'\u201D\u2019".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return !stripped.isEmpty() && ".!?:".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    /** Where a column's lines usually start and end. */
    private record ColumnShape(double left, double right, double usualRight, int lines) {
        static ColumnShape of(List<TextLine> column) {
            Map<Long, Integer> starts = new HashMap<>();
            double right = -Double.MAX_VALUE;
            double left = Double.MAX_VALUE;
            double[] rights = new double[column.size()];
            int i = 0;
            for (TextLine line : column) {
                starts.merge(Math.round(line.left()), 1, Integer::sum);
                right = Math.max(right, line.right());
                left = Math.min(left, line.left());
                rights[i++] = line.right();
            }
            java.util.Arrays.sort(rights);
            double usualStart = starts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(entry -> (double) entry.getKey()).orElse(left);
            double usualRight = rights.length == 0 ? right : rights[Math.min(rights.length - 1, rights.length * 3 / 4)];
            return new ColumnShape(Math.max(left, Math.min(usualStart, left + 50)), right, usualRight, column.size());
        }

        double width() {
            return Math.max(1, right - left);
        }

        /**
         * True when the line fills most of a column wide enough for prose, measured against where the column's
         * lines usually end (a table's narrow columns and a paragraph's short last line are not run on into the
         * next line).
         */
        boolean prose(TextLine line) {
            return width() >= 15 * line.fontSize() && line.right() >= usualRight - 0.25 * width();
        }

        boolean indented(TextLine line) {
            return line.left() > left + 0.8 * line.fontSize() && line.left() < left + 0.3 * width();
        }
    }
}
