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
 * Characters are grouped into words by the spaces the PDF holds and by the gaps between glyphs. Text set in another
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
        WordBuilder builder = new WordBuilder();
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

    /** Collects consecutive characters into a word until a space, a gap or a jump ends it. */
    private final class WordBuilder {
        private final StringBuilder text = new StringBuilder();
        private double left;
        private double right;
        private double baseline;
        private double fontSize;
        private double ascent;
        private double descent;
        private boolean bold;

        void add(TextPosition character) {
            String unicode = character.getUnicode();
            if (unicode == null || unicode.isEmpty()) {
                return;
            }
            if (unicode.isBlank()) {
                flush();
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
            if (text.length() > 0 && startsNewWord(character, x, y, size)) {
                flush();
            }
            if (text.length() == 0) {
                left = x;
                right = x + width;
                baseline = y;
                fontSize = size;
                ascent = y - 0.75 * size;
                descent = y + 0.22 * size;
                bold = bold(character.getFont());
            } else {
                right = Math.max(right, x + width);
                if (size > fontSize) {
                    fontSize = size;
                    baseline = y;
                }
                ascent = Math.min(ascent, y - 0.75 * size);
                descent = Math.max(descent, y + 0.22 * size);
            }
            text.append(normalized(unicode));
        }

        private boolean startsNewWord(TextPosition character, double x, double y, double size) {
            double reference = Math.min(size, fontSize);
            double gap = x - right;
            double spaceWidth = character.getWidthOfSpace();
            if (!(spaceWidth > 0) || !Double.isFinite(spaceWidth)) {
                spaceWidth = 0.25 * reference;
            }
            spaceWidth = Math.max(0.15 * reference, Math.min(0.6 * reference, spaceWidth));
            boolean sameLine = y - 0.75 * size < descent && y + 0.22 * size > ascent
                    && Math.abs(y - baseline) < 0.6 * Math.max(size, fontSize);
            return !sameLine || gap > 0.45 * spaceWidth || gap < -0.5 * reference;
        }

        void flush() {
            if (text.length() > 0) {
                String value = text.toString().strip();
                if (!value.isEmpty()) {
                    words.add(new Word(value, left, ascent, Math.max(right, left), descent, baseline, fontSize, bold));
                }
                text.setLength(0);
            }
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
