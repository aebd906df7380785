package org.oncocurate.store.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The shapes records can be exported in. */
public enum ExportFormat {
    /** One JSON record per line, in the shape {@code score.py} reads. */
    JSONL("application/x-ndjson", "jsonl"),
    /** One row per record, for spreadsheets. */
    CSV("text/csv; charset=utf-8", "csv"),
    /** BioC JSON, the text-mining exchange format: documents, passages, annotations with offsets. */
    BIOC("application/json", "bioc.json");

    private final String contentType;
    private final String fileExtension;

    ExportFormat(String contentType, String fileExtension) {
        this.contentType = contentType;
        this.fileExtension = fileExtension;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
        return contentType;
    }

    public String fileExtension() {
        return fileExtension;
    }

    public static ExportFormat fromLabel(String label) {
        for (ExportFormat format : values()) {
            if (format.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + label + "'; supported: "
                + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")));
    }
}
