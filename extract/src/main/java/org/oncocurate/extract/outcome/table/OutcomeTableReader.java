package org.oncocurate.extract.outcome.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.oncocurate.extract.entity.TrialMentions;
import org.oncocurate.extract.outcome.OutcomeStatement;
import org.oncocurate.extract.outcome.arm.DefinedArms;
import org.oncocurate.extract.outcome.arm.ReferenceArm;
import org.oncocurate.extract.outcome.arm.TreatmentNamer;
import org.oncocurate.extract.outcome.grammar.FigureLexer;
import org.oncocurate.extract.outcome.grammar.FigureParser;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.outcome.grammar.ParseContext;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.Token;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Region;
import org.oncocurate.model.text.Table;

/**
 * Reads outcome figures from table grids. The header names each column's role; in each row the trial cell names the
 * trial (a row with an empty trial cell continues the row above), the arms cell names the arms ("Ribociclib +
 * Letrozole vs. Placebo + Letrozole"), and each outcome cell is read by the outcome grammar with what its header says
 * ("Median PFS, months", "HR (95% CI)"; a column that names no endpoint takes the one the rest of the table names,
 * when that is a single one). Values take the arms in the order the arms cell gives them; a ratio compares
 * the arm whose value it follows with the reference arm, so a three-arm row with two HRs gives two comparisons. Rows
 * of a single arm each are gathered per trial (see {@link ArmRows}).
 */
public final class OutcomeTableReader {
    private static final Pattern CITATION = Pattern.compile("\\(\\s*\\d+(?:\\s*[,–-]\\s*\\d+)*\\s*\\)|\\[[^]]*]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_LENGTH = 40;
    private static final Pattern CAPTION = Pattern.compile("\\bTable\\s*\\d+\\b");
    private static final int CAPTION_REACH = 400;

    private final Finder drugFinder;

    public OutcomeTableReader(Finder drugFinder) {
        this.drugFinder = drugFinder;
    }

    /** The [start, end) text ranges of the tables read here: prose reading leaves them alone. */
    public static List<int[]> ranges(PaperText paper) {
        List<int[]> ranges = new ArrayList<>();
        for (Table table : paper.tables()) {
            if (!table.cells().isEmpty()) {
                int start = table.cells().stream().mapToInt(Cell::start).min().orElseThrow();
                int end = table.cells().stream().mapToInt(Cell::end).max().orElseThrow();
                ranges.add(new int[] {start, end});
            }
        }
        return ranges;
    }

    /**
     * @param subject     the trial the paper reports, or null: the trial of the rows of a table that names none (a
     *                    trial report's tables are of its own trial)
     * @param definedArms the arms the paper's own abbreviations name
     */
    public List<OutcomeStatement> read(PaperText paper, List<Sentence> sentences, TrialMentions trials,
                                       String subject, DefinedArms definedArms) {
        List<OutcomeStatement> statements = new ArrayList<>();
        for (Table table : paper.tables()) {
            if (!table.cells().isEmpty()) {
                readTable(paper, table, sentences, trials, subject, statements, definedArms);
            }
        }
        return statements;
    }

    private void readTable(PaperText paper, Table table, List<Sentence> sentences, TrialMentions trials,
                           String subject, List<OutcomeStatement> out, DefinedArms definedArms) {
        Map<Integer, String> headers = headers(table);
        Map<Integer, ColumnRole> roles = new TreeMap<>();
        headers.forEach((column, header) -> roles.put(column, ColumnRole.of(header)));
        int trialColumn = roles.entrySet().stream().filter(entry -> entry.getValue() == ColumnRole.TRIAL)
                .map(Map.Entry::getKey).findFirst().orElse(-1);
        boolean trialNamed = trialColumn >= 0;
        trialColumn = Math.max(trialColumn, 0);
        int armsColumn = roles.entrySet().stream().filter(entry -> entry.getValue() == ColumnRole.ARMS)
                .map(Map.Entry::getKey).findFirst().orElse(-1);
        String caption = caption(paper, table);
        if (MeasureRows.describesOtherThanOutcomes(caption)) {
            return;
        }
        if (roles.values().stream().noneMatch(role -> role == ColumnRole.OUTCOME)) {
            Map<Integer, List<Treatment>> headerArms = new TreeMap<>();
            headers.forEach((column, header) -> headerArms.put(column,
                    definedArms.resolve(headerArms(table, column))));
            out.addAll(new MeasureRows(paper, table, headers, headerArms).read(subject));
            return;
        }
        List<String> named = ColumnRole.endpoints(String.join(" ", headers.values()) + " "
                + (caption == null ? "" : caption));
        String tableEndpoint = named.size() == 1 ? named.get(0) : null;
        String trial = subject;
        ArmRows armRows = new ArmRows();
        for (int row = 0; row < table.rows(); row++) {
            List<Cell> cells = rowCells(table, row);
            if (cells.isEmpty()) {
                continue;
            }
            Cell trialCell = table.cell(row, trialColumn);
            if (trialCell != null && !trialCell.text().isBlank()) {
                String rowTrial = trialName(trialCell, sentences, trials, trialNamed);
                rowTrial = rowTrial == null && subject != null ? subject : rowTrial;
                if (!Objects.equals(rowTrial, trial)) {
                    out.addAll(armRows.flush(paper));
                }
                trial = rowTrial;
            }
            Cell armsCell = armsColumn >= 0 ? table.cell(row, armsColumn) : null;
            List<Treatment> arms = armsCell == null ? List.of() : definedArms.resolve(arms(armsCell));
            Treatment rowArm = arms.size() == 1 ? arms.get(0) : null;
            for (Cell cell : cells) {
                if (roles.get(cell.column()) == ColumnRole.OUTCOME && !cell.text().isBlank()) {
                    ParseContext context = ColumnRole.contextOf(headers.get(cell.column()), tableEndpoint);
                    for (OutcomeStatement statement : readCell(paper, table, cells, cell, context, trial,
                            rowArm == null ? arms : List.of())) {
                        if (rowArm != null && ArmRows.gathers(statement.figures())) {
                            armRows.add(trial, cell.column(), rowArm, statement.figures(), statement.evidence());
                        } else {
                            out.add(statement);
                        }
                    }
                }
            }
        }
        out.addAll(armRows.flush(paper));
    }

    private static List<OutcomeStatement> readCell(PaperText paper, Table table, List<Cell> row, Cell cell,
                                                   ParseContext context, String trial, List<Treatment> arms) {
        List<OutcomeStatement> out = new ArrayList<>();
        boolean exact = cell.end() <= paper.text().length()
                && sameButForSpacing(paper.text().substring(cell.start(), cell.end()), cell.text());
        List<FigureStatement> figures = FigureParser.parse(cell.text(), cell.start(), context);
        for (FigureStatement figure : figures) {
            List<Treatment> valueArms = List.of();
            List<Treatment> comparison = List.of();
            if (!figure.measure().isRatio()) {
                valueArms = arms.size() == figure.readings().size() ? arms : List.of();
            } else if (figure.series() >= 0) {
                int seriesValues = figures.get(figure.series()).readings().size();
                comparison = seriesValues == arms.size() ? ReferenceArm.comparison(arms, figure.afterValue())
                        : List.of();
            } else {
                comparison = arms.size() == 2 ? ReferenceArm.comparison(arms, 0) : List.of();
            }
            int length = paper.text().length();
            int start = exact ? figure.start() : Math.min(cell.start(), length);
            int end = exact ? figure.end() : Math.min(cell.end(), length);
            out.add(new OutcomeStatement(trial, figure, valueArms, comparison, OutcomeSource.TABLE,
                    evidence(paper, table, row, cell, start, end, figure)));
        }
        return out;
    }

    /** True when the texts differ at most in which white space joins them (a cell's lines joined by spaces). */
    private static boolean sameButForSpacing(String inText, String cellText) {
        return inText.length() == cellText.length()
                && WHITE_SPACE.matcher(inText).replaceAll(" ").equals(WHITE_SPACE.matcher(cellText).replaceAll(" "));
    }

    static Evidence evidence(PaperText paper, Table table, List<Cell> row, Cell cell, int start, int end,
                                     FigureStatement figure) {
        int length = paper.text().length();
        int rowStart = Math.min(start, row.stream().mapToInt(Cell::start).min().orElse(start));
        int rowEnd = Math.max(end, Math.min(length, row.stream().mapToInt(Cell::end).max().orElse(end)));
        String surface = end > start ? paper.text().substring(start, end) : cell.text();
        List<Region> regions = cell.box() != null ? List.of(new Region(table.page(), cell.box()))
                : paper.regions(start, end);
        String repair = figure.repairs().isEmpty() ? null : String.join("; ", figure.repairs());
        return new Evidence(table.page(), start, end, surface, paper.text().substring(rowStart, rowEnd), rowStart,
                regions, paper.fromOcr(start, end), repair);
    }

    /**
     * The table's caption; when the grid was found without one, the "Table N ..." line printed just before it (a
     * caption the layout left in the running text).
     */
    static String caption(PaperText paper, Table table) {
        if (table.caption() != null) {
            return table.caption();
        }
        int start = table.cells().stream().mapToInt(Cell::start).min().orElse(0);
        int from = Math.max(0, start - CAPTION_REACH);
        String before = paper.text().substring(from, Math.min(start, paper.text().length()));
        java.util.regex.Matcher matcher = CAPTION.matcher(before);
        String caption = null;
        while (matcher.find()) {
            caption = before.substring(matcher.start());
        }
        return caption;
    }

    /**
     * The arms a column's header names: each drug of "Axitinib Sorafenib" (drugs side by side are arms side by side),
     * one arm for "Drug A + Drug B (n = 24)", else the header's words before any count ("RT (%) n = 68" is RT).
     */
    private List<Treatment> headerArms(Table table, int column) {
        Cell header = table.cells().stream().filter(cell -> cell.column() == column && cell.header())
                .reduce((first, second) -> second).orElse(null);
        if (header == null || header.text().isBlank()) {
            return List.of();
        }
        List<FigureToken> tokens = FigureLexer.tokenize(header.text(), header.start());
        List<Token> words = tokens.stream().map(token -> new Token(token.text(), token.start(), token.end())).toList();
        List<Mention> drugs = drugFinder.find(new Sentence(header.text(), header.start(),
                header.start() + header.text().length(), words, -1, true));
        if (drugs.size() == 1) {
            String drug = drugs.get(0).normalized();
            return List.of(new Treatment(drug, List.of(drug)));
        }
        if (drugs.size() >= 2) {
            boolean sideBySide = true;
            for (int i = 1; i < drugs.size() && sideBySide; i++) {
                int from = drugs.get(i - 1).end() - header.start();
                int to = drugs.get(i).start() - header.start();
                sideBySide = from <= to && to <= header.text().length()
                        && header.text().substring(from, to).strip().isEmpty();
            }
            if (sideBySide) {
                return drugs.stream().map(drug -> new Treatment(drug.normalized(), List.of(drug.normalized())))
                        .toList();
            }
            int first = drugs.get(0).start();
            int last = drugs.get(drugs.size() - 1).end();
            Treatment combination = TreatmentNamer.name(tokens.stream()
                    .filter(token -> token.start() >= first && token.end() <= last).toList(), drugs);
            return combination == null ? List.of() : List.of(combination);
        }
        List<FigureToken> name = new ArrayList<>();
        for (FigureToken token : tokens) {
            if (token.is(Kind.OPEN) || token.is(Kind.NUMBER) || token.is(Kind.COMPARATOR)) {
                break;
            }
            name.add(token);
        }
        while (!name.isEmpty() && name.get(name.size() - 1).isWord("n")) {
            name.remove(name.size() - 1);
        }
        Treatment treatment = name.isEmpty() ? null : TreatmentNamer.name(name, drugs);
        return treatment == null ? List.of() : List.of(treatment);
    }

    /** Each column's header text, from the cells marked as header (or the first row when none is marked). */
    private static Map<Integer, String> headers(Table table) {
        boolean marked = hasMarkedHeader(table);
        Map<Integer, StringBuilder> texts = new TreeMap<>();
        for (Cell cell : table.cells()) {
            if (isHeader(cell, marked)) {
                texts.computeIfAbsent(cell.column(), unused -> new StringBuilder()).append(' ').append(cell.text());
            }
        }
        Map<Integer, String> headers = new TreeMap<>();
        for (int column = 0; column < table.columns(); column++) {
            StringBuilder text = texts.get(column);
            headers.put(column, text == null ? "" : text.toString().strip());
        }
        return headers;
    }

    private static boolean hasMarkedHeader(Table table) {
        return table.cells().stream().anyMatch(Cell::header);
    }

    private static boolean isHeader(Cell cell, boolean marked) {
        return marked ? cell.header() : cell.row() == 0;
    }

    /** The body cells of a row, empty for a header row. */
    private static List<Cell> rowCells(Table table, int row) {
        boolean marked = hasMarkedHeader(table);
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : table.cells()) {
            if (cell.row() == row && !isHeader(cell, marked)) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /**
     * The trial a row's trial cell names: the trial mention in it, else (when {@code byText}: the column is headed as
     * the trials', or the paper has no subject trial) its text when it reads as a name.
     */
    private static String trialName(Cell cell, List<Sentence> sentences, TrialMentions trials, boolean byText) {
        for (Sentence sentence : sentences) {
            if (sentence.start() < cell.end() && sentence.end() > cell.start()) {
                for (Mention mention : trials.in(sentence)) {
                    if (mention.start() >= cell.start() && mention.end() <= cell.end()) {
                        return mention.normalized();
                    }
                }
            }
        }
        if (!byText) {
            return null;
        }
        String name = CITATION.matcher(cell.text()).replaceAll(" ")
                .replaceAll("(?<=[-/])\\s+", "").replaceAll("\\s+", " ").strip();
        boolean nameLike = !name.isEmpty() && name.length() <= MAX_NAME_LENGTH
                && name.split(" ").length <= MAX_NAME_WORDS && name.chars().anyMatch(Character::isUpperCase);
        return nameLike ? name : null;
    }

    /**
     * The arms an arms cell names, split at "vs." ("Fulvestrant vs. Palbociclib + Fulvestrant vs. ..."): one arm in a
     * table that gives each arm its own row.
     */
    private List<Treatment> arms(Cell cell) {
        List<FigureToken> tokens = FigureLexer.tokenize(cell.text(), cell.start());
        List<Token> words = tokens.stream().map(token -> new Token(token.text(), token.start(), token.end())).toList();
        List<Mention> drugs = drugFinder.find(new Sentence(cell.text(), cell.start(),
                cell.start() + cell.text().length(), words, -1, true));
        List<Treatment> arms = new ArrayList<>();
        List<FigureToken> part = new ArrayList<>();
        for (FigureToken token : tokens) {
            if (token.is(Kind.VERSUS)) {
                addArm(part, drugs, arms);
                part.clear();
            } else {
                part.add(token);
            }
        }
        addArm(part, drugs, arms);
        return arms;
    }

    private static void addArm(List<FigureToken> part, List<Mention> drugs, List<Treatment> arms) {
        Treatment treatment = part.isEmpty() ? null : TreatmentNamer.name(List.copyOf(part), drugs);
        if (treatment != null) {
            arms.add(treatment);
        }
    }
}
