package org.oncocurate.ingest.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.oncocurate.ingest.layout.Rows;
import org.oncocurate.ingest.layout.Ruling;
import org.oncocurate.ingest.layout.Word;
import org.oncocurate.model.text.BoundingBox;

/**
 * Finds ruled tables on a page. Horizontal rules of about the same extent stacked above each other bound a candidate
 * region; stretches between two rules that hold running prose (a figure or a text box between rules, body text
 * between two full-width rules) end a region. A region becomes a table when its words form a grid of at least two
 * columns and two rows (see {@link GridBuilder}).
 */
public final class TableDetector {
    /** More tables than this on one page are not looked for. */
    static final int MAX_TABLES_PER_PAGE = 20;
    private static final double SAME_EXTENT = 0.05;
    private static final int PROSE_WORDS_PER_LINE = 7;
    private static final int PROSE_MIN_LINES = 4;

    private TableDetector() {
    }

    /** The tables among a page's words, each built from words no other table uses. */
    public static List<TableGrid> detect(List<Word> words, List<Ruling> rulings, double bodySize) {
        double minLength = Math.max(40, 4 * bodySize);
        List<RuleLines> horizontals = new ArrayList<>();
        for (RuleLines line : RuleLines.horizontal(rulings)) {
            if (line.length() >= minLength) {
                horizontals.add(line);
            }
        }
        List<RuleLines> verticals = RuleLines.vertical(rulings);
        List<TableGrid> tables = new ArrayList<>();
        Set<Word> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<RuleLines> stack : stacks(horizontals)) {
            for (List<RuleLines> run : tabularRuns(stack, words, bodySize)) {
                if (tables.size() >= MAX_TABLES_PER_PAGE) {
                    return tables;
                }
                TableGrid table = trimmedTable(run, words, verticals, used, bodySize);
                if (table != null) {
                    tables.add(table);
                    for (GridCell cell : table.cells()) {
                        cell.lines().forEach(line -> used.addAll(line.words()));
                    }
                }
            }
        }
        return tables;
    }

    /**
     * The grid of a table without rules, whose columns are already known to be aligned cells rather than columns of
     * text: columns from the white space running down it, rows from its lines (wrapped cells joined), or null when
     * the words do not form a grid of at least two columns and two rows.
     */
    public static TableGrid unruled(List<Word> words) {
        if (words.isEmpty()) {
            return null;
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Word word : words) {
            left = Math.min(left, word.left());
            top = Math.min(top, word.top());
            right = Math.max(right, word.right());
            bottom = Math.max(bottom, word.bottom());
        }
        return GridBuilder.build(words, BoundingBox.ofCorners(left, top, right, bottom), List.of(), List.of());
    }

    /** Rules grouped with the rules of about the same extent below them, top to bottom. */
    private static List<List<RuleLines>> stacks(List<RuleLines> horizontals) {
        List<List<RuleLines>> stacks = new ArrayList<>();
        for (RuleLines line : horizontals) {
            List<RuleLines> home = null;
            for (List<RuleLines> stack : stacks) {
                RuleLines last = stack.get(stack.size() - 1);
                double tolerance = Math.max(10, SAME_EXTENT * Math.max(last.length(), line.length()));
                if (Math.abs(last.from() - line.from()) <= tolerance && Math.abs(last.to() - line.to()) <= tolerance
                        && line.position() - last.position() > 1) {
                    home = stack;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                stacks.add(home);
            }
            home.add(line);
        }
        stacks.removeIf(stack -> stack.size() < 2);
        return stacks;
    }

    /** Splits a stack of rules where the stretch between two of them holds prose. */
    private static List<List<RuleLines>> tabularRuns(List<RuleLines> stack, List<Word> words, double bodySize) {
        List<List<RuleLines>> runs = new ArrayList<>();
        List<RuleLines> run = new ArrayList<>();
        run.add(stack.get(0));
        for (int i = 1; i < stack.size(); i++) {
            RuleLines above = stack.get(i - 1);
            RuleLines below = stack.get(i);
            if (prose(wordsBetween(words, above, below), bodySize)) {
                if (run.size() >= 2) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
            run.add(below);
        }
        if (run.size() >= 2) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * True when the words run as prose: many lines in which the words follow each other at the spacing of words
     * for long stretches, as a table's short cells do not.
     */
    private static boolean prose(List<Word> words, double bodySize) {
        List<List<Word>> lines = Rows.onBaselines(words);
        if (lines.size() < PROSE_MIN_LINES) {
            return false;
        }
        int segments = 0;
        int segmentWords = 0;
        for (List<Word> line : lines) {
            segments++;
            for (int i = 0; i < line.size(); i++) {
                if (i > 0 && line.get(i).left() - line.get(i - 1).right() > 1.5 * bodySize) {
                    segments++;
                }
                segmentWords++;
            }
        }
        return segmentWords >= PROSE_WORDS_PER_LINE * segments;
    }

    /**
     * The table of a run of rules, leaving out a stretch at the top or bottom of the run whose text is not part of
     * it: a stretch holding lines of prose (body text under a section rule, a note over a footer rule) whose
     * white space does not line up with the table's columns, so that the rest of the run forms a grid of more
     * columns without it.
     */
    private static TableGrid trimmedTable(List<RuleLines> run, List<Word> words, List<RuleLines> verticals,
                                          Set<Word> used, double bodySize) {
        List<RuleLines> rules = run;
        TableGrid table = table(rules, words, verticals, used);
        boolean trimmed = true;
        while (trimmed && rules.size() >= 3) {
            trimmed = false;
            for (boolean top : new boolean[] {true, false}) {
                int n = rules.size();
                List<RuleLines> rest = top ? rules.subList(1, n) : rules.subList(0, n - 1);
                List<Word> edge = top ? wordsBetween(words, rules.get(0), rules.get(1))
                        : wordsBetween(words, rules.get(n - 2), rules.get(n - 1));
                if (!proseLines(edge, bodySize)) {
                    continue;
                }
                TableGrid without = table(rest, words, verticals, used);
                if (without != null && (table == null || without.columns() > table.columns())) {
                    rules = rest;
                    table = without;
                    trimmed = true;
                    break;
                }
            }
        }
        return table;
    }

    /** True when at least two lines hold a stretch of prose: as many words as a line of running text, no wide gap. */
    private static boolean proseLines(List<Word> words, double bodySize) {
        int prose = 0;
        for (List<Word> line : Rows.onBaselines(words)) {
            int run = 0;
            for (int i = 0; i < line.size(); i++) {
                boolean gap = i > 0 && line.get(i).left() - line.get(i - 1).right() > 1.5 * bodySize;
                run = gap ? 1 : run + 1;
                if (run == PROSE_WORDS_PER_LINE) {
                    prose++;
                }
            }
        }
        return prose >= 2;
    }

    private static TableGrid table(List<RuleLines> run, List<Word> words, List<RuleLines> verticals,
                                   Set<Word> used) {
        RuleLines top = run.get(0);
        RuleLines bottom = run.get(run.size() - 1);
        double left = run.stream().mapToDouble(RuleLines::from).min().orElse(top.from());
        double right = run.stream().mapToDouble(RuleLines::to).max().orElse(top.to());
        BoundingBox region = BoundingBox.ofCorners(left, top.position(), right, bottom.position());
        List<Word> inside = new ArrayList<>();
        for (Word word : words) {
            double x = (word.left() + word.right()) / 2;
            double y = word.centerY();
            if (!used.contains(word) && x >= left - 2 && x <= right + 2 && y > region.y() && y < region.bottom()) {
                inside.add(word);
            }
        }
        List<Double> innerRules = new ArrayList<>();
        for (int i = 1; i < run.size() - 1; i++) {
            innerRules.add(run.get(i).position());
        }
        List<Double> columnRules = new ArrayList<>();
        for (RuleLines vertical : verticals) {
            boolean within = vertical.position() > left + 2 && vertical.position() < right - 2;
            double covered = Math.min(vertical.to(), region.bottom()) - Math.max(vertical.from(), region.y());
            if (within && covered >= 0.6 * region.height()) {
                columnRules.add(vertical.position());
            }
        }
        return GridBuilder.build(inside, region, innerRules, columnRules);
    }

    private static List<Word> wordsBetween(List<Word> words, RuleLines above, RuleLines below) {
        List<Word> between = new ArrayList<>();
        double left = Math.min(above.from(), below.from());
        double right = Math.max(above.to(), below.to());
        for (Word word : words) {
            double x = (word.left() + word.right()) / 2;
            double y = word.centerY();
            if (x >= left && x <= right && y > above.position() && y < below.position()) {
                between.add(word);
            }
        }
        return between;
    }
}
