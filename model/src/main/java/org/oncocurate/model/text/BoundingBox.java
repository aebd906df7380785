package org.oncocurate.model.text;

/**
 * A rectangle on a PDF page in points, origin at the top-left corner of the page, y growing downwards
 * (the convention of PDFBox text positions and of rendered page images).
 */
public record BoundingBox(double x, double y, double width, double height) {
    public BoundingBox {
        if (!(width >= 0) || !(height >= 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("bad box " + x + "," + y + " " + width + "x" + height);
        }
    }

    public static BoundingBox ofCorners(double left, double top, double right, double bottom) {
        return new BoundingBox(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public BoundingBox union(BoundingBox other) {
        return ofCorners(Math.min(x, other.x), Math.min(y, other.y),
                Math.max(right(), other.right()), Math.max(bottom(), other.bottom()));
    }
}
