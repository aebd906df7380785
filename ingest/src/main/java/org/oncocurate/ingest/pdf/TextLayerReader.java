package org.oncocurate.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.oncocurate.ingest.layout.Word;

/**
 * Reads the words of one page from its text layer, in content order, each with its box, baseline and font facts.
 * Characters are gathered into printed lines, then split into words by the spaces the PDF holds and by the gaps
 * between glyphs ({@link WordSegmenter}). Text set in another
 * direction than most of the page (a stamp in the margin) is left out. Not thread-safe.
 */
final class TextLayerReader extends PDFTextStripper {
    /** More words than a dense page of small print holds many times over; the rest of such a page is dropped. */
    static final int MAX_WORDS_PER_PAGE = 30_000;

    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
    private List<Word> words = new ArrayList<>();
    private boolean truncated;

    TextLayerReader() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The words of page {@code pageNumber} (1-based). */
    List<Word> read(PDDocument document, int pageNumber) throws IOException {
        words = new ArrayList<>();
        truncated = false;
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        writeText(document, Writer.nullWriter());
        return words;
    }

    /** True when the last page read held more words than {@link #MAX_WORDS_PER_PAGE}. */
    boolean truncated() {
        return truncated;
    }

    @Override
    protected void writePage() {
        List<TextPosition> characters = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            characters.addAll(article);
        }
        int direction = dominantDirection(characters);
        LineBuilder builder = new LineBuilder();
        for (TextPosition character : characters) {
            if (Math.round(character.getDir()) != direction) {
                builder.flush();
                continue;
            }
            builder.add(character);
            if (words.size() >= MAX_WORDS_PER_PAGE) {
                truncated = true;
                return;
            }
        }
        builder.flush();
        if (words.size() > MAX_WORDS_PER_PAGE) {
            truncated = true;
            words = new ArrayList<>(words.subList(0, MAX_WORDS_PER_PAGE));
        }
    }

    private static int dominantDirection(List<TextPosition> characters) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextPosition character : characters) {
            counts.merge(Math.round(character.getDir()), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    private boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, key -> {
            String name = String.valueOf(key.getName()).toLowerCase(java.util.Locale.ROOT);
            PDFontDescriptor descriptor = key.getFontDescriptor();
            boolean heavy = descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
            return heavy || name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || name.contains("semibold") || name.contains("demi");
        });
    }

    /** Collects the glyphs of one printed line, in content order, and splits them into words when the line ends. */
    private final class LineBuilder {
        /** Far more glyphs than a printed line holds; a longer run is split so that memory stays bounded. */
        private static final int MAX_GLYPHS_PER_LINE = 4096;
        private final List<Glyph> glyphs = new ArrayList<>();
        private double baseline;
        private double fontSize;
        private double ascent;
        private double descent;
        private boolean spaceBefore;

        void add(TextPosition character) {
            String unicode = character.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                return;
            }
            if (unicode.isBlank()) {
                spaceBefore = true;
                return;
            }
            double x = character.getXDirAdj();
            double width = Math.max(0, character.getWidthDirAdj());
            double y = character.getYDirAdj();
            double size = fontSizeOf(character);
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)) {
                flush();
                return;
            }
            if (!glyphs.isEmpty() && (!onLine(y, size) || glyphs.size() >= MAX_GLYPHS_PER_LINE)) {
                flush();
            }
            if (glyphs.isEmpty()) {
                baseline = y;
                fontSize = size;
                ascent = y - 0.75 * size;
                descent = y + 0.22 * size;
            } else {
                if (size > fontSize) {
                    fontSize = size;
                    baseline = y;
                }
                ascent = Math.min(ascent, y - 0.75 * size);
                descent = Math.max(descent, y + 0.22 * size);
            }
            glyphs.add(new Glyph(normalized(unicode), x, width, y, size, bold(character.getFont()), spaceBefore));
            spaceBefore = false;
        }

        private boolean onLine(double y, double size) {
            return y - 0.75 * size < descent && y + 0.22 * size > ascent
                    && Math.abs(y - baseline) < 0.6 * Math.max(size, fontSize);
        }

        void flush() {
            if (!glyphs.isEmpty()) {
                words.addAll(WordSegmenter.words(glyphs));
                glyphs.clear();
            }
            spaceBefore = false;
        }
    }

    private static double fontSizeOf(TextPosition character) {
        double size = character.getFontSizeInPt();
        if (!(size > 0.5) || !Double.isFinite(size) || size > 500) {
            size = character.getHeightDir();
        }
        return size > 0.5 && Double.isFinite(size) && size <= 500 ? size : 10;
    }

    /** Ligatures (U+FB00-FB06) become their letters; everything else is kept as written. */
    private static String normalized(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
            }
        }
        return unicode;
    }
}
