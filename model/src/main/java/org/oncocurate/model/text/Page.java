package org.oncocurate.model.text;

import java.util.List;
import java.util.Objects;

/**
 * One page of a paper: its body text is {@code PaperText.text()[start, end)}. Running headers, footers and page
 * numbers are kept apart as furniture so that they never enter the body text.
 *
 * @param number 1-based page number
 * @param note   why the page's text is as it is when that is not obvious (OCR unavailable, unreadable page)
 */
public record Page(int number, int start, int end, double width, double height, TextSource source,
                   List<String> furniture, String note) {
    public Page {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad page " + number + " [" + start + "," + end + ")");
        }
        Objects.requireNonNull(source, "source");
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
    }
}
