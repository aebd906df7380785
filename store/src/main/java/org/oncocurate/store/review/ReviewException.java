package org.oncocurate.store.review;

/** A review request that cannot be carried out; {@link #status()} is the HTTP status that says why. */
public final class ReviewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ReviewException(int status, String message) {
        super(message);
        this.status = status;
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

    public int status() {
        return status;
    }
}
