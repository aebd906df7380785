package org.oncocurate.app.render;

import java.time.Duration;
import org.oncocurate.ingest.IngestLimits;
import org.oncocurate.ingest.isolation.IsolatedPdfReader;
import org.oncocurate.ingest.render.RegionRenderer;
import org.oncocurate.model.stage.StageRejection;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.store.blob.BlobStore;
import org.oncocurate.store.crop.PageRenderer;

/**
 * The store's page renderer, made of ingest's isolated reader: stored PDFs are drawn in a child JVM of bounded heap
 * that is killed at the render timeout, so no page can take the store's JVM down. One child serves all requests,
 * one at a time (the store caches crops, so most requests never get here).
 */
public final class IsolatedPageRenderer implements PageRenderer, AutoCloseable {
    private final BlobStore blobs;
    private final IsolatedPdfReader reader;
    private final Duration timeout;

    public IsolatedPageRenderer(BlobStore blobs, IngestLimits limits, Duration timeout) {
        this.blobs = blobs;
        this.reader = new IsolatedPdfReader(limits);
        this.timeout = timeout;
    }

    @Override
    public synchronized byte[] renderPng(String paperId, int page, BoundingBox region, int dpi)
            throws CropUnavailable {
        byte[] pdf = blobs.get(paperId).orElseThrow(() -> new CropUnavailable("no stored PDF for this paper"));
        try {
            return reader.renderRegion(pdf, new RegionRenderer.Request(page, region.x(), region.y(), region.width(),
                    region.height(), dpi), timeout);
        } catch (StageRejection rejection) {
            throw new CropUnavailable(rejection.reason() + ": " + rejection.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CropUnavailable(e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        reader.close();
    }
}
