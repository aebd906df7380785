package org.oncocurate.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.ingest.layout.Word;

/**
 * Reads Tesseract's hOCR output into words in points. Each line gives its baseline and its height from ascender to
 * descender (x_size); each word its box. The font size is taken as the line height over
 * {@value #LINE_HEIGHT_PER_EM}, the share of the em that ascender to descender spans in common text faces.
 */
final class Hocr {
    static final double LINE_HEIGHT_PER_EM = 0.8;
    private static final Pattern LINE = Pattern.compile(
            "<span class='ocr_(?:line|header|caption|textfloat)'[^>]*title=\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile(
            "<span class='ocrx_word'[^>]*title='([^']*)'[^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern BASELINE = Pattern.compile("baseline (-?[\\d.]+) (-?[\\d.]+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size ([\\d.]+)");
    private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (-?\\d+)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** What Tesseract reads into the wide spaces of justified lines. */
    private static final Pattern SPACE_FILLER = Pattern.compile("_+");
    /** Line heights within this share of the page's usual one are taken as the usual one: the same print. */
    private static final double SAME_PRINT = 0.1;

    private Hocr() {
    }

    /**
     * The words of one page.
     *
     * @param pointsPerPixel the size of one image pixel in points
     * @param maxWords       words beyond this many are left out
     */
    static List<Word> words(String hocr, double pointsPerPixel, int maxWords) {
        List<Word> words = new ArrayList<>();
        List<int[]> lineSpans = new ArrayList<>();
        List<String> lineTitles = new ArrayList<>();
        Matcher lines = LINE.matcher(hocr);
        while (lines.find()) {
            lineSpans.add(new int[] {lines.start(), lines.end()});
            lineTitles.add(lines.group(1));
        }
        for (int lineIndex = 0; lineIndex < lineSpans.size() && words.size() < maxWords; lineIndex++) {
            int end = lineIndex + 1 < lineSpans.size() ? lineSpans.get(lineIndex + 1)[0] : hocr.length();
            String title = lineTitles.get(lineIndex);
            double[] lineBox = numbers(BBOX, title, 4);
            if (lineBox == null) {
                continue;
            }
            double[] baseline = numbers(BASELINE, title, 2);
            double[] xSize = numbers(X_SIZE, title, 1);
            double lineHeight = xSize != null && xSize[0] > 0 ? xSize[0] : lineBox[3] - lineBox[1];
            double fontSize = Math.max(1, lineHeight * pointsPerPixel / LINE_HEIGHT_PER_EM);
            Matcher wordMatcher = WORD.matcher(hocr).region(lineSpans.get(lineIndex)[1], end);
            while (wordMatcher.find() && words.size() < maxWords) {
                String text = unescape(TAG.matcher(wordMatcher.group(2)).replaceAll("")).strip();
                double[] box = numbers(BBOX, wordMatcher.group(1), 4);
                double[] confidence = numbers(CONFIDENCE, wordMatcher.group(1), 1);
                if (text.isEmpty() || box == null || confidence != null && confidence[0] < 0
                        || SPACE_FILLER.matcher(text).matches()) {
                    continue;
                }
                double center = (box[0] + box[2]) / 2;
                double baselinePixels = baseline == null ? lineBox[3]
                        : lineBox[3] + baseline[0] * (center - lineBox[0]) + baseline[1];
                words.add(new Word(text.replaceAll("\\s+", ""), box[0] * pointsPerPixel, box[1] * pointsPerPixel,
                        Math.max(box[0], box[2]) * pointsPerPixel, Math.max(box[1], box[3]) * pointsPerPixel,
                        baselinePixels * pointsPerPixel, fontSize, false));
            }
        }
        return withSteadySizes(words);
    }

    /**
     * Tesseract measures every line anew, so lines of one print come out a few percent apart; sizes close to the
     * page's most common one are set to it, so that only real changes of print (headings) stand out.
     */
    private static List<Word> withSteadySizes(List<Word> words) {
        if (words.isEmpty()) {
            return words;
        }
        double usual = org.oncocurate.ingest.layout.Rows.bodyFontSize(words);
        List<Word> steady = new ArrayList<>(words.size());
        for (Word word : words) {
            boolean samePrint = Math.abs(word.fontSize() - usual) <= SAME_PRINT * usual;
            steady.add(samePrint ? new Word(word.text(), word.left(), word.top(), word.right(), word.bottom(),
                    word.baseline(), usual, word.bold()) : word);
        }
        return steady;
    }

    private static double[] numbers(Pattern pattern, String title, int count) {
        Matcher matcher = pattern.matcher(title);
        if (!matcher.find()) {
            return null;
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Double.parseDouble(matcher.group(i + 1));
            if (!Double.isFinite(values[i])) {
                return null;
            }
        }
        return values;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
