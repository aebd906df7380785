package org.oncocurate.store.web;

/** A request refused before or while it is handled; {@link #status()} is the HTTP status that says why. */
final class HttpRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    HttpRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
