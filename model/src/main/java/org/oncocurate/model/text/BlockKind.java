package org.oncocurate.model.text;

/** The structural role of a block of text. */
public enum BlockKind {
    TITLE, HEADING, PARAGRAPH, CAPTION, TABLE, REFERENCES
}
