package org.oncocurate.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.oncocurate.ingest.layout.Ruling;

/**
 * Reads what a page draws besides text: straight rules (stroked lines and thin filled rectangles, which tables are
 * made of) and how much of the page images cover (a scanned page is one big image). Glyphs are skipped. Rules are
 * reported only for unrotated pages, in points from the top-left corner of the crop box.
 */
final class PageGraphics extends PDFGraphicsStreamEngine {
    /** Rules beyond this many on one page are ignored: no table needs them, and hostile pages draw millions. */
    static final int MAX_RULINGS = 5_000;
    private static final double THIN = 2.0;
    private static final double STRAIGHT = 1.0;

    private final PDRectangle cropBox;
    private final boolean upright;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<double[]> subpath = new ArrayList<>();
    private final List<double[][]> pendingSegments = new ArrayList<>();
    private final List<double[]> pendingRectangles = new ArrayList<>();
    private double imageArea;
    private Point2D.Float current = new Point2D.Float();

    private PageGraphics(PDPage page) {
        super(page);
        this.cropBox = page.getCropBox();
        this.upright = page.getRotation() % 360 == 0;
    }

    /** Reads one page's drawing. */
    static PageGraphics of(PDPage page) throws IOException {
        PageGraphics graphics = new PageGraphics(page);
        graphics.processPage(page);
        return graphics;
    }

    List<Ruling> rulings() {
        return upright ? List.copyOf(rulings) : List.of();
    }

    /** The share of the page that images cover, from 0 to 1 (overlaps counted twice, capped at 1). */
    double imageCoverage() {
        double pageArea = Math.max(1, cropBox.getWidth() * cropBox.getHeight());
        return Math.min(1, imageArea / pageArea);
    }

    @Override
    protected void showText(byte[] string) {
        // Glyphs are read by the text layer reader; decoding them again here would only cost time.
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double left = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double right = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double bottom = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double top = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        pendingRectangles.add(new double[] {left, bottom, right, top});
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix matrix = getGraphicsState().getCurrentTransformationMatrix();
        double width = Math.hypot(matrix.getScaleX(), matrix.getShearY());
        double height = Math.hypot(matrix.getShearX(), matrix.getScaleY());
        if (Double.isFinite(width) && Double.isFinite(height)) {
            imageArea += Math.min(width, cropBox.getWidth()) * Math.min(height, cropBox.getHeight());
        }
    }

    @Override
    public void clip(int windingRule) {
        // Clipping does not change which rules a table draws.
    }

    @Override
    public void moveTo(float x, float y) {
        subpath.clear();
        subpath.add(new double[] {x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (!subpath.isEmpty()) {
            double[] from = subpath.get(subpath.size() - 1);
            pendingSegments.add(new double[][] {from, {x, y}});
        }
        subpath.add(new double[] {x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        subpath.add(new double[] {x3, y3});
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (subpath.size() > 1) {
            pendingSegments.add(new double[][] {subpath.get(subpath.size() - 1), subpath.get(0)});
        }
    }

    @Override
    public void endPath() {
        discardPath();
    }

    @Override
    public void strokePath() {
        for (double[][] segment : pendingSegments) {
            addSegment(segment[0][0], segment[0][1], segment[1][0], segment[1][1]);
        }
        for (double[] rectangle : pendingRectangles) {
            addSegment(rectangle[0], rectangle[1], rectangle[2], rectangle[1]);
            addSegment(rectangle[0], rectangle[3], rectangle[2], rectangle[3]);
            addSegment(rectangle[0], rectangle[1], rectangle[0], rectangle[3]);
            addSegment(rectangle[2], rectangle[1], rectangle[2], rectangle[3]);
        }
        discardPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[] rectangle : pendingRectangles) {
            double width = rectangle[2] - rectangle[0];
            double height = rectangle[3] - rectangle[1];
            if (height <= THIN && width > THIN) {
                double middle = (rectangle[1] + rectangle[3]) / 2;
                addSegment(rectangle[0], middle, rectangle[2], middle);
            } else if (width <= THIN && height > THIN) {
                double middle = (rectangle[0] + rectangle[2]) / 2;
                addSegment(middle, rectangle[1], middle, rectangle[3]);
            }
        }
        discardPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings colour areas; they draw no rules.
    }

    private void discardPath() {
        pendingSegments.clear();
        pendingRectangles.clear();
        subpath.clear();
    }

    /** Keeps a segment, in PDF user space, when it is straight and long enough to be a rule. */
    private void addSegment(double x1, double y1, double x2, double y2) {
        if (rulings.size() >= MAX_RULINGS || !upright) {
            return;
        }
        boolean horizontal = Math.abs(y1 - y2) <= STRAIGHT;
        boolean vertical = Math.abs(x1 - x2) <= STRAIGHT;
        if (horizontal == vertical || !Double.isFinite(x1 + y1 + x2 + y2)) {
            return;
        }
        double left = Math.min(x1, x2) - cropBox.getLowerLeftX();
        double right = Math.max(x1, x2) - cropBox.getLowerLeftX();
        double top = cropBox.getUpperRightY() - Math.max(y1, y2);
        double bottom = cropBox.getUpperRightY() - Math.min(y1, y2);
        if (horizontal) {
            double y = (top + bottom) / 2;
            top = y;
            bottom = y;
        } else {
            double x = (left + right) / 2;
            left = x;
            right = x;
        }
        if (Math.max(right - left, bottom - top) >= 3) {
            rulings.add(new Ruling(left, top, right, bottom));
        }
    }
}
