package org.oncocurate.model.stage;

/** Why a stage refused its input. Codes are stable: downstream dashboards and tests match on them. */
public enum RejectionReason {
    NOT_A_PDF("the file is not a PDF"),
    CORRUPT_PDF("the PDF is damaged and cannot be read"),
    ENCRYPTED_PDF("the PDF is encrypted"),
    EMPTY_PDF("the PDF has no pages or no text"),
    TOO_LARGE("the file is larger than the configured limit"),
    TOO_MANY_PAGES("the PDF has more pages than the configured limit"),
    PARSE_TIMEOUT("reading the PDF took longer than the configured limit"),
    MEMORY_LIMIT("reading the PDF needed more memory than the configured limit"),
    READER_CRASHED("the PDF reader process was killed from outside each time it read the PDF (an operator, the "
            + "system's OOM killer); the PDF itself may be fine, so it can be submitted again"),
    MISSING_PDF("the PDF's bytes are not in the blob store"),
    MALFORMED_EVENT("the event could not be read"),
    STUCK("the paper stayed in a non-final state past the stuck limit, each time it was sent through the pipeline "
            + "again"),
    RETRIES_EXHAUSTED("the stage kept failing after its retries"),
    DEFECT("the stage failed on a fault of its own that retrying cannot mend; the message holds the cause");

    private final String description;

    RejectionReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
