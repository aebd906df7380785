package org.oncocurate.store.account;

/** An account request that cannot be carried out; {@link #status()} is the HTTP status that says why. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public AccountException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
