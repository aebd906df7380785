package org.oncocurate.ingest.pdf;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.PaperText;

/** Reads what is needed to cite a paper from its text and its document information. */
final class BibliographyReader {
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>]+)", Pattern.CASE_INSENSITIVE);
    private static final int FIRST_PAGES_CHARS = 20_000;

    private BibliographyReader() {
    }

    static Bibliography read(PDDocument document, PaperText paper) {
        PDDocumentInformation info = document.getDocumentInformation();
        String text = paper.text();
        String title = paper.blocks().stream().filter(block -> block.kind() == BlockKind.TITLE).findFirst()
                .map(block -> text.substring(block.start(), block.end())).orElse(blankToNull(info.getTitle()));
        String doi = findDoi(text.substring(0, Math.min(text.length(), FIRST_PAGES_CHARS)));
        if (doi == null) {
            for (var page : paper.pages()) {
                for (String furniture : page.furniture()) {
                    doi = doi == null ? findDoi(furniture) : doi;
                }
            }
        }
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
