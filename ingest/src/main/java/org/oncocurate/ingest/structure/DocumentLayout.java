package org.oncocurate.ingest.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncocurate.ingest.layout.Band;
import org.oncocurate.ingest.layout.ColumnDetector;
import org.oncocurate.ingest.layout.Dehyphenator;
import org.oncocurate.ingest.layout.FurnitureDetector;
import org.oncocurate.ingest.layout.Gutter;
import org.oncocurate.ingest.layout.PageContent;
import org.oncocurate.ingest.layout.Rows;
import org.oncocurate.ingest.layout.TextLine;
import org.oncocurate.ingest.layout.Vocabulary;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.ingest.table.GridCell;
import org.oncocurate.ingest.table.TableDetector;
import org.oncocurate.ingest.table.TableGrid;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.PaperText;

/**
 * Turns the words of every page into a paper's text: running headers and footers set aside, tables cut out as grids,
 * columns found and read in order, blocks and sections recognised, broken words joined. A pure function of the page
 * contents, so that it can be checked on made-up pages as well as on real PDFs.
 */
public final class DocumentLayout {
    private static final String PLACEHOLDER = "\uFFFC";

    private DocumentLayout() {
    }

    /** The paper's text from its pages' contents, in page order. */
    public static PaperText build(String paperId, Bibliography bibliography, List<PageContent> contents) {
        List<List<List<Word>>> allRows = new ArrayList<>();
        List<FurnitureDetector.PageRows> pageRows = new ArrayList<>();
        for (PageContent content : contents) {
            List<List<Word>> rows = Rows.of(content.words());
            allRows.add(rows);
            pageRows.add(new FurnitureDetector.PageRows(rows, content.height()));
        }
        List<Set<Integer>> furnitureRows = FurnitureDetector.detect(pageRows);
        List<List<Word>> bodyWords = new ArrayList<>();
        List<List<String>> furniture = new ArrayList<>();
        List<Word> everyBodyWord = new ArrayList<>();
        for (int p = 0; p < contents.size(); p++) {
            List<Word> body = new ArrayList<>();
            List<String> pageFurniture = new ArrayList<>();
            List<List<Word>> rows = allRows.get(p);
            for (int r = 0; r < rows.size(); r++) {
                if (furnitureRows.get(p).contains(r)) {
                    pageFurniture.add(new TextLine(rows.get(r)).text());
                } else {
                    body.addAll(rows.get(r));
                }
            }
            bodyWords.add(body);
            furniture.add(pageFurniture);
            everyBodyWord.addAll(body);
        }
        double bodySize = Rows.bodyFontSize(everyBodyWord);
        ColumnDetector columns = new ColumnDetector(bodySize);

        List<Map<Word, TableGrid>> placeholders = new ArrayList<>();
        List<List<List<Word>>> flowRows = new ArrayList<>();
        List<Gutter> documentGutters = new ArrayList<>();
        List<List<Gutter>> pageGutters = new ArrayList<>();
        for (int p = 0; p < contents.size(); p++) {
            PageContent content = contents.get(p);
            List<TableGrid> tables = TableDetector.detect(bodyWords.get(p), content.rulings(), bodySize);
            Map<Word, TableGrid> pagePlaceholders = new IdentityHashMap<>();
            Set<Word> inTables = Collections.newSetFromMap(new IdentityHashMap<>());
            for (TableGrid table : tables) {
                inTables.addAll(wordsOf(table));
            }
            List<Word> flow = new ArrayList<>();
            for (Word word : bodyWords.get(p)) {
                if (!inTables.contains(word)) {
                    flow.add(word);
                }
            }
            for (TableGrid table : tables) {
                Word placeholder = new Word(PLACEHOLDER, table.box().x(), table.box().y(), table.box().right(),
                        table.box().bottom(), table.box().y(), bodySize, false);
                pagePlaceholders.put(placeholder, table);
                flow.add(placeholder);
            }
            placeholders.add(pagePlaceholders);
            List<List<Word>> rows = Rows.of(flow);
            flowRows.add(rows);
            List<Gutter> gutters = columns.detect(rows);
            pageGutters.add(gutters);
            for (Gutter gutter : gutters) {
                ColumnDetector.addUnlessKnown(documentGutters, gutter);
            }
        }

        List<List<Band>> pageBands = new ArrayList<>();
        for (int p = 0; p < contents.size(); p++) {
            List<Gutter> gutters = new ArrayList<>(pageGutters.get(p));
            for (Gutter gutter : documentGutters) {
                if (gutter.right() < contents.get(p).width() && columns.confirms(gutter, flowRows.get(p))) {
                    ColumnDetector.addUnlessKnown(gutters, gutter);
                }
            }
            List<Band> bands = columns.layout(flowRows.get(p), columns.select(gutters, flowRows.get(p)));
            pageBands.add(UnruledTables.inBands(bands, placeholders.get(p), bodySize));
        }
        TextStyle style = new TextStyle(bodySize, linePitch(pageBands, bodySize), mostlyBold(everyBodyWord, bodySize));

        BlockBuilder builder = new BlockBuilder(style);
        List<PageLayout> layouts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < contents.size(); p++) {
            PageContent content = contents.get(p);
            List<LayoutBlock> blocks = builder.page(content.number(), pageBands.get(p), placeholders.get(p));
            if (p == 0) {
                blocks = builder.withTitle(blocks, content.height());
            }
            for (LayoutBlock block : blocks) {
                for (TextLine line : block.lines()) {
                    lines.add(line.text());
                }
                if (block.table() != null) {
                    for (GridCell cell : block.table().cells()) {
                        for (TextLine line : cell.lines()) {
                            lines.add(line.text());
                        }
                    }
                }
            }
            layouts.add(new PageLayout(content.number(), content.width(), content.height(), content.source(),
                    content.note(), furniture.get(p), blocks));
        }
        Dehyphenator dehyphenator = new Dehyphenator(Vocabulary.of(lines));
        return new TextAssembler(dehyphenator).assemble(paperId, bibliography, layouts);
    }

    private static List<Word> wordsOf(TableGrid table) {
        List<Word> words = new ArrayList<>();
        for (GridCell cell : table.cells()) {
            for (TextLine line : cell.lines()) {
                words.addAll(line.words());
            }
        }
        return words;
    }

    /** The usual baseline distance of consecutive body lines within a column. */
    static double linePitch(List<List<Band>> pages, double bodySize) {
        List<Double> distances = new ArrayList<>();
        for (List<Band> bands : pages) {
            for (Band band : bands) {
                for (List<TextLine> column : band.columns()) {
                    for (int i = 1; i < column.size(); i++) {
                        TextLine above = column.get(i - 1);
                        TextLine below = column.get(i);
                        double distance = below.baseline() - above.baseline();
                        boolean body = Math.abs(above.fontSize() - bodySize) < 0.5
                                && Math.abs(below.fontSize() - bodySize) < 0.5;
                        if (body && distance >= 0.9 * bodySize && distance <= 2.0 * bodySize) {
                            distances.add(distance);
                        }
                    }
                }
            }
        }
        if (distances.isEmpty()) {
            return 1.2 * bodySize;
        }
        Collections.sort(distances);
        return distances.get(distances.size() / 2);
    }

    private static boolean mostlyBold(List<Word> words, double bodySize) {
        long bold = 0;
        long all = 0;
        for (Word word : words) {
            if (Math.abs(word.fontSize() - bodySize) < 0.5) {
                all += word.text().length();
                bold += word.bold() ? word.text().length() : 0;
            }
        }
        return bold * 2 > all && all > 0;
    }
}
