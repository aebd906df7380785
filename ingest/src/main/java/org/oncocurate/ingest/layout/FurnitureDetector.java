package org.oncocurate.ingest.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises running headers, footers and page numbers: rows at the top or bottom edge of a page whose text, with
 * its digits ignored, comes back at about the same height on many pages, and lone page numbers at the very edge.
 */
public final class FurnitureDetector {
    /** How far into the page, as a share of its height, a header or footer may sit. */
    static final double EDGE_ZONE = 0.12;
    /** Rows nearest each edge that are considered. */
    static final int EDGE_ROWS = 3;
    private static final double SAME_HEIGHT = 0.04;
    private static final double SIMILAR_TEXT = 0.85;
    private static final int MAX_COMPARED_LENGTH = 80;
    /** Pages on either side compared with each page: enough to see repetition, bounded for long documents. */
    private static final int WINDOW = 6;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s*)?(\\d{1,4}|[ivxlc]{1,7})(\\s*(of|/)\\s*\\d{1,4})?");

    private FurnitureDetector() {
    }

    /** One page's rows, top to bottom, and the page height. */
    public record PageRows(List<List<Word>> rows, double height) {
        public PageRows {
            rows = List.copyOf(rows);
        }
    }

    /** For each page, the indices of its rows that are furniture. */
    public static List<Set<Integer>> detect(List<PageRows> pages) {
        List<List<Candidate>> candidates = new ArrayList<>();
        for (PageRows page : pages) {
            candidates.add(edgeRows(page));
        }
        int needed = Math.max(2, (int) Math.ceil(0.3 * Math.min(pages.size(), 2 * WINDOW + 1)));
        List<Set<Integer>> furniture = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<Integer> rows = new HashSet<>();
            for (Candidate candidate : candidates.get(p)) {
                if (candidate.outermost && PAGE_NUMBER.matcher(candidate.text).matches()) {
                    rows.add(candidate.row);
                } else if (pagesRepeating(candidate, candidates, p) >= needed) {
                    rows.add(candidate.row);
                }
            }
            furniture.add(rows);
        }
        return furniture;
    }

    private static int pagesRepeating(Candidate candidate, List<List<Candidate>> candidates, int page) {
        int pages = 1;
        int last = Math.min(candidates.size() - 1, page + WINDOW);
        for (int other = Math.max(0, page - WINDOW); other <= last; other++) {
            if (other == page) {
                continue;
            }
            for (Candidate match : candidates.get(other)) {
                if (Math.abs(match.relativeHeight - candidate.relativeHeight) <= SAME_HEIGHT
                        && similarity(match.normalized, candidate.normalized) >= SIMILAR_TEXT) {
                    pages++;
                    break;
                }
            }
        }
        return pages;
    }

    private static List<Candidate> edgeRows(PageRows page) {
        List<Candidate> candidates = new ArrayList<>();
        List<List<Word>> rows = page.rows();
        for (int i = 0; i < rows.size(); i++) {
            boolean nearTop = i < EDGE_ROWS;
            boolean nearBottom = i >= rows.size() - EDGE_ROWS;
            List<Word> row = rows.get(i);
            double top = row.stream().mapToDouble(Word::top).min().orElse(0);
            double bottom = row.stream().mapToDouble(Word::bottom).max().orElse(0);
            boolean inTopZone = nearTop && bottom <= EDGE_ZONE * page.height();
            boolean inBottomZone = nearBottom && top >= (1 - EDGE_ZONE) * page.height();
            if (inTopZone || inBottomZone) {
                String text = new TextLine(row).text();
                boolean outermost = i == 0 || i == rows.size() - 1;
                candidates.add(new Candidate(i, text.strip(), normalized(text),
                        (top + bottom) / 2 / page.height(), outermost));
            }
        }
        return candidates;
    }

    static String normalized(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
        return normal.length() > MAX_COMPARED_LENGTH ? normal.substring(0, MAX_COMPARED_LENGTH) : normal;
    }

    /** 1 minus the edit distance over the longer length: 1 for equal strings. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int longer = Math.max(a.length(), b.length());
        if (longer == 0 || Math.abs(a.length() - b.length()) > (1 - SIMILAR_TEXT) * longer) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / longer;
    }

    private record Candidate(int row, String text, String normalized, double relativeHeight, boolean outermost) {
    }
}
