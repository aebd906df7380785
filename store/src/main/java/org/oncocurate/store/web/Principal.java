package org.oncocurate.store.web;

import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Sessions;
import org.oncocurate.store.account.TokenScope;

/**
 * Who is making a request, and how they proved it: a browser session (cookie, so state-changing requests need the
 * session's CSRF token) or an API token (an Authorization header, which a browser never sends on its own).
 *
 * @param session the browser session, or null for an API token
 * @param scope   what the API token may do; null for a browser session, which may do all the account's role allows
 */
record Principal(Account account, Sessions.Session session, TokenScope scope) {
    boolean byCookie() {
        return session != null;
    }

    String csrfToken() {
        return session == null ? "" : session.csrfToken();
    }
}
