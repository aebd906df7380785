package org.oncocurate.store.crop;

import org.oncocurate.model.text.BoundingBox;

/**
 * Renders a region of a page of a stored PDF as a PNG. Stored PDFs are hostile: an implementation must keep a PDF
 * that exhausts memory or time (a decompression-bomb image) from harming the process that asks.
 */
public interface PageRenderer {
    /**
     * @param page   1-based page number
     * @param region the region in points, origin top-left of the page
     * @param dpi    resolution of the image
     * @throws CropUnavailable when the region cannot be rendered, with a reason a curator can read
     */
    byte[] renderPng(String paperId, int page, BoundingBox region, int dpi) throws CropUnavailable;

    /** Thrown when a crop cannot be made; the message says why. */
    final class CropUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public CropUnavailable(String message) {
            super(message);
        }
    }
}
