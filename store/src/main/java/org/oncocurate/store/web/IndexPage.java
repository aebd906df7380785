package org.oncocurate.store.web;

import java.util.List;
import org.oncocurate.store.paper.PaperSummary;

/** The landing page: the papers in the pipeline, with links to their JSON. */
final class IndexPage {
    private IndexPage() {
    }

    static String render(List<PaperSummary> papers) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>OncoCurate</title></head><body>
                <h1>OncoCurate</h1><table><thead><tr><th>Paper</th><th>State</th><th>Findings</th><th>Submitted</th>
                </tr></thead><tbody>
                """);
        for (PaperSummary paper : papers) {
            String title = paper.title() != null ? paper.title() : paper.fileName();
            html.append("<tr><td><a href=\"/api/papers/").append(paper.id()).append("/findings\">")
                    .append(Html.escape(title)).append("</a></td><td>").append(paper.state().label())
                    .append(paper.rejectionReason() == null ? "" : " (" + Html.escape(paper.rejectionReason()) + ": "
                            + Html.escape(paper.rejectionMessage()) + ")")
                    .append("</td><td>").append(paper.findingCount()).append("</td><td>")
                    .append(Html.escape(String.valueOf(paper.submittedAt()))).append("</td></tr>\n");
        }
        return html.append("</tbody></table><p><a href=\"/api/export?format=jsonl\">Export all records (JSON Lines)</a>")
                .append("</p></body></html>\n").toString();
    }
}
