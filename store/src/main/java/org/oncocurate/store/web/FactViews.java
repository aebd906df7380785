package org.oncocurate.store.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oncocurate.store.conflict.Conflict;
import org.oncocurate.store.review.StoredFinding;
import org.oncocurate.store.web.view.CheckView;
import org.oncocurate.store.web.view.EvidenceView;
import org.oncocurate.store.web.view.FactView;
import org.oncocurate.store.web.view.FieldView;
import org.oncocurate.store.web.view.ForestPlot;

/** Turns stored findings into what the review pages show. Values stay text here; the templates escape them. */
final class FactViews {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private FactViews() {
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    static FactView of(StoredFinding finding, List<Conflict> conflicts, List<String> editors,
                       Map<String, String> paperTitles) {
        JsonNode record = finding.effectiveRecord();
        String kind = finding.kind().label();
        String label;
        String detail = "";
        switch (finding.kind()) {
            case GENE -> {
                label = text(record, "symbol");
                detail = record.hasNonNull("ncbi_gene_id") ? "NCBI Gene " + text(record, "ncbi_gene_id") : "";
            }
            case DRUG -> {
                label = text(record, "name");
                detail = text(record, "class");
            }
            case VARIANT -> label = (record.hasNonNull("gene") ? text(record, "gene") + " " : "")
                    + text(record, "change");
            case TRIAL -> {
                label = text(record, "name");
                detail = Stream.of(text(record, "nct"), record.hasNonNull("phase") ? "phase " + text(record, "phase")
                        : "").filter(part -> !part.isEmpty()).collect(Collectors.joining(" · "));
            }
            case OUTCOME -> label = (record.hasNonNull("trial") ? text(record, "trial") : "trial unknown") + " · "
                    + text(record, "endpoint") + " · " + text(record, "measure");
            case GENE_FAMILY, DRUG_CLASS -> {
                label = text(record, "name");
                List<String> members = new ArrayList<>();
                record.path("members").forEach(member -> members.add(member.asText()));
                detail = String.join(", ", members);
            }
            default -> throw new IllegalStateException("unhandled kind " + kind);
        }
        List<String> arms = new ArrayList<>();
        record.path("arms").forEach(arm -> arms.add((arm.hasNonNull("label") ? arm.get("label").asText() : "arm")
                + ": " + armValue(arm)));
        List<CheckView> checks = new ArrayList<>();
        // The effective record's checks: those of the curator's values when they edited the fact.
        record.path("checks").forEach(check -> checks.add(new CheckView(text(check, "check"),
                check.path("passed").asBoolean(), text(check, "message"), text(check, "suggestion"))));
        // The store's conflicts are live (a rejected side closes one) and cover the paper's own statements too, so
        // the conflicts the extractor wrote on the record are not listed again.
        List<String> conflictTexts = new ArrayList<>();
        for (Conflict conflict : conflicts) {
            if (conflict.involves(finding.recordId())) {
                StoredFinding other = conflict.other(finding.recordId());
                conflictTexts.add(valueOf(other.effectiveRecord()) + (other.paperId().equals(finding.paperId())
                        ? " elsewhere in this paper"
                        : " in " + paperTitles.getOrDefault(other.paperId(), other.paperId().substring(0, 12))));
            }
        }
        List<EvidenceView> evidence = new ArrayList<>();
        int index = 0;
        for (JsonNode piece : record.path("evidence")) {
            evidence.add(evidence(finding, piece, finding.sentenceStart(index++)));
        }
        return new FactView(finding.recordId(), finding.paperId(),
                paperTitles.getOrDefault(finding.paperId(), ""), kind, finding.status().label(), label, detail,
                text(record, "trial"), text(record, "endpoint"), text(record, "measure"), String.join("; ", arms),
                number(record.path("value")), ci(record), text(record, "p"), text(record, "unit"),
                text(record, "source"), finding.record().has("checks_pass"), !finding.failsChecks(), checks,
                conflictTexts, finding.decidedBy() == null ? "" : finding.decidedBy(), when(finding.decidedAt()),
                finding.decisionReason() == null ? "" : finding.decisionReason(), prior(finding.priorDecision()),
                machineDiffs(finding), editors, evidence, record.path("confidence").asDouble());
    }

    private static EvidenceView evidence(StoredFinding finding, JsonNode piece, int sentenceStart) {
        String sentence = text(piece, "sentence");
        String surface = text(piece, "surface");
        int from = sentenceStart >= 0 ? piece.path("start").asInt() - sentenceStart : -1;
        int to = from + piece.path("end").asInt() - piece.path("start").asInt();
        if (from < 0 || to > sentence.length() || !sentence.substring(from, to).equals(surface)) {
            from = sentence.indexOf(surface);
            to = from + surface.length();
        }
        String before = from < 0 ? sentence : sentence.substring(0, from);
        String match = from < 0 ? "" : sentence.substring(from, to);
        String after = from < 0 ? "" : sentence.substring(to);
        String crop = cropUrl(finding.paperId(), piece.path("regions"));
        return new EvidenceView(piece.path("page").asInt(), before, match, after, crop,
                piece.path("ocr").asBoolean(), text(piece, "repair"));
    }

    /**
     * The crop of the evidence's first region, joined with the regions that follow it on the same page and column
     * (a sentence's lines), so the curator sees the whole statement rather than its first line.
     */
    static String cropUrl(String paperId, JsonNode regions) {
        JsonNode first = regions.path(0);
        if (first.isMissingNode()) {
            return null;
        }
        int page = first.path("page").asInt();
        double left = first.path("x").asDouble();
        double top = first.path("y").asDouble();
        double right = left + first.path("width").asDouble();
        double bottom = top + first.path("height").asDouble();
        for (JsonNode region : regions) {
            double x = region.path("x").asDouble();
            double width = region.path("width").asDouble();
            boolean sameColumn = x < right && left < x + width;
            if (region.path("page").asInt() != page || !sameColumn) {
                break;
            }
            left = Math.min(left, x);
            right = Math.max(right, x + width);
            top = Math.min(top, region.path("y").asDouble());
            bottom = Math.max(bottom, region.path("y").asDouble() + region.path("height").asDouble());
        }
        return String.format(Locale.ROOT, "/api/papers/%s/pages/%d/crop.png?x=%.1f&y=%.1f&w=%.1f&h=%.1f", paperId,
                page, left, top, right - left, bottom - top);
    }

    /** An arm's value as printed; a median the paper reports as not reached has a null value. */
    static String armValue(JsonNode arm) {
        return arm.path("value").isNull() ? "not reached" : arm.path("value").asText();
    }

    /** "HR 0.58 (0.46–0.72)" or "median 27.6 | 14.5 months". */
    static String valueOf(JsonNode record) {
        if (record.path("value").isNumber()) {
            return text(record, "measure") + " " + number(record.path("value"))
                    + (record.path("ci").isArray() ? " (" + ci(record) + ")" : "");
        }
        List<String> values = new ArrayList<>();
        record.path("arms").forEach(arm -> values.add(armValue(arm)));
        return text(record, "measure") + " " + String.join(" | ", values) + " " + text(record, "unit");
    }

    private static String prior(ObjectNode prior) {
        if (prior == null) {
            return null;
        }
        return "under " + text(prior, "extractor_version") + ": " + text(prior, "status")
                + (prior.hasNonNull("decided_by") ? " by " + text(prior, "decided_by") : "")
                + (prior.hasNonNull("reason") ? " (" + text(prior, "reason") + ")" : "")
                + (prior.has("record") ? "; value then: " + valueOrLabel(prior.get("record")) : "");
    }

    private static String valueOrLabel(JsonNode record) {
        return "outcome".equals(text(record, "kind")) ? valueOf(record) : record.toString();
    }

    private static List<String> machineDiffs(StoredFinding finding) {
        List<String> diffs = new ArrayList<>();
        if (finding.curated() == null) {
            return diffs;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = finding.curated().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode machine = finding.record().get(field.getKey());
            // The checks run again on the curator's values are listed as checks, not as a changed field.
            if (!Set.of("status", "checks", "trial_unknown").contains(field.getKey())
                    && !field.getValue().equals(machine)) {
                diffs.add(field.getKey() + ": " + display(machine) + " → " + display(field.getValue()));
            }
        }
        return diffs;
    }

    static List<FieldView> fields(StoredFinding finding, List<String> names) {
        ObjectNode current = finding.curated() != null ? finding.curated() : finding.record();
        List<FieldView> fields = new ArrayList<>();
        for (String name : names) {
            fields.add(new FieldView(name, EditForm.write(current.get(name)),
                    EditForm.write(finding.record().get(name)), EditForm.hint(name)));
        }
        return fields;
    }

    static ForestPlot.Entry forestEntry(StoredFinding finding, boolean withPaper, Map<String, String> titles) {
        JsonNode record = finding.effectiveRecord();
        JsonNode ci = record.path("ci");
        String label = (record.hasNonNull("trial") ? text(record, "trial") : "trial unknown") + " · "
                + text(record, "endpoint");
        if (withPaper) {
            String title = titles.getOrDefault(finding.paperId(), finding.paperId());
            label += " · " + (title.length() > 24 ? title.substring(0, 23) + "…" : title);
        }
        return new ForestPlot.Entry(label, record.path("value").asDouble(),
                ci.isArray() && ci.get(0).isNumber() ? ci.get(0).asDouble() : null,
                ci.isArray() && ci.get(1).isNumber() ? ci.get(1).asDouble() : null,
                "/findings/" + finding.recordId());
    }

    private static String display(JsonNode value) {
        return value == null || value.isNull() ? "(none)" : value.isTextual() ? value.asText() : value.toString();
    }

    private static String ci(JsonNode record) {
        JsonNode ci = record.path("ci");
        if (!ci.isArray() || ci.size() != 2) {
            return "";
        }
        String level = record.path("ci_level").isNumber() ? " (" + record.get("ci_level").asText() + "% CI)" : "";
        return number(ci.get(0)) + "–" + number(ci.get(1)) + level;
    }

    private static String number(JsonNode node) {
        return node == null || !node.isNumber() ? "" : node.asText();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }
}
