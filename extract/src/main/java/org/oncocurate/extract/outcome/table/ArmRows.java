package org.oncocurate.extract.outcome.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.extract.outcome.OutcomeStatement;
import org.oncocurate.extract.outcome.arm.ReferenceArm;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.LabelSpan;
import org.oncocurate.extract.outcome.grammar.Reading;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.finding.Treatment;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Region;

/**
 * Tables that give each arm a row of its own ("PALOMA-2 | Palbociclib + letrozole | 24.8 | 0.58 (0.46–0.72)" over
 * "| Placebo + letrozole | 14.5 | Ref"): the single values of one trial's rows are gathered, per column, into one
 * series with an arm per value, and a ratio on an arm's row compares that arm with the trial's reference arm.
 */
final class ArmRows {
    private final Map<String, List<Entry>> series = new LinkedHashMap<>();
    private final List<Entry> ratios = new ArrayList<>();
    private final List<Treatment> arms = new ArrayList<>();
    private String trial;

    private record Entry(Treatment arm, FigureStatement figures, Evidence evidence) {
    }

    /** True for a figure set that belongs to a row of a single arm and waits for the trial's other rows. */
    static boolean gathers(FigureStatement figures) {
        return figures.measure().isRatio() ? figures.series() < 0 : figures.readings().size() == 1;
    }

    void add(String rowTrial, int column, Treatment arm, FigureStatement figures, Evidence evidence) {
        trial = rowTrial;
        if (arms.stream().noneMatch(known -> known.label().equalsIgnoreCase(arm.label()))) {
            arms.add(arm);
        }
        Entry entry = new Entry(arm, figures, evidence);
        if (figures.measure().isRatio()) {
            ratios.add(entry);
        } else {
            String key = column + ":" + figures.endpoint() + ":" + figures.measure() + ":" + figures.unit();
            series.computeIfAbsent(key, unused -> new ArrayList<>()).add(entry);
        }
    }

    /** The figure sets of the trial gathered so far; starts afresh for the next trial. */
    List<OutcomeStatement> flush(PaperText paper) {
        List<OutcomeStatement> statements = new ArrayList<>();
        for (List<Entry> entries : series.values()) {
            statements.add(entries.size() == 1 ? single(entries.get(0)) : gathered(paper, entries));
        }
        for (Entry ratio : ratios) {
            int arm = indexOf(ratio.arm());
            statements.add(new OutcomeStatement(trial, ratio.figures(), List.of(),
                    ReferenceArm.comparison(arms, arm + 1), OutcomeSource.TABLE, ratio.evidence()));
        }
        series.clear();
        ratios.clear();
        arms.clear();
        return statements;
    }

    private OutcomeStatement single(Entry entry) {
        return new OutcomeStatement(trial, entry.figures(), List.of(entry.arm()), List.of(), OutcomeSource.TABLE,
                entry.evidence());
    }

    private OutcomeStatement gathered(PaperText paper, List<Entry> entries) {
        FigureStatement first = entries.get(0).figures();
        List<Reading> readings = entries.stream().map(entry -> entry.figures().readings().get(0)).toList();
        List<LabelSpan> labels = Collections.nCopies(readings.size(), null);
        List<String> repairs = entries.stream().flatMap(entry -> entry.figures().repairs().stream()).distinct()
                .toList();
        FigureStatement figures = new FigureStatement(first.endpoint(), first.measure(), readings, null, null,
                first.unit(), labels, -1, 0, false, readings.get(0).start(),
                entries.get(entries.size() - 1).figures().end(), repairs);
        return new OutcomeStatement(trial, figures, entries.stream().map(Entry::arm).toList(), List.of(),
                OutcomeSource.TABLE, spanning(paper, entries));
    }

    /** Evidence over all the rows' cells: the text from the first to the last, each cell's region. */
    private static Evidence spanning(PaperText paper, List<Entry> entries) {
        Evidence first = entries.get(0).evidence();
        Evidence last = entries.get(entries.size() - 1).evidence();
        List<Region> regions = entries.stream().flatMap(entry -> entry.evidence().regions().stream()).toList();
        int end = Math.max(last.end(), first.end());
        int sentenceEnd = Math.max(end, last.sentenceStart() + last.sentence().length());
        return new Evidence(first.page(), first.start(), end, paper.text().substring(first.start(), end),
                paper.text().substring(first.sentenceStart(), sentenceEnd), first.sentenceStart(), regions,
                entries.stream().anyMatch(entry -> entry.evidence().ocr()), first.repair());
    }

    private int indexOf(Treatment arm) {
        for (int i = 0; i < arms.size(); i++) {
            if (arms.get(i).label().equalsIgnoreCase(arm.label())) {
                return i;
            }
        }
        return -1;
    }
}
