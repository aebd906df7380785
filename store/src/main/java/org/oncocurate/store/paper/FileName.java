package org.oncocurate.store.paper;

/**
 * The name an upload is stored under: what the client sent, stripped, or {@code upload.pdf} when it sent none. A name
 * with a control character (a NUL, a newline) or an unpaired surrogate, or longer than {@value #MAX_LENGTH}
 * characters, is refused: it would be shown in the UI, written to the log and stored as text.
 */
final class FileName {
    static final int MAX_LENGTH = 255;
    private static final String DEFAULT = "upload.pdf";

    private FileName() {
    }

    /** The name to store; throws {@link IllegalArgumentException} saying what is wrong with a bad one. */
    static String of(String sent) {
        if (sent == null || sent.isBlank()) {
            return DEFAULT;
        }
        String name = sent.strip();
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the file name has " + name.length() + " characters; the limit is "
                    + MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(String.format("the file name contains the control character "
                        + "U+%04X at position %d", (int) c, i));
            }
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= name.length() || !Character.isLowSurrogate(name.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(name.charAt(i - 1)));
            if (unpaired) {
                throw new IllegalArgumentException("the file name contains an unpaired surrogate at position " + i);
            }
        }
        return name;
    }
}
