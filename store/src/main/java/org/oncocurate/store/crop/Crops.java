package org.oncocurate.store.crop;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.store.paper.PaperRepository;

/**
 * Crops of evidence regions for the review pages: the region padded a little so the curator sees its context,
 * clipped to the page, rendered at a bounded resolution and size, and cached (least recently used first out) so a
 * page of facts does not render the same region twice.
 */
public final class Crops {
    /** Points of context around the evidence: a little beside it, about a line above and below. */
    private static final double PADDING_X = 6;
    private static final double PADDING_Y = 12;
    /** The tallest crop, in points: a region spanning a whole column is shown from its start. */
    private static final double MAX_HEIGHT = 240;
    private static final int DPI = 110;

    private final PageRenderer renderer;
    private final PaperRepository papers;
    private final long cacheBytes;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long cachedBytes;

    public Crops(PageRenderer renderer, PaperRepository papers, long cacheBytes) {
        this.renderer = renderer;
        this.papers = papers;
        this.cacheBytes = cacheBytes;
    }

    /** The crop as PNG bytes; empty when the paper or page is unknown. */
    public Optional<byte[]> crop(String paperId, int page, BoundingBox region) throws PageRenderer.CropUnavailable {
        // Keyed by the region asked for, so a cached crop costs no look-up of the page's size.
        String key = paperId + "/" + page + "/" + Math.round(region.x()) + "," + Math.round(region.y()) + ","
                + Math.round(region.width()) + "," + Math.round(region.height());
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<BoundingBox> bounded = bounded(paperId, page, region);
        if (bounded.isEmpty()) {
            return Optional.empty();
        }
        byte[] png = renderer.renderPng(paperId, page, bounded.get(), DPI);
        synchronized (cache) {
            byte[] replaced = png.length <= cacheBytes ? cache.put(key, png) : null;
            cachedBytes += (png.length <= cacheBytes ? png.length : 0) - (replaced == null ? 0 : replaced.length);
            var eldest = cache.entrySet().iterator();
            while (cachedBytes > cacheBytes && eldest.hasNext()) {
                cachedBytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
        return Optional.of(png);
    }

    private Optional<BoundingBox> bounded(String paperId, int pageNumber, BoundingBox region) {
        Optional<PaperRepository.PageSize> size = papers.pageSize(paperId, pageNumber);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        PaperRepository.PageSize page = size.get();
        double left = clamp(region.x() - PADDING_X, 0, page.width());
        double top = clamp(region.y() - PADDING_Y, 0, page.height());
        double right = clamp(region.right() + PADDING_X, left + 1, Math.max(left + 1, page.width()));
        double bottom = clamp(Math.min(region.bottom() + PADDING_Y, top + MAX_HEIGHT), top + 1,
                Math.max(top + 1, page.height()));
        return Optional.of(BoundingBox.ofCorners(left, top, right, bottom));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
