package org.oncocurate.model.text;

/** Where a page's text came from. */
public enum TextSource {
    /** The PDF's own text layer. */
    TEXT_LAYER,
    /** Optical character recognition of the rendered page. */
    OCR,
    /** The page has no usable text layer and OCR was not available; its text is empty. */
    NEEDS_OCR
}
