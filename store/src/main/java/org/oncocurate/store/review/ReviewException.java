package org.oncocurate.store.review;

import java.util.List;

/** A review request that cannot be carried out; {@link #status()} is the HTTP status that says why. */
public final class ReviewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> details;

    public ReviewException(int status, String message) {
        this(status, message, List.of());
    }

    public ReviewException(int status, String message, List<String> details) {
        super(message);
        this.status = status;
        this.details = List.copyOf(details);
    }

    public static ReviewException notFound(String message) {
        return new ReviewException(404, message);
    }

    public static ReviewException badRequest(String message) {
        return new ReviewException(400, message);
    }

    public static ReviewException conflict(String message) {
        return new ReviewException(409, message);
    }

    public static ReviewException forbidden(String message) {
        return new ReviewException(403, message);
    }

    public int status() {
        return status;
    }

    /** One line per item of a bulk request that could not be carried out. */
    public List<String> details() {
        return details;
    }
}
