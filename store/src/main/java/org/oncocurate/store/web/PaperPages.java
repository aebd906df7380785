package org.oncocurate.store.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.conflict.Conflict;
import org.oncocurate.store.paper.PaperSummary;
import org.oncocurate.store.review.ReviewException;
import org.oncocurate.store.review.StoredFinding;
import org.oncocurate.store.web.view.FactFilter;
import org.oncocurate.store.web.view.FactView;

/**
 * A paper's review page, one filtered page of its facts at a time, and the confirmation of approving all its facts
 * that pass.
 */
final class PaperPages {
    private static final List<FindingKind> KIND_ORDER = List.of(FindingKind.OUTCOME, FindingKind.TRIAL,
            FindingKind.GENE, FindingKind.DRUG, FindingKind.VARIANT, FindingKind.GENE_FAMILY, FindingKind.DRUG_CLASS);

    private final StoreServices store;
    private final PageRoutes pages;

    PaperPages(StoreServices store, PageRoutes pages) {
        this.store = store;
        this.pages = pages;
    }

    void paper(Context ctx) {
        String paperId = ApiRoutes.paperId(ctx);
        PaperSummary paper = store.papers().find(paperId)
                .orElseThrow(() -> ReviewException.notFound("no paper " + paperId));
        List<FactView> facts = paperFacts(paperId);
        FactFilter filter = FactFilter.of(ctx.queryParam("status"), ctx.queryParam("kind"), ctx.queryParam("check"),
                ctx.queryParam("conflict"), ctx.queryParam("page"));
        List<FactView> matching = facts.stream().filter(filter::matches).toList();
        int pageCount = Math.max(1, (matching.size() + FactFilter.PAGE_SIZE - 1) / FactFilter.PAGE_SIZE);
        int page = Math.min(filter.page(), pageCount);
        List<FactView> shown = matching.subList((page - 1) * FactFilter.PAGE_SIZE,
                Math.min(matching.size(), page * FactFilter.PAGE_SIZE));
        List<FactView> outcomes = new ArrayList<>();
        Map<String, List<FactView>> entities = new LinkedHashMap<>();
        for (FactView fact : shown) {
            if ("outcome".equals(fact.kind())) {
                outcomes.add(fact);
            } else {
                entities.computeIfAbsent(heading(FindingKind.fromLabel(fact.kind())), k -> new ArrayList<>())
                        .add(fact);
            }
        }
        Map<String, Long> passing = new LinkedHashMap<>();
        for (FindingKind kind : KIND_ORDER) {
            long count = facts.stream().filter(fact -> fact.kind().equals(kind.label()) && fact.bulkApprovable())
                    .count();
            if (count > 0) {
                passing.put(kind.label(), count);
            }
        }
        Set<String> failedChecks = new TreeSet<>();
        facts.forEach(fact -> fact.checks().stream().filter(check -> !check.passed())
                .forEach(check -> failedChecks.add(check.name())));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", pages.frame(ctx, PageRoutes.row(paper).title()));
        parameters.put("paper", PageRoutes.row(paper));
        parameters.put("journal", paper.journal() == null ? "" : paper.journal()
                + (paper.year() == null ? "" : " " + paper.year()));
        parameters.put("outcomes", outcomes);
        parameters.put("entities", entities);
        parameters.put("failing", facts.stream().filter(fact -> "outcome".equals(fact.kind()) && !fact.checksPass())
                .count());
        parameters.put("conflicting", facts.stream().filter(fact -> !fact.conflicts().isEmpty()).count());
        parameters.put("ratios", facts.stream().filter(fact -> "outcome".equals(fact.kind()) && fact.ratio()).count());
        parameters.put("passing", passing);
        parameters.put("failedChecks", List.copyOf(failedChecks));
        parameters.put("kinds", KIND_ORDER.stream().map(FindingKind::label).toList());
        parameters.put("filter", filter);
        parameters.put("matching", matching.size());
        parameters.put("total", facts.size());
        parameters.put("page", page);
        parameters.put("pages", pageCount);
        parameters.put("back", PageRoutes.here(ctx));
        pages.html(ctx, "paper.jte", parameters);
    }

    /** A paper's current facts in the order its page lists them: outcome facts by trial and endpoint, then the rest. */
    private List<FactView> paperFacts(String paperId) {
        List<Conflict> conflicts = store.conflicts().forPaper(paperId);
        Map<String, String> titles = Charts.titles(store);
        List<FactView> facts = new ArrayList<>();
        for (StoredFinding finding : store.findings().forPaper(paperId)) {
            facts.add(FactViews.of(finding, conflicts, List.of(), titles));
        }
        facts.sort(Comparator.comparingInt((FactView fact) -> KIND_ORDER.indexOf(FindingKind.fromLabel(fact.kind())))
                .thenComparing(fact -> "outcome".equals(fact.kind()) ? fact.trial() : "")
                .thenComparing(fact -> "outcome".equals(fact.kind()) ? fact.endpoint() : ""));
        return facts;
    }

    /**
     * Asks to confirm approving every fact of a paper (of one kind, if given) that can be approved in bulk, naming
     * them and their count; the confirmation posts exactly those facts, so nothing unseen is approved.
     */
    void approvePassing(Context ctx) {
        String paperId = ApiRoutes.paperId(ctx);
        PaperSummary paper = store.papers().find(paperId)
                .orElseThrow(() -> ReviewException.notFound("no paper " + paperId));
        String kind = FactFilter.of(null, ctx.queryParam("kind"), null, null, null).kind();
        List<FactView> facts = paperFacts(paperId).stream()
                .filter(fact -> fact.bulkApprovable() && (kind.isEmpty() || kind.equals(fact.kind()))).toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", pages.frame(ctx, "Approve what passes · " + PageRoutes.row(paper).title()));
        parameters.put("paper", PageRoutes.row(paper));
        parameters.put("kind", kind);
        parameters.put("facts", facts);
        pages.html(ctx, "approve-passing.jte", parameters);
    }

    private static String heading(FindingKind kind) {
        return switch (kind) {
            case TRIAL -> "Trials";
            case GENE -> "Genes";
            case DRUG -> "Drugs";
            case VARIANT -> "Variants";
            case OUTCOME -> "Outcome facts";
            case GENE_FAMILY -> "Gene families";
            case DRUG_CLASS -> "Drug classes";
        };
    }
}
