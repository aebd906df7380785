package org.oncocurate.model.event;

import java.time.Instant;
import java.util.Objects;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.finding.Findings;

/** An extractor version read a paper's findings. */
public record FindingsExtracted(String paperId, Instant extractedAt, Findings findings) {
    public FindingsExtracted {
        PaperId.requireValid(paperId);
        Objects.requireNonNull(extractedAt, "extractedAt");
        Objects.requireNonNull(findings, "findings");
        if (!paperId.equals(findings.paperId())) {
            throw new IllegalArgumentException("event and findings name different papers");
        }
    }
}
