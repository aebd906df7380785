package org.oncocurate.store.web;

/** Who may call a route. */
enum Access {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** A curator or an editor. */
    SIGNED_IN,
    /** An editor. */
    EDITOR
}
