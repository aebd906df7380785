package org.oncocurate.store.web.view;

/**
 * What every page of the review UI shows around its content: the title, who is signed in, and the CSRF token its
 * forms send back.
 *
 * @param username the signed-in account, or null on the login page
 * @param notice   a message about the last action, or null
 * @param refusal  why the last request from this page was refused, or null
 */
public record Frame(String title, String username, String role, String csrfToken, String notice, String refusal) {
    public boolean signedIn() {
        return username != null;
    }

    public boolean editor() {
        return "editor".equals(role);
    }
}
