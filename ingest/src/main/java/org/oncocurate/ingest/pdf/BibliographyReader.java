package org.oncocurate.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.oncocurate.model.text.Bibliography;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.Page;
import org.oncocurate.model.text.PaperText;

/**
 * Reads what is needed to cite a paper: title, authors, journal, year and DOI. The paper's own text comes first (the
 * title block, the author line under it, the running headers, dated notes and DOIs on the first pages); the XMP
 * metadata and the document information fill in what the text does not say, since producers often leave them stale
 * or generic.
 */
final class BibliographyReader {
    /** A DOI, allowing one line break or OCR'd space right after a dot, slash or hyphen inside it. */
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/"
            + "(?:[^\\s\"<>]*[./-]\\s(?=[A-Za-z0-9]*\\d[A-Za-z0-9./-]{2,}))?[^\\s\"<>]+)", Pattern.CASE_INSENSITIVE);
    /** A metadata title that names a file or a template rather than the paper. */
    private static final Pattern PLACEHOLDER_TITLE = Pattern.compile(
            "(?i).*\\.(?:html?|pdf|docx?|tex|dvi|indd|rtf|txt)$|untitled.*|microsoft word.*|document\\d*|title");
    private static final int FIRST_PAGES = 2;
    private static final int BLOCKS_AFTER_TITLE = 4;

    private BibliographyReader() {
    }

    static Bibliography read(PDDocument document, PaperText paper) {
        PDDocumentInformation info = information(document);
        XmpFields xmp = XmpFields.parse(xmpBytes(document));
        String text = paper.text();
        List<String> heads = runningHeads(paper);

        String title = textTitle(paper);
        title = title != null ? title : usableTitle(xmp.title());
        title = title != null ? title : usableTitle(info.getTitle());

        String doi = findDoi(firstPages(paper));
        for (int i = 0; doi == null && i < heads.size(); i++) {
            doi = findDoi(heads.get(i));
        }
        doi = doi != null ? doi : findDoi(String.valueOf(xmp.doi()));
        doi = doi != null ? doi : findDoi(info.getSubject() + " " + info.getKeywords());

        List<String> authors = FrontMatter.authors(blocksAfterTitle(paper));
        authors = !authors.isEmpty() ? authors : xmp.creators();
        authors = !authors.isEmpty() ? authors : splitAuthors(info.getAuthor());

        String journal = FrontMatter.journal(heads);
        journal = journal != null ? journal : blankToNull(xmp.publicationName());

        Page first = paper.pages().isEmpty() ? null : paper.pages().get(0);
        Integer year = FrontMatter.year(first == null ? "" : text.substring(first.start(), first.end()), heads);
        year = year != null ? year : xmpYear(xmp.date());
        year = year != null ? year : FrontMatter.yearInDoi(doi);
        return new Bibliography(title, authors, journal, year, doi);
    }

    static String findDoi(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = DOI.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1).replaceAll("\\s", "").replaceAll("[.,;)\\]]+$", "").toLowerCase(Locale.ROOT);
    }

    private static String textTitle(PaperText paper) {
        for (Block block : paper.blocks()) {
            if (block.kind() == BlockKind.TITLE) {
                return paper.text().substring(block.start(), block.end());
            }
        }
        return null;
    }

    private static List<String> blocksAfterTitle(PaperText paper) {
        List<String> blocks = new ArrayList<>();
        boolean afterTitle = false;
        for (Block block : paper.blocks()) {
            if (block.page() > 1 || blocks.size() >= BLOCKS_AFTER_TITLE) {
                break;
            }
            String text = paper.text().substring(block.start(), block.end());
            // An author line set in bold or larger print is taken for a heading; a list of names still reads as one.
            boolean listLike = text.contains(",") || text.contains(" and ");
            if (afterTitle && (block.kind() != BlockKind.HEADING || listLike)) {
                blocks.add(text);
            }
            afterTitle |= block.kind() == BlockKind.TITLE;
        }
        return blocks;
    }

    private static String firstPages(PaperText paper) {
        int end = 0;
        for (Page page : paper.pages()) {
            if (page.number() <= FIRST_PAGES) {
                end = Math.max(end, page.end());
            }
        }
        return paper.text().substring(0, end);
    }

    private static List<String> runningHeads(PaperText paper) {
        List<String> heads = new ArrayList<>();
        for (Page page : paper.pages()) {
            if (page.number() <= FIRST_PAGES + 1) {
                heads.addAll(page.furniture());
            }
        }
        return heads;
    }

    private static String usableTitle(String title) {
        String value = blankToNull(title);
        return value == null || PLACEHOLDER_TITLE.matcher(value).matches() ? null : value;
    }

    private static List<String> splitAuthors(String author) {
        String value = blankToNull(author);
        if (value == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : value.split("\\s*(?:;|,|\\band\\b|&)\\s*")) {
            if (!name.isBlank() && names.size() < 200) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static Integer xmpYear(String date) {
        if (date == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("^((?:19|20)\\d{2})").matcher(date.strip());
        return matcher.find() ? FrontMatter.plausibleYear(matcher.group(1)) : null;
    }

    /** The document information dictionary; an empty one when it is broken, since the text still names the paper. */
    private static PDDocumentInformation information(PDDocument document) {
        try {
            return document.getDocumentInformation();
        } catch (RuntimeException e) {
            return new PDDocumentInformation();
        }
    }

    /** The XMP packet, or null when there is none or it cannot be read (the text still names the paper). */
    private static byte[] xmpBytes(PDDocument document) {
        try {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return null;
            }
            try (InputStream in = metadata.exportXMPMetadata()) {
                return in.readNBytes(XmpFields.MAX_BYTES + 1);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
