package org.oncocurate.store.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.ApiTokens;
import org.oncocurate.store.account.Sessions;
import org.oncocurate.store.account.TokenScope;

/**
 * Authenticates every request and enforces each route's access: an API token in {@code Authorization: Bearer}, or
 * a browser session cookie (HttpOnly, SameSite=Lax, Secure when configured). A state-changing request made with the
 * cookie must carry the session's CSRF token, in the {@code X-CSRF-Token} header or the {@code _csrf} form field; a
 * request with a token needs none, since a browser never attaches that header by itself.
 */
final class Gatekeeper {
    static final String SESSION_COOKIE = "oncocurate_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final String PRINCIPAL = "oncocurate.principal";

    private final StoreServices store;
    private final boolean secureCookies;

    Gatekeeper(StoreServices store, boolean secureCookies) {
        this.store = store;
        this.secureCookies = secureCookies;
    }

    Handler guard(Route route) {
        return ctx -> {
            ctx.attribute("oncocurate.page", route.page());
            Principal principal = identify(ctx);
            ctx.attribute(PRINCIPAL, principal);
            if (route.access() != Access.PUBLIC) {
                if (principal == null) {
                    if (route.page()) {
                        ctx.redirect("/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
                        return;
                    }
                    ctx.header("WWW-Authenticate", "Bearer");
                    throw new HttpRefusal(401, "sign in, or send an API token as Authorization: Bearer TOKEN");
                }
                if (route.access() == Access.EDITOR && !principal.account().role().isEditor()) {
                    throw new HttpRefusal(403, "only an editor may do this");
                }
                if (principal.scope() == TokenScope.READ && route.changesState()) {
                    throw new HttpRefusal(403, "this API token's scope is read; it may not change anything");
                }
                if (principal.scope() == TokenScope.REVIEW && route.access() == Access.EDITOR) {
                    throw new HttpRefusal(403, "this API token's scope is review; an editor's admin-scoped token "
                            + "may do this");
                }
            }
            // A public form (sign-in) carries its own double-submit token: a stale session must not block it.
            if (route.changesState() && route.access() != Access.PUBLIC && principal != null && principal.byCookie()) {
                String given = ctx.header(CSRF_HEADER);
                if (given == null) {
                    given = ctx.formParam(CSRF_FIELD);
                }
                if (!principal.session().acceptsCsrfToken(given)) {
                    throw new HttpRefusal(403, "the request lacks this session's CSRF token; reload the page and "
                            + "try again");
                }
            }
            route.handler().handle(ctx);
        };
    }

    private Principal identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new HttpRefusal(401, "the Authorization header must be 'Bearer TOKEN'");
            }
            ApiTokens.Grant grant = store.tokens().authorize(authorization.substring(7).strip())
                    .orElseThrow(() -> new HttpRefusal(401, "unknown, expired or revoked API token"));
            return new Principal(grant.account(), null, grant.scope());
        }
        return store.sessions().find(readCookie(ctx, SESSION_COOKIE))
                .map(session -> new Principal(session.account(), session, null)).orElse(null);
    }

    static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    static Principal required(Context ctx) {
        return principal(ctx).orElseThrow(() -> new HttpRefusal(401, "sign in first"));
    }

    static boolean isPage(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute("oncocurate.page"));
    }

    /** Opens a session, ending the one this browser held before (a new sign-in never adds to an old session). */
    void openSession(Context ctx, Account account) {
        store.sessions().close(readCookie(ctx, SESSION_COOKIE));
        Sessions.Session session = store.sessions().open(account);
        ctx.cookie(cookie(SESSION_COOKIE, session.token(),
                (int) Duration.between(Instant.now(), session.expiresAt()).toSeconds()));
    }

    /** The value of one of this site's cookies, by its unprefixed name. */
    String readCookie(Context ctx, String name) {
        return ctx.cookie(cookieName(name));
    }

    String cookieName(String name) {
        return secureCookies ? "__Host-" + name : name;
    }

    void closeSession(Context ctx) {
        store.sessions().close(readCookie(ctx, SESSION_COOKIE));
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
    }

    /**
     * A cookie of this site. Over HTTPS its name carries the {@code __Host-} prefix, which browsers accept only from
     * a secure origin, for the whole site and for this host alone, so neither a sibling domain nor plain HTTP can set
     * or shadow it.
     */
    Cookie cookie(String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(cookieName(name), value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }
}
