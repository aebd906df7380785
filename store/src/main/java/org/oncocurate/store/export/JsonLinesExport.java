package org.oncocurate.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.review.FindingRepository;

/**
 * Every current record of every paper as JSON Lines, one record per line, in the shape {@code score.py} reads, with
 * each record's review status (curators' edits applied).
 */
public final class JsonLinesExport {
    private final FindingRepository findings;

    public JsonLinesExport(FindingRepository findings) {
        this.findings = findings;
    }

    public void write(OutputStream out) {
        findings.forEachCurrent(finding -> {
            try {
                out.write(Json.write(finding.effectiveRecord()));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export", e);
            }
        });
    }
}
