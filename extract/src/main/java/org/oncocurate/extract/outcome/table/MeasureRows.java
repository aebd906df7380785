package org.oncocurate.extract.outcome.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oncocurate.extract.outcome.OutcomeStatement;
import org.oncocurate.extract.outcome.arm.ReferenceArm;
import org.oncocurate.extract.outcome.grammar.FigureLexer;
import org.oncocurate.extract.outcome.grammar.FigureParser;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.outcome.grammar.LabelSpan;
import org.oncocurate.extract.outcome.grammar.ParseContext;
import org.oncocurate.extract.outcome.grammar.Reading;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.text.Cell;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Table;

/**
 * Tables of a trial report whose rows are the measures and whose columns are the arms: "Median PFS (95% CI) | 6.7
 * (6.3–8.6) 4.7 (4.6–5.6)", "HR (95% CI) | 0.665 (0.544–0.812)", "PR | 70 (19.4) | 34 (9.4) | 13 (52.0) | 1 (3.4)"
 * under "Axitinib | Sorafenib | Axitinib | Sorafenib". A row is read when its first cell names an endpoint, a median
 * or a ratio; a row that names only an endpoint ("PFS, months") or a unit ("n (%)") sets what the rows below it are
 * about. The values of one row form one series per group of columns, a group ending where an arm's header repeats;
 * a cell that holds one value per arm of its header is a series of its own. Rows naming nothing (subgroups, counts,
 * p values, baseline characteristics, adverse events) are not read.
 */
final class MeasureRows {
    /** Whole-cell abbreviations of response categories, read as endpoints only as a row's label. */
    private static final Map<String, String> CATEGORIES = Map.of("CR", "CR", "PR", "PR", "SD", "SD", "PD", "PD",
            "ORR", "ORR", "DCR", "DCR", "CBR", "CBR", "VGPR", "VGPR");
    private static final Set<String> NOT_OUTCOME = Set.of("adverse", "toxicity", "toxicities", "baseline",
            "characteristics", "demographic", "demographics", "exposure", "safety");

    private final PaperText paper;
    private final Table table;
    private final Map<Integer, String> headers;
    private final Map<Integer, List<Treatment>> headerArms;

    MeasureRows(PaperText paper, Table table, Map<Integer, String> headers, Map<Integer, List<Treatment>> headerArms) {
        this.paper = paper;
        this.table = table;
        this.headers = headers;
        this.headerArms = headerArms;
    }

    /** True when a caption says the table is not of outcomes (baseline characteristics, adverse events). */
    static boolean describesOtherThanOutcomes(String caption) {
        if (caption == null) {
            return false;
        }
        for (String word : caption.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (NOT_OUTCOME.contains(word)) {
                return true;
            }
        }
        return false;
    }

    List<OutcomeStatement> read(String trial) {
        List<OutcomeStatement> out = new ArrayList<>();
        String endpoint = null;
        String unit = null;
        for (int row = 0; row < table.rows(); row++) {
            Cell label = table.cell(row, 0);
            if (label == null || label.header() || label.text().isBlank()) {
                continue;
            }
            List<FigureToken> tokens = FigureLexer.tokenize(label.text(), 0);
            String named = CATEGORIES.get(label.text().strip());
            List<String> endpoints = ColumnRole.endpoints(label.text());
            named = named != null ? named : endpoints.isEmpty() ? null : endpoints.get(0);
            Measure ratio = tokens.stream().filter(token -> token.is(Kind.RATIO)).findFirst()
                    .map(token -> Measure.fromLabel(token.canonical())).orElse(null);
            boolean median = tokens.stream().anyMatch(token -> token.is(Kind.MEDIAN));
            String labelUnit = unitOf(tokens);
            String rowUnit = rowUnit(row);
            if (named != null && ratio == null && !median && !hasValues(row)) {
                endpoint = named;
                unit = labelUnit != null ? labelUnit : unit;
                continue;
            }
            if (rowUnit != null && !hasValues(row)) {
                unit = rowUnit;
                continue;
            }
            if (named == null && ratio == null) {
                continue;
            }
            String rowEndpoint = named != null ? named : endpoint;
            if (rowEndpoint == null) {
                continue;
            }
            String valueUnit = labelUnit != null ? labelUnit : median && unit == null ? "months" : unit;
            ParseContext context = ParseContext.tableColumn(rowEndpoint, ratio != null ? null : valueUnit, ratio);
            out.addAll(readRow(row, context, trial));
        }
        return out;
    }

    private List<OutcomeStatement> readRow(int row, ParseContext context, String trial) {
        List<OutcomeStatement> out = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : table.cells()) {
            if (cell.row() == row && cell.column() > 0 && !cell.header() && !cell.text().isBlank()
                    && !isPValueColumn(cell.column())) {
                cells.add(cell);
            }
        }
        cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
        List<Treatment> groupArms = new ArrayList<>();
        List<Reading> groupReadings = new ArrayList<>();
        List<Cell> groupCells = new ArrayList<>();
        FigureStatement groupFirst = null;
        for (Cell cell : cells) {
            List<FigureStatement> figures = FigureParser.parse(cell.text(), cell.start(), context);
            List<Treatment> arms = headerArms.getOrDefault(cell.column(), List.of());
            for (FigureStatement figure : figures) {
                if (figure.measure().isRatio()) {
                    List<Treatment> pair = arms.size() == 2 ? arms : trailingNames(cell.column(), 2);
                    List<Treatment> comparison = pair.size() == 2 ? ReferenceArm.comparison(pair, 0) : List.of();
                    out.add(statement(trial, figure, List.of(), comparison, cell, row));
                } else if (figure.readings().size() > 1) {
                    List<Treatment> valueArms = arms.size() == figure.readings().size() ? arms
                            : trailingNames(cell.column(), figure.readings().size());
                    out.add(statement(trial, figure, valueArms, List.of(), cell, row));
                } else {
                    Treatment arm = arms.size() == 1 ? sharedArm(cell.column(), arms.get(0)) : null;
                    boolean repeats = arm != null && groupArms.stream()
                            .anyMatch(known -> known != null && lastWord(known).equals(lastWord(arm)));
                    if (repeats) {
                        out.add(gathered(trial, groupFirst, groupReadings, groupArms, groupCells, row));
                        groupArms.clear();
                        groupReadings.clear();
                        groupCells.clear();
                        groupFirst = null;
                    }
                    groupFirst = groupFirst == null ? figure : groupFirst;
                    groupArms.add(arm);
                    groupReadings.add(figure.readings().get(0));
                    groupCells.add(cell);
                }
            }
        }
        if (!groupReadings.isEmpty()) {
            out.add(gathered(trial, groupFirst, groupReadings, groupArms, groupCells, row));
        }
        return out;
    }

    private OutcomeStatement gathered(String trial, FigureStatement first, List<Reading> readings,
                                      List<Treatment> arms, List<Cell> cells, int row) {
        List<LabelSpan> labels = new ArrayList<>();
        readings.forEach(unused -> labels.add(null));
        Reading last = readings.get(readings.size() - 1);
        Cell cell = cells.get(0);
        Cell lastCell = cells.get(cells.size() - 1);
        FigureStatement figures = new FigureStatement(first.endpoint(), first.measure(), readings,
                readings.size() == 1 ? first.ci() : null, null, first.unit(), labels, -1, 0, false,
                Math.min(cell.start(), readings.get(0).start()), Math.max(lastCell.end(), last.end()),
                first.repairs());
        boolean named = arms.stream().allMatch(arm -> arm != null);
        Cell span = new Cell(cell.row(), cell.column(), paper.text().substring(cell.start(),
                Math.min(paper.text().length(), lastCell.end())), cell.start(), lastCell.end(), cell.box(), false);
        return statement(trial, figures, named ? List.copyOf(arms) : List.of(), List.of(), span, row);
    }

    private OutcomeStatement statement(String trial, FigureStatement figure, List<Treatment> arms,
                                       List<Treatment> comparison, Cell cell, int row) {
        List<Cell> rowCells = table.cells().stream().filter(each -> each.row() == row).toList();
        return new OutcomeStatement(trial, figure, arms, comparison, OutcomeSource.TABLE,
                OutcomeTableReader.evidence(paper, table, rowCells, cell, figure.start(), figure.end(), figure));
    }

    /**
     * The arm a column group's header names: when another column's header ends in the same word ("Overall Axitinib",
     * "Japanese Axitinib"), that word is the arm and the rest names the group.
     */
    private Treatment sharedArm(int column, Treatment arm) {
        String last = lastWord(arm);
        boolean shared = headerArms.entrySet().stream().anyMatch(entry -> entry.getKey() != column
                && entry.getValue().size() == 1 && lastWord(entry.getValue().get(0)).equals(last)
                && !entry.getValue().get(0).label().equalsIgnoreCase(arm.label()));
        if (!shared || !arm.label().contains(" ")) {
            return arm;
        }
        String label = arm.label().substring(arm.label().lastIndexOf(' ') + 1);
        return new Treatment(label, arm.drugs());
    }

    /** An arm's last word: "Overall Axitinib" and "Japanese axitinib" are the same arm in two column groups. */
    private static String lastWord(Treatment arm) {
        String[] words = arm.label().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /**
     * The arms of a cell holding {@code count} values when its header ends in as many capitalised names ("All
     * patients Zelutinib Fovarin", a two-level header flattened into one cell); empty otherwise.
     */
    private List<Treatment> trailingNames(int column, int count) {
        String header = headers.getOrDefault(column, "");
        List<FigureToken> words = new ArrayList<>();
        for (FigureToken token : FigureLexer.tokenize(header, 0)) {
            if (!token.is(Kind.WORD)) {
                break;
            }
            words.add(token);
        }
        if (count < 2 || words.size() < count) {
            return List.of();
        }
        List<Treatment> arms = new ArrayList<>();
        for (FigureToken word : words.subList(words.size() - count, words.size())) {
            if (!Character.isUpperCase(word.text().charAt(0))) {
                return List.of();
            }
            arms.add(new Treatment(word.text(), List.of()));
        }
        return arms;
    }

    private boolean hasValues(int row) {
        return table.cells().stream().anyMatch(cell -> cell.row() == row && cell.column() > 0
                && cell.text().chars().anyMatch(Character::isDigit));
    }

    /** "n (%)" or "%" printed in a row's other cells: the rows below give shares. */
    private String rowUnit(int row) {
        for (Cell cell : table.cells()) {
            if (cell.row() == row && cell.column() > 0 && cell.text().contains("%")
                    && !cell.text().matches(".*\\d.*\\d.*")) {
                return "%";
            }
        }
        return null;
    }

    private boolean isPValueColumn(int column) {
        String header = headers.getOrDefault(column, "");
        List<FigureToken> tokens = FigureLexer.tokenize(header, 0);
        return !tokens.isEmpty() && tokens.get(0).is(Kind.P);
    }

    private static String unitOf(List<FigureToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            FigureToken token = tokens.get(i);
            if (token.is(Kind.TIME_UNIT)) {
                return token.canonical();
            }
            if (token.is(Kind.PERCENT) && !(i + 1 < tokens.size() && tokens.get(i + 1).is(Kind.CI))) {
                return "%";
            }
        }
        return null;
    }
}
