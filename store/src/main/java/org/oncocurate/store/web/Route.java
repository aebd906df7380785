package org.oncocurate.store.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One route of the server. Every route is registered from this table, so the OpenAPI document can be checked
 * against exactly what the server answers.
 *
 * @param page true for a page of the review UI (HTML; an unauthenticated visitor is sent to the login page), false
 *             for the REST API (JSON; 401)
 */
record Route(HandlerType method, String path, Access access, boolean page, Handler handler) {
    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    /** A page of the review UI: HTML, and an unauthenticated visitor is sent to the sign-in page. */
    static Route page(HandlerType method, String path, Access access, Handler handler) {
        return new Route(method, path, access, true, handler);
    }

    /** A route of the REST API (or a public probe): JSON, and an unauthenticated request gets 401. */
    static Route api(HandlerType method, String path, Access access, Handler handler) {
        return new Route(method, path, access, false, handler);
    }

    boolean changesState() {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }
}
