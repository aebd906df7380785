package org.oncocurate.store.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A forest plot of hazard ratios with their 95% CIs on a log axis, one row per fact, laid out for an SVG. A row
 * that cannot be right is flagged in red: a ratio at or below zero, CI bounds reversed, a ratio outside its own CI,
 * or a ratio far outside what trials report (a misread number).
 */
public record ForestPlot(int width, int height, int plotLeft, int plotRight, double unityX, List<Row> rows,
                         List<Tick> ticks) {
    static final int ROW_HEIGHT = 22;
    static final int TOP = 28;
    static final int LABEL_WIDTH = 260;
    static final int VALUE_WIDTH = 190;
    static final int PLOT_WIDTH = 360;
    /** Hazard ratios reported by trials lie well within this range; a value outside it is almost surely misread. */
    static final double PLAUSIBLE_LOW = 0.05;
    static final double PLAUSIBLE_HIGH = 20;

    /** A fact to plot; {@code lower} and {@code upper} are null when the paper gives no CI. */
    public record Entry(String label, double value, Double lower, Double upper, String href) {
    }

    /**
     * One row: the positions of the estimate and its CI, clipped to the axis ({@code clippedLow}/{@code clippedHigh}
     * say where an arrow marks a value beyond it), and the flag that makes it stand out, or null.
     */
    public record Row(String label, String valueText, String href, double y, double x, double lowerX, double upperX,
                      boolean hasCi, boolean clippedLow, boolean clippedHigh, String flag) {
        public boolean flagged() {
            return flag != null;
        }

        public double textY() {
            return y + 4;
        }
    }

    public record Tick(double x, String label) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }

    public int axisY() {
        return height - 34;
    }

    public static ForestPlot of(List<Entry> entries) {
        double min = 0.5;
        double max = 2;
        for (Entry entry : entries) {
            for (Double bound : new Double[] {entry.value(), entry.lower(), entry.upper()}) {
                if (bound != null && bound >= PLAUSIBLE_LOW && bound <= PLAUSIBLE_HIGH) {
                    min = Math.min(min, bound);
                    max = Math.max(max, bound);
                }
            }
        }
        Axis axis = new Axis(Math.log(min / 1.25), Math.log(max * 1.25));
        List<Row> rows = new ArrayList<>();
        for (Entry entry : entries) {
            double y = TOP + ROW_HEIGHT * rows.size() + ROW_HEIGHT / 2.0;
            boolean hasCi = entry.lower() != null && entry.upper() != null;
            double lower = hasCi ? entry.lower() : entry.value();
            double upper = hasCi ? entry.upper() : entry.value();
            rows.add(new Row(entry.label(), valueText(entry), entry.href(), y, axis.x(entry.value()),
                    axis.x(Math.min(lower, upper)), axis.x(Math.max(lower, upper)), hasCi,
                    Math.min(Math.min(lower, upper), entry.value()) < axis.lowValue(),
                    Math.max(Math.max(lower, upper), entry.value()) > axis.highValue(), flag(entry)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double tick : new double[] {0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20}) {
            if (tick >= axis.lowValue() && tick <= axis.highValue()) {
                ticks.add(new Tick(axis.x(tick), format(tick)));
            }
        }
        int height = TOP + ROW_HEIGHT * Math.max(rows.size(), 1) + 50;
        return new ForestPlot(LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH, height, LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH,
                axis.x(1), rows, ticks);
    }

    static String flag(Entry entry) {
        if (!(entry.value() > 0)) {
            return "a ratio must be above 0";
        }
        if (entry.lower() != null && entry.upper() != null) {
            if (entry.lower() > entry.upper()) {
                return "CI bounds reversed";
            }
            if (entry.value() < entry.lower() || entry.value() > entry.upper()) {
                return "ratio outside its CI";
            }
            if (!(entry.lower() > 0)) {
                return "CI bound at or below 0";
            }
        }
        if (entry.value() < PLAUSIBLE_LOW || entry.value() > PLAUSIBLE_HIGH) {
            return "implausible ratio";
        }
        return null;
    }

    private static String valueText(Entry entry) {
        String text = format(entry.value());
        if (entry.lower() != null && entry.upper() != null) {
            text += " (" + format(entry.lower()) + "–" + format(entry.upper()) + ")";
        }
        return text;
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A log axis from {@code low} to {@code high} (natural logs) over the plot's width. */
    private record Axis(double low, double high) {
        double x(double value) {
            double clamped = Math.min(Math.max(value, lowValue()), highValue());
            return LABEL_WIDTH + (Math.log(clamped) - low) / (high - low) * PLOT_WIDTH;
        }

        double lowValue() {
            return Math.exp(low);
        }

        double highValue() {
            return Math.exp(high);
        }
    }
}
