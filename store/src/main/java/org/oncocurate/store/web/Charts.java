package org.oncocurate.store.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.finding.TrialNames;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.paper.PaperSummary;
import org.oncocurate.store.review.ReviewStatus;
import org.oncocurate.store.review.StoredFinding;
import org.oncocurate.store.web.view.ForestPlot;

/** Forest plots of hazard ratios as SVG, for a paper and for a trial across papers; rejected facts are left out. */
final class Charts {
    private final StoreServices store;
    private final Templates templates;

    Charts(StoreServices store, Templates templates) {
        this.store = store;
        this.templates = templates;
    }

    static String trialKey(String name) {
        String key = TrialNames.normalize(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a trial name needs letters or digits");
        }
        return key;
    }

    String paperPlot(String paperId) {
        List<StoredFinding> findings = store.findings().forPaper(paperId);
        return render(hazardRatios(findings), false);
    }

    String trialPlot(String trial) {
        return render(hazardRatios(store.findings().forTrial(trial)), true);
    }

    private String render(List<StoredFinding> ratios, boolean withPaper) {
        Map<String, String> titles = withPaper ? titles(store) : Map.of();
        List<ForestPlot.Entry> entries = ratios.stream()
                .map(finding -> FactViews.forestEntry(finding, withPaper, titles)).toList();
        return templates.render("forest.jte", Map.of("plot", ForestPlot.of(entries)));
    }

    /** Current hazard-ratio facts, not rejected, one row each, grouped by trial and endpoint. */
    static List<StoredFinding> hazardRatios(List<StoredFinding> findings) {
        return findings.stream()
                .filter(finding -> finding.kind() == FindingKind.OUTCOME && finding.status() != ReviewStatus.REJECTED)
                .filter(finding -> "HR".equals(finding.effectiveRecord().path("measure").asText())
                        && finding.effectiveRecord().path("value").isNumber())
                .sorted(Comparator.comparing(
                                (StoredFinding finding) -> finding.effectiveRecord().path("trial").asText(""))
                        .thenComparing(finding -> finding.effectiveRecord().path("endpoint").asText("")))
                .toList();
    }

    static Map<String, String> titles(StoreServices store) {
        return store.papers().list().stream().collect(Collectors.toMap(PaperSummary::id,
                paper -> paper.title() != null && !paper.title().isBlank() ? paper.title() : paper.fileName(),
                (first, second) -> first));
    }
}
