package org.oncocurate.store.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which of a paper's facts its page lists: by review status, kind, a failed check and being in an open conflict,
 * one page of {@link #PAGE_SIZE} at a time. An empty criterion lets every fact through.
 *
 * @param status   a review status ("pending", ...) or ""
 * @param kind     a finding kind's label ("outcome", "gene", ...) or ""
 * @param check    "failed" (any check failed), "passed" (every check passed), a check's name (that check failed),
 *                 or ""
 * @param conflict "yes" (in an open conflict), "no", or ""
 * @param page     the page asked for, from 1
 */
public record FactFilter(String status, String kind, String check, String conflict, int page) {
    public static final int PAGE_SIZE = 50;
    private static final Set<String> STATUSES = Set.of("pending", "approved", "rejected", "edited", "proposed");
    private static final Set<String> CONFLICT = Set.of("yes", "no");

    public FactFilter {
        status = status != null && STATUSES.contains(status) ? status : "";
        kind = kind == null || !kind.matches("[a-z_]{1,20}") ? "" : kind;
        check = check == null || !check.matches("[a-z0-9-]{1,40}") ? "" : check;
        conflict = conflict != null && CONFLICT.contains(conflict) ? conflict : "";
        page = Math.max(1, page);
    }

    /** Reads the criteria from query parameters; anything unknown is ignored, not refused. */
    public static FactFilter of(String status, String kind, String check, String conflict, String page) {
        int number = 1;
        try {
            number = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        return new FactFilter(status, kind, check, conflict, number);
    }

    public boolean matches(FactView fact) {
        if (!status.isEmpty() && !status.equals(fact.status()) || !kind.isEmpty() && !kind.equals(fact.kind())) {
            return false;
        }
        if ("yes".equals(conflict) && fact.conflicts().isEmpty() || "no".equals(conflict)
                && !fact.conflicts().isEmpty()) {
            return false;
        }
        return switch (check) {
            case "" -> true;
            case "failed" -> fact.hasChecks() && !fact.checksPass();
            case "passed" -> fact.hasChecks() && fact.checksPass();
            default -> fact.checks().stream().anyMatch(result -> result.name().equals(check) && !result.passed());
        };
    }

    public boolean any() {
        return !(status.isEmpty() && kind.isEmpty() && check.isEmpty() && conflict.isEmpty());
    }

    /** The query string of these criteria on another page ("" for the first page of everything). */
    public String query(int otherPage) {
        List<String> parts = new ArrayList<>();
        add(parts, "status", status);
        add(parts, "kind", kind);
        add(parts, "check", check);
        add(parts, "conflict", conflict);
        if (otherPage > 1) {
            parts.add("page=" + otherPage);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
