package org.oncocurate.store;

import org.oncocurate.model.json.Json;

/**
 * Strings as PostgreSQL can hold them. Its {@code text} and {@code jsonb} cannot hold U+0000, which a paper's text may
 * still carry (from an older ingest, or a reader that let one through): it becomes U+FFFD, one character for one, so
 * offsets into the stored text stay right. Everything else passes unchanged.
 */
public final class PostgresText {
    private static final char NUL = '\u0000';
    private static final String ESCAPED_NUL = "\\u0000";
    private static final String ESCAPED_REPLACEMENT = "\\ufffd";

    private PostgresText() {
    }

    /** {@code value} for a {@code text} column; null stays null. */
    public static String text(String value) {
        return value == null || value.indexOf(NUL) < 0 ? value : value.replace(NUL, '\ufffd');
    }

    /** {@code value} written as JSON for a {@code jsonb} column. */
    public static String json(Object value) {
        return json(Json.writeString(value));
    }

    /** A JSON document for a {@code jsonb} column: its {@code \u0000} escapes (and any raw NUL) replaced. */
    public static String json(String document) {
        if (document == null || (document.indexOf(NUL) < 0 && !document.contains(ESCAPED_NUL))) {
            return document;
        }
        StringBuilder out = new StringBuilder(document.length());
        int i = 0;
        while (i < document.length()) {
            char c = document.charAt(i);
            if (c == '\\' && document.startsWith(ESCAPED_NUL, i)) {
                out.append(ESCAPED_REPLACEMENT);
                i += ESCAPED_NUL.length();
            } else if (c == '\\' && i + 1 < document.length()) {
                // an escape pair, such as an escaped backslash followed by the letters u0000, is kept whole
                out.append(c).append(document.charAt(i + 1));
                i += 2;
            } else {
                out.append(c == NUL ? ESCAPED_REPLACEMENT : String.valueOf(c));
                i++;
            }
        }
        return out.toString();
    }
}
