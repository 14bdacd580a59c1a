package org.zwgk.catalogue.io.internal.source.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one page: every axis-aligned line that is stroked, and every thin filled rectangle (how Word
 * and WPS draw cell borders), as {@link Segment}s in display space. Curves, images and shadings are ignored.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled shape at most this thick (points) is a line. */
    private static final float THIN = 3f;

    private final List<Segment> segments = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final PageSpace space;
    private float curX;
    private float curY;
    private float startX;
    private float startY;

    RulingCollector(PDPage page) {
        super(page);
        this.space = new PageSpace(page);
    }

    /** The ruling lines of the page. */
    List<Segment> collect() throws IOException {
        processPage(getPage());
        return segments;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        curX = x;
        curY = y;
        startX = x;
        startY = y;
        path.add(null); // a subpath starts
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {curX, curY, x, y});
        curX = x;
        curY = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curX = x3;
        curY = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(curX, curY);
    }

    @Override
    public void closePath() {
        if (curX != startX || curY != startY) {
            lineTo(startX, startY);
        }
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (float[] line : path) {
            if (line != null) {
                add(line[0], line[1], line[2], line[3]);
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] line : path) {
            if (line == null) {
                thinShape(minX, minY, maxX, maxY);
                minX = Float.MAX_VALUE;
                minY = Float.MAX_VALUE;
                maxX = -Float.MAX_VALUE;
                maxY = -Float.MAX_VALUE;
                continue;
            }
            minX = Math.min(minX, Math.min(line[0], line[2]));
            maxX = Math.max(maxX, Math.max(line[0], line[2]));
            minY = Math.min(minY, Math.min(line[1], line[3]));
            maxY = Math.max(maxY, Math.max(line[1], line[3]));
        }
        thinShape(minX, minY, maxX, maxY);
        path.clear();
    }

    /** A filled shape thin in one direction is a line along the other. */
    private void thinShape(float minX, float minY, float maxX, float maxY) {
        if (minX > maxX) {
            return;
        }
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= THIN && w > THIN) {
            add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
        } else if (w <= THIN && h > THIN) {
            add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
        }
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is ended by endPath; it draws nothing.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images draw no ruling.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings draw no ruling.
    }

    private void add(float xa, float ya, float xb, float yb) {
        float[] a = space.toDisplay(xa, ya);
        float[] b = space.toDisplay(xb, yb);
        if (Math.abs(a[1] - b[1]) < 1f && Math.abs(a[0] - b[0]) >= 1f) {
            segments.add(Segment.horizontal((a[1] + b[1]) / 2, a[0], b[0]));
        } else if (Math.abs(a[0] - b[0]) < 1f && Math.abs(a[1] - b[1]) >= 1f) {
            segments.add(Segment.vertical((a[0] + b[0]) / 2, a[1], b[1]));
        }
    }

    /** From PDF user space (y up) to display space (top-left origin, y down, the page's rotation applied). */
    static final class PageSpace {
        private final PDRectangle box;
        private final int rotation;

        PageSpace(PDPage page) {
            this.box = page.getCropBox();
            this.rotation = ((page.getRotation() % 360) + 360) % 360;
        }

        float[] toDisplay(float x, float y) {
            float u = x - box.getLowerLeftX();
            float v = y - box.getLowerLeftY();
            return switch (rotation) {
                case 90 -> new float[] {v, u};
                case 180 -> new float[] {box.getWidth() - u, v};
                case 270 -> new float[] {box.getHeight() - v, box.getWidth() - u};
                default -> new float[] {u, box.getHeight() - v};
            };
        }
    }
}
