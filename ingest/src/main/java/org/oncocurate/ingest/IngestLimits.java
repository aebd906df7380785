package org.oncocurate.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what reading one PDF may cost. Every PDF is hostile input: these keep a malformed or malicious file from
 * taking the service down.
 *
 * @param maxBytes       largest PDF accepted, in bytes
 * @param maxPages       most pages accepted
 * @param parseTimeout   longest one PDF may take to read (OCR included)
 * @param memoryBytes    heap of the process that reads PDFs; a PDF that needs more is rejected
 */
public record IngestLimits(long maxBytes, int maxPages, Duration parseTimeout, long memoryBytes) {
    public static final IngestLimits DEFAULT =
            new IngestLimits(100L * 1024 * 1024, 500, Duration.ofSeconds(120), 768L * 1024 * 1024);

    public IngestLimits {
        Objects.requireNonNull(parseTimeout, "parseTimeout");
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024: " + maxBytes);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
        }
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive: " + parseTimeout);
        }
        if (memoryBytes < 64L * 1024 * 1024) {
            throw new IllegalArgumentException("memoryBytes must be at least 64 MiB: " + memoryBytes);
        }
    }
}
