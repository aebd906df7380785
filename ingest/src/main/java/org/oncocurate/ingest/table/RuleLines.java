package org.oncocurate.ingest.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.oncocurate.ingest.layout.Ruling;

/**
 * Merges the rule segments a page draws into whole lines: a table border drawn cell by cell becomes one line.
 *
 * @param position  y of a horizontal line, x of a vertical one
 * @param from      where the line starts along its direction
 * @param to        where it ends
 */
record RuleLines(double position, double from, double to) {
    private static final double SAME_POSITION = 1.0;
    private static final double TOUCHING = 2.0;

    double length() {
        return to - from;
    }

    /** True when the two lines share at least {@code share} of the shorter one's length. */
    boolean overlaps(RuleLines other, double share) {
        double overlap = Math.min(to, other.to) - Math.max(from, other.from);
        return overlap >= share * Math.min(length(), other.length());
    }

    static List<RuleLines> horizontal(List<Ruling> rulings) {
        List<RuleLines> segments = new ArrayList<>();
        for (Ruling ruling : rulings) {
            if (ruling.horizontal()) {
                segments.add(new RuleLines((ruling.y1() + ruling.y2()) / 2, ruling.x1(), ruling.x2()));
            }
        }
        return merged(segments);
    }

    static List<RuleLines> vertical(List<Ruling> rulings) {
        List<RuleLines> segments = new ArrayList<>();
        for (Ruling ruling : rulings) {
            if (!ruling.horizontal()) {
                segments.add(new RuleLines((ruling.x1() + ruling.x2()) / 2, ruling.y1(), ruling.y2()));
            }
        }
        return merged(segments);
    }

    private static List<RuleLines> merged(List<RuleLines> segments) {
        segments.sort(Comparator.comparingDouble(RuleLines::position).thenComparingDouble(RuleLines::from));
        List<RuleLines> lines = new ArrayList<>();
        for (RuleLines segment : segments) {
            boolean joined = false;
            for (int i = lines.size() - 1; i >= 0; i--) {
                RuleLines line = lines.get(i);
                if (segment.position - line.position > SAME_POSITION) {
                    break;
                }
                if (segment.from <= line.to + TOUCHING && segment.to >= line.from - TOUCHING) {
                    lines.set(i, new RuleLines(line.position, Math.min(line.from, segment.from),
                            Math.max(line.to, segment.to)));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                lines.add(segment);
            }
        }
        lines.sort(Comparator.comparingDouble(RuleLines::position));
        return lines;
    }
}
