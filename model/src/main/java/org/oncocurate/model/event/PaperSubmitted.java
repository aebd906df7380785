package org.oncocurate.model.event;

import java.time.Instant;
import java.util.Objects;
import org.oncocurate.model.PaperId;

/**
 * A PDF was accepted for processing; its bytes are in the blob store under {@code paperId}.
 *
 * @param submittedBy the account or command that submitted it
 */
public record PaperSubmitted(String paperId, String fileName, long byteSize, String submittedBy, Instant submittedAt) {
    public PaperSubmitted {
        PaperId.requireValid(paperId);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (byteSize < 0) {
            throw new IllegalArgumentException("byteSize < 0");
        }
    }
}
