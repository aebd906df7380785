package org.oncocurate.extract.text;

/** A token: its text and its span in the paper's text. */
public record Token(String text, int start, int end) {
}
