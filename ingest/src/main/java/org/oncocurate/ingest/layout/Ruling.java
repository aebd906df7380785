package org.oncocurate.ingest.layout;

/**
 * A straight horizontal or vertical line drawn on a page (a table rule, a box edge), in points from the top-left
 * corner. Thin filled rectangles count as rulings too, since many producers draw rules that way.
 */
public record Ruling(double x1, double y1, double x2, double y2) {
    public Ruling {
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            throw new IllegalArgumentException("bad ruling");
        }
        if (x1 > x2 || y1 > y2) {
            throw new IllegalArgumentException("ruling corners out of order");
        }
    }

    public boolean horizontal() {
        return x2 - x1 >= y2 - y1;
    }

    public double length() {
        return Math.max(x2 - x1, y2 - y1);
    }
}
