package org.oncocurate.store.web;

/**
 * Where and how the review server listens.
 *
 * @param secureCookies mark session cookies Secure: set when the UI is served over HTTPS (directly or behind a
 *                      TLS-terminating proxy), so browsers never send the cookie in clear text
 */
public record ServerSettings(String host, int port, long maxPdfBytes, boolean secureCookies) {
}
