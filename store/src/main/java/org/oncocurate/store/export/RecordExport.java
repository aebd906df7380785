package org.oncocurate.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.review.FindingRepository;

/**
 * Exports every current record of every paper, curators' edits applied, each with its review status: as JSON Lines,
 * CSV or BioC JSON. {@code curatedOnly} keeps the records downstream knowledge bases receive (approved and edited).
 */
public final class RecordExport {
    private final FindingRepository findings;
    private final Clock clock;

    public RecordExport(FindingRepository findings, Clock clock) {
        this.findings = findings;
        this.clock = clock;
    }

    public void write(ExportFormat format, boolean curatedOnly, OutputStream out) {
        try {
            switch (format) {
                case JSONL -> findings.forEachCurrent(curatedOnly, finding -> {
                    try {
                        out.write(Json.write(finding.effectiveRecord()));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write the export", e);
                    }
                });
                case CSV -> CsvRecords.write(findings, curatedOnly, out);
                case BIOC -> BiocCollection.write(findings, curatedOnly, clock.instant(), out);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }
}
