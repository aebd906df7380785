package org.oncocurate.ingest.structure;

import org.oncocurate.ingest.layout.TextLine;

/**
 * What body text looks like in one document, and how a line differs from it: the yardstick for telling headings,
 * paragraph breaks and titles apart.
 *
 * @param fontSize  the size most text is set in
 * @param linePitch the usual distance between the baselines of two lines of body text
 * @param bold      true when body text itself is bold (then boldness marks nothing)
 */
public record TextStyle(double fontSize, double linePitch, boolean bold) {
    static final double LARGER = 1.12;

    public TextStyle {
        if (!(fontSize > 0) || !(linePitch > 0)) {
            throw new IllegalArgumentException("bad text style " + fontSize + "/" + linePitch);
        }
    }

    /** True when the line is set larger than body text, or bold where body text is not. */
    public boolean emphasized(TextLine line) {
        return line.fontSize() >= LARGER * fontSize || line.bold() && !bold;
    }

    /** The usual baseline distance for lines of the given size. */
    public double pitchFor(double size) {
        return linePitch * size / fontSize;
    }
}
