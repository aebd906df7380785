package org.oncocurate.store.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.FailureCauses;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.AccountException;
import org.oncocurate.store.crop.Crops;
import org.oncocurate.store.crop.PageRenderer;
import org.oncocurate.store.paper.Submissions;
import org.oncocurate.store.review.ReviewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's HTTP server: the review UI (server-rendered pages) and the JSON REST API, both behind accounts. Every
 * response forbids scripts, framing and content sniffing: text from PDFs is escaped by the templates, and the
 * Content-Security-Policy would stop a script even if something slipped through.
 */
public final class ReviewServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Largest body of a request that is not an upload: forms and JSON edits are a few kilobytes. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final Javalin app;
    private final List<Route> routes;
    private final HealthRoutes health;

    private ReviewServer(StoreServices store, Crops crops, ServerSettings settings, List<HealthCheck> checks,
                         Supplier<String> metrics) {
        Templates templates = new Templates();
        Gatekeeper gatekeeper = new Gatekeeper(store, settings.secureCookies());
        PageRoutes pages = new PageRoutes(store, gatekeeper, templates);
        health = new HealthRoutes(store.database().jdbi(), checks, metrics);
        List<Route> all = new ArrayList<>(health.routes());
        all.addAll(new ApiRoutes(store, crops, new Charts(store, templates)).routes());
        all.addAll(pages.routes());
        this.routes = List.copyOf(all);
        this.app = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.maxPdfBytes() + 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(settings.maxPdfBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxPdfBytes() * 20, SizeUnit.BYTES);
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
            for (Route route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), gatekeeper.guard(route));
            }
            config.routes.before(ctx -> {
                boolean upload = ctx.path().equals("/api/papers") || ctx.path().equals("/upload");
                if (ctx.method() == HandlerType.POST && (upload || ctx.path().endsWith("/reprocess"))) {
                    health.requireIntake(ctx);
                }
                if (!upload) {
                    limitBody(ctx);
                }
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Referrer-Policy", "same-origin");
                if (settings.secureCookies()) {
                    ctx.header("Strict-Transport-Security", "max-age=31536000");
                }
                if (!ctx.path().startsWith("/static/")) {
                    ctx.header("Cache-Control", "no-store");
                }
            });
            config.routes.exception(HttpRefusal.class, (e, ctx) -> refuse(pages, ctx, e.status(), e.getMessage(),
                    List.of()));
            config.routes.exception(ReviewException.class, (e, ctx) -> refuse(pages, ctx, e.status(), e.getMessage(),
                    e.details()));
            config.routes.exception(AccountException.class, (e, ctx) -> refuse(pages, ctx, e.status(), e.getMessage(),
                    List.of()));
            config.routes.exception(PageRenderer.CropUnavailable.class, (e, ctx) -> refuse(pages, ctx, 422,
                    "the region cannot be rendered: " + e.getMessage(), List.of()));
            config.routes.exception(Submissions.TooLarge.class, (e, ctx) -> refuse(pages, ctx, 413, e.getMessage(),
                    List.of()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> refuse(pages, ctx, 400,
                    e.getMessage(), List.of()));
            config.routes.exception(ValidationException.class, (e, ctx) -> refuse(pages, ctx,
                    400, "malformed parameter: " + e.getErrors().keySet(), List.of()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                HttpException refused = clientError(e);
                if (refused != null) {
                    // Jetty refusing the request (a malformed multipart body, say) is the client's error.
                    refuse(pages, ctx, refused.getCode(), refused.getReason(), List.of());
                    return;
                }
                if (FailureCauses.databaseUnavailable(e)) {
                    LOG.warn("request {} {}: the database is unavailable ({})", ctx.method(), ctx.path(), e.toString());
                    ctx.header("Retry-After", "10");
                    refuse(pages, ctx, 503, "the database is unavailable; try again in a few seconds", List.of());
                    return;
                }
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                refuse(pages, ctx, 500, "internal error; see the server log", List.of());
            });
        });
    }

    /** Starts a server whose readiness checks the database only. */
    public static ReviewServer start(StoreServices store, Crops crops, ServerSettings settings) {
        return start(store, crops, settings, List.of());
    }

    /** Starts a server whose readiness checks the database and {@code checks}, with no metrics of its own. */
    public static ReviewServer start(StoreServices store, Crops crops, ServerSettings settings,
                                     List<HealthCheck> checks) {
        return start(store, crops, settings, checks, () -> "");
    }

    /**
     * Starts a server whose readiness checks the database and {@code checks}, and whose {@code /metrics} serves
     * {@code metrics} (the Prometheus text format).
     */
    public static ReviewServer start(StoreServices store, Crops crops, ServerSettings settings,
                                     List<HealthCheck> checks, Supplier<String> metrics) {
        ReviewServer server = new ReviewServer(store, crops, settings, checks, metrics);
        server.app.start();
        return server;
    }

    public int port() {
        return app.port();
    }

    /** Method and path of every route this server answers, as {@code "GET /api/papers"}. */
    public List<String> routes() {
        return routes.stream().map(route -> route.method().name() + " " + route.path()).toList();
    }

    /**
     * Only uploads carry PDFs; every other request's body (a form, a JSON edit) is refused past
     * {@value #MAX_BODY_BYTES} bytes before it is read, and must say its length.
     */
    private static void limitBody(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            throw new HttpRefusal(413, "a request body here may have at most " + MAX_BODY_BYTES + " bytes");
        }
        if (length < 0 && ctx.req().getHeader("Transfer-Encoding") != null) {
            throw new HttpRefusal(411, "say the body's length (Content-Length); only uploads may be larger");
        }
    }

    /** The 4xx Jetty raised somewhere in {@code failure}'s causes, or null. */
    private static HttpException clientError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http;
            }
        }
        return null;
    }

    private static void refuse(PageRoutes pages, Context ctx, int status, String message, List<String> details) {
        String text = message == null ? "error" : message;
        if (Gatekeeper.isPage(ctx)) {
            String full = details.isEmpty() ? text : text + ": " + String.join("; ", details);
            if (status != 401 && pages.refuseInPlace(ctx, full)) {
                return;
            }
            pages.error(ctx, status, full);
            return;
        }
        // RFC 9457 problem details, as for Jetty's own errors; "error" and "details" stay for existing clients.
        Map<String, Object> problem = new LinkedHashMap<>();
        String title = HttpStatus.getMessage(status);
        problem.put("type", "about:blank");
        problem.put("title", title == null ? "Error" : title);
        problem.put("status", status);
        problem.put("detail", text);
        problem.put("error", text);
        if (!details.isEmpty()) {
            problem.put("details", details);
        }
        ctx.status(status);
        ctx.contentType(ProblemErrorHandler.MEDIA_TYPE);
        ctx.result(Json.write(problem));
    }

    @Override
    public void close() {
        app.stop();
        health.close();
    }
}
