package org.oncocurate.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfBoxReaderTest {

    @Test
    void aFaultOfThisProjectsCodeIsToldApartFromOneInsidePdfBox() {
        RuntimeException ours = new IllegalStateException("layout");
        ours.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.oncocurate.ingest.layout.ColumnDetector", "detect", "ColumnDetector.java", 42)});
        RuntimeException pdfBox = new IllegalStateException("xref");
        pdfBox.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.pdfbox.pdfparser.COSParser", "parse", "COSParser.java", 7),
                new StackTraceElement("org.oncocurate.ingest.pdf.PdfBoxReader", "read", "PdfBoxReader.java", 45)});

        assertThat(PdfBoxReader.raisedByOwnCode(ours)).isTrue();
        assertThat(PdfBoxReader.raisedByOwnCode(pdfBox)).isFalse();
    }
}
