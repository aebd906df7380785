package org.oncocurate.model.event;

import java.time.Instant;
import java.util.Objects;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.text.PaperText;

/** A PDF was read into text. */
public record PaperIngested(String paperId, String ingestVersion, Instant ingestedAt, PaperText text) {
    public PaperIngested {
        PaperId.requireValid(paperId);
        Objects.requireNonNull(ingestVersion, "ingestVersion");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        Objects.requireNonNull(text, "text");
        if (!paperId.equals(text.paperId())) {
            throw new IllegalArgumentException("event and text name different papers");
        }
    }
}
