package org.oncocurate.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A port of Python's {@code difflib.SequenceMatcher} (no junk function, autojunk on, as its defaults) over word
 * sequences: the matching blocks it finds and its similarity ratio 2M / (|a| + |b|), so that figures compare with
 * {@code difflib.SequenceMatcher(None, a, b).ratio()} on the same tokens.
 */
final class WordSequenceMatcher {
    private final List<String> a;
    private final List<String> b;
    private final Map<String, int[]> b2j = new HashMap<>();

    WordSequenceMatcher(List<String> a, List<String> b) {
        this.a = a;
        this.b = b;
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            positions.computeIfAbsent(b.get(j), key -> new ArrayList<>()).add(j);
        }
        int popular = b.size() / 100 + 1;
        for (Map.Entry<String, List<Integer>> entry : positions.entrySet()) {
            if (b.size() < 200 || entry.getValue().size() <= popular) {
                b2j.put(entry.getKey(), entry.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    double ratio() {
        int matches = 0;
        for (int[] block : matchingBlocks()) {
            matches += block[2];
        }
        return a.size() + b.size() == 0 ? 1 : 2.0 * matches / (a.size() + b.size());
    }

    /** Blocks {i, j, size} with a[i..i+size) equal to b[j..j+size), in order. */
    List<int[]> matchingBlocks() {
        List<int[]> blocks = new ArrayList<>();
        List<int[]> queue = new ArrayList<>();
        queue.add(new int[] {0, a.size(), 0, b.size()});
        while (!queue.isEmpty()) {
            int[] range = queue.remove(queue.size() - 1);
            int[] match = longestMatch(range[0], range[1], range[2], range[3]);
            if (match[2] > 0) {
                blocks.add(match);
                if (range[0] < match[0] && range[2] < match[1]) {
                    queue.add(new int[] {range[0], match[0], range[2], match[1]});
                }
                if (match[0] + match[2] < range[1] && match[1] + match[2] < range[3]) {
                    queue.add(new int[] {match[0] + match[2], range[1], match[1] + match[2], range[3]});
                }
            }
        }
        blocks.sort(Comparator.<int[]>comparingInt(block -> block[0]).thenComparingInt(block -> block[1]));
        return blocks;
    }

    private int[] longestMatch(int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a.get(i), new int[0])) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        while (besti > alo && bestj > blo && a.get(besti - 1).equals(b.get(bestj - 1))) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi
                && a.get(besti + bestsize).equals(b.get(bestj + bestsize))) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
