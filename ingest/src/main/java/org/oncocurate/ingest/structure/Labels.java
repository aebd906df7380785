package org.oncocurate.ingest.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The printed labels that mark captions, numbered headings and the references section. */
public final class Labels {
    private static final Pattern CAPTION = Pattern.compile(
            "^((?:supplementary\\s+|extended\\s+data\\s+)?(?:fig(?:ure)?s?|tables?|schemes?|charts?|boxe?s?)\\.?)"
                    + "\\s*([A-Z]?\\d+[A-Za-z]?|[IVX]+)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The type of an article as journals print it above the title ("Research Article", "Original Research"). */
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?:(?:original|research|review|clinical|brief|"
            + "short|systematic|case|mini|invited|special|study)\\s+)?(?:article|research|review|study|report|"
            + "communication|paper|letter|editorial|commentary|perspective|methodology|protocol|trial|update)s?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^((?:\\d{1,2}(?:\\.\\d{1,2}){0,4}|[IVX]{1,5})\\.?)\\s+(\\p{Lu}.*)$");
    private static final Pattern REFERENCES = Pattern.compile(
            "^(?:\\d{1,2}\\.?\\s+)?(references|bibliography|literature cited|works cited|references and notes)"
                    + "\\s*:?$",
            Pattern.CASE_INSENSITIVE);

    private Labels() {
    }

    /**
     * The caption label at the start of the text ("TABLE 1", "Figure 2"), or null; null too when a lower-case word
     * follows the label, as in a sentence that starts "Table 1 shows".
     */
    public static String captionLabel(String text) {
        String stripped = text.strip();
        Matcher matcher = CAPTION.matcher(stripped);
        if (!matcher.find()) {
            return null;
        }
        String rest = stripped.substring(matcher.end()).strip();
        if (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0))) {
            return null;
        }
        return matcher.group(1) + " " + matcher.group(2);
    }

    /** True when the caption label names a table. */
    public static boolean isTableLabel(String label) {
        return label != null && label.toLowerCase(java.util.Locale.ROOT).matches("^(supplementary\\s+)?tables?\\b.*");
    }

    /** The section number and title of a heading ("4.1", "PI3K-AKT-mTOR"); the number is null when it has none. */
    public static String[] numberAndTitle(String heading) {
        Matcher matcher = NUMBERED_HEADING.matcher(heading.strip());
        if (matcher.matches()) {
            String number = matcher.group(1);
            if (number.endsWith(".")) {
                number = number.substring(0, number.length() - 1);
            }
            return new String[] {number, matcher.group(2).strip()};
        }
        return new String[] {null, heading.strip()};
    }

    /** True when the text starts like a numbered heading ("4.1 PI3K-AKT-mTOR", "2. Methods"). */
    public static boolean numberedHeading(String text) {
        return NUMBERED_HEADING.matcher(text.strip()).matches();
    }

    /** True when the heading names the references section. */
    public static boolean references(String heading) {
        return REFERENCES.matcher(heading.strip()).matches();
    }

    /** True when the text is nothing but an article's type ("Research Article", "Review", "Study Protocol"). */
    public static boolean articleType(String text) {
        return ARTICLE_TYPE.matcher(text.strip()).matches();
    }
}
