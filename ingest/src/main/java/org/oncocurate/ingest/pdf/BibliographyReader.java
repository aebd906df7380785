package org.oncocurate.ingest.pdf;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.oncocurate.model.text.Bibliography;

/** Reads what is needed to cite a paper from its text and its document information. */
final class BibliographyReader {
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>]+)", Pattern.CASE_INSENSITIVE);
    private static final int FIRST_PAGES_CHARS = 20_000;

    private BibliographyReader() {
    }

    static Bibliography read(PDDocument document, String text) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = blankToNull(info.getTitle());
        String doi = findDoi(text.substring(0, Math.min(text.length(), FIRST_PAGES_CHARS)));
        if (doi == null) {
            doi = findDoi(String.valueOf(info.getSubject()) + " " + info.getKeywords());
        }
        return new Bibliography(title, List.of(), null, null, doi);
    }

    static String findDoi(String text) {
        Matcher matcher = DOI.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1).replaceAll("[.,;)\\]]+$", "").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
