package org.oncocurate.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Section;

/**
 * Splits a paper's text into paragraphs, sentences and tokens with OpenNLP's English models. The references section
 * is left out. Models are loaded once and shared; the detector and tokenizer are not thread-safe, so create one
 * splitter per worker thread with {@link #create(Models)}.
 */
public final class SentenceSplitter {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;

    private SentenceSplitter(Models models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
    }

    public static SentenceSplitter create(Models models) {
        return new SentenceSplitter(models);
    }

    public List<Sentence> split(PaperText paper) {
        List<Sentence> sentences = new ArrayList<>();
        String text = paper.text();
        int paragraph = 0;
        for (int[] range : bodyRanges(paper)) {
            int cursor = range[0];
            Matcher breaks = PARAGRAPH_BREAK.matcher(text).region(range[0], range[1]);
            while (cursor < range[1]) {
                int paragraphEnd = breaks.find() ? breaks.start() : range[1];
                boolean table = inTable(paper, cursor);
                addSentences(text, cursor, paragraphEnd, paragraph++, table, sentences);
                cursor = paragraphEnd == range[1] ? range[1] : breaks.end();
            }
        }
        return sentences;
    }

    private void addSentences(String text, int from, int to, int paragraph, boolean table, List<Sentence> out) {
        String paragraphText = text.substring(from, to);
        if (paragraphText.isBlank()) {
            return;
        }
        Span[] spans = table ? lineSpans(paragraphText) : sentenceDetector.sentPosDetect(paragraphText);
        for (Span span : spans) {
            int start = from + span.getStart();
            int end = from + span.getEnd();
            String sentenceText = text.substring(start, end);
            List<Token> tokens = new ArrayList<>();
            for (Span token : tokenizer.tokenizePos(sentenceText)) {
                tokens.add(new Token(sentenceText.substring(token.getStart(), token.getEnd()),
                        start + token.getStart(), start + token.getEnd()));
            }
            out.add(new Sentence(sentenceText, start, end, tokens, paragraph, table));
        }
    }

    private static Span[] lineSpans(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    lines.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return lines.toArray(Span[]::new);
    }

    private static boolean inTable(PaperText paper, int offset) {
        for (Block block : paper.blocks()) {
            if (block.kind() == BlockKind.TABLE && offset >= block.start() && offset < block.end()) {
                return true;
            }
        }
        return false;
    }

    /** The text outside the references section, as [start, end) ranges. */
    private static List<int[]> bodyRanges(PaperText paper) {
        List<int[]> ranges = new ArrayList<>();
        int cursor = 0;
        for (Section section : paper.sections()) {
            if (section.references()) {
                if (section.start() > cursor) {
                    ranges.add(new int[] {cursor, section.start()});
                }
                cursor = Math.max(cursor, section.end());
            }
        }
        if (cursor < paper.text().length()) {
            ranges.add(new int[] {cursor, paper.text().length()});
        }
        return ranges;
    }

    /** OpenNLP's English sentence and token models from Maven Central, loaded once per process. */
    public static final class Models {
        private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
        private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

        final SentenceModel sentences;
        final TokenizerModel tokens;

        private Models(SentenceModel sentences, TokenizerModel tokens) {
            this.sentences = sentences;
            this.tokens = tokens;
        }

        public static Models load() {
            try (InputStream sentenceModel = open(SENTENCE_MODEL); InputStream tokenModel = open(TOKEN_MODEL)) {
                return new Models(new SentenceModel(sentenceModel), new TokenizerModel(tokenModel));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP English models", e);
            }
        }

        private static InputStream open(String resource) throws IOException {
            InputStream stream = SentenceSplitter.class.getResourceAsStream(resource);
            if (stream == null) {
                throw new IOException("model " + resource + " is not on the classpath");
            }
            return stream;
        }
    }
}
