package org.oncocurate.store.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.paper.PaperSummary;
import org.oncocurate.store.paper.Submissions;
import org.oncocurate.store.review.ReviewException;
import org.oncocurate.store.review.StoredFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The store's HTTP server: the JSON REST API and the review pages. */
public final class ReviewServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);
    private static final String USER_HEADER = "X-OncoCurate-User";

    private final StoreServices store;
    private final Javalin app;

    private ReviewServer(StoreServices store, String host, int port, long maxPdfBytes) {
        this.store = store;
        this.app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = maxPdfBytes + 1024 * 1024;
            config.jetty.multipartConfig.maxFileSize(maxPdfBytes, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(maxPdfBytes * 20, SizeUnit.BYTES);
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", ctx -> json(ctx, Map.of("status", "ok")));
            config.routes.get("/api/papers", ctx -> json(ctx, store.papers().list()));
            config.routes.post("/api/papers", this::upload);
            config.routes.get("/api/papers/{paperId}", this::paper);
            config.routes.get("/api/papers/{paperId}/findings", this::findings);
            config.routes.get("/api/findings/{recordId}", ctx -> json(ctx, view(finding(ctx))));
            config.routes.get("/api/findings/{recordId}/history",
                    ctx -> json(ctx, store.review().history(finding(ctx).recordId())));
            config.routes.post("/api/findings/{recordId}/approve",
                    ctx -> json(ctx, view(store.review().approve(ctx.pathParam("recordId"), actor(ctx)))));
            config.routes.post("/api/findings/{recordId}/reject", ctx -> {
                JsonNode body = body(ctx);
                json(ctx, view(store.review().reject(ctx.pathParam("recordId"), actor(ctx),
                        body.path("reason").asText(null))));
            });
            config.routes.post("/api/findings/{recordId}/edit", ctx -> {
                JsonNode body = body(ctx);
                json(ctx, view(store.review().edit(ctx.pathParam("recordId"), actor(ctx), body.get("changes"),
                        body.path("reason").asText(null))));
            });
            config.routes.get("/api/export", this::export);
            config.routes.get("/", ctx -> ctx.html(IndexPage.render(store.papers().list())));
            config.routes.exception(ReviewException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(Submissions.TooLarge.class, (e, ctx) -> error(ctx, 413, e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error; see the server log");
            });
        });
    }

    public static ReviewServer start(StoreServices store, String host, int port, long maxPdfBytes) {
        ReviewServer server = new ReviewServer(store, host, port, maxPdfBytes);
        server.app.start();
        return server;
    }

    public int port() {
        return app.port();
    }

    private void upload(Context ctx) throws IOException {
        List<Submissions.Receipt> receipts = new ArrayList<>();
        String submitter = actor(ctx);
        if (ctx.isMultipartFormData()) {
            for (UploadedFile file : ctx.uploadedFiles()) {
                try (InputStream content = file.content()) {
                    receipts.add(store.submissions().submit(content.readAllBytes(), file.filename(), submitter));
                }
            }
        } else {
            receipts.add(store.submissions().submit(ctx.bodyAsBytes(), ctx.queryParam("name"), submitter));
        }
        if (receipts.isEmpty()) {
            throw ReviewException.badRequest("no file in the request (multipart field or request body)");
        }
        ctx.status(202);
        json(ctx, receipts);
    }

    private void paper(Context ctx) {
        PaperSummary paper = store.papers().find(paperId(ctx))
                .orElseThrow(() -> ReviewException.notFound("no paper " + ctx.pathParam("paperId")));
        ObjectNode node = Json.mapper().valueToTree(paper);
        ObjectNode counts = node.putObject("counts");
        for (FindingKind kind : FindingKind.values()) {
            counts.put(kind.label(), 0);
        }
        store.findings().countsByKind(paper.id()).forEach((kind, count) -> counts.put(kind.label(), count));
        json(ctx, node);
    }

    private void findings(Context ctx) {
        String paperId = paperId(ctx);
        store.papers().find(paperId).orElseThrow(() -> ReviewException.notFound("no paper " + paperId));
        String kind = ctx.queryParam("kind");
        ArrayNode list = Json.mapper().createArrayNode();
        for (StoredFinding finding : store.findings().forPaper(paperId)) {
            if (kind == null || finding.kind().label().equals(kind)) {
                list.add(view(finding));
            }
        }
        json(ctx, list);
    }

    private void export(Context ctx) {
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("jsonl");
        if (!format.equals("jsonl")) {
            throw ReviewException.badRequest("unknown export format '" + format + "'; supported: jsonl");
        }
        ctx.contentType("application/x-ndjson");
        ctx.header("Content-Disposition", "attachment; filename=\"oncocurate-records.jsonl\"");
        store.export().write(ctx.outputStream());
    }

    private StoredFinding finding(Context ctx) {
        String recordId = ctx.pathParam("recordId");
        return store.findings().byRecordId(recordId)
                .orElseThrow(() -> ReviewException.notFound("no record " + recordId));
    }

    private static ObjectNode view(StoredFinding finding) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("record_id", finding.recordId());
        node.put("paper", finding.paperId());
        node.put("kind", finding.kind().label());
        node.put("status", finding.status().label());
        node.put("version", finding.version());
        node.put("decided_by", finding.decidedBy());
        node.put("decided_at", finding.decidedAt() == null ? null : finding.decidedAt().toString());
        node.put("decision_reason", finding.decisionReason());
        node.set("record", finding.effectiveRecord());
        node.set("machine_record", finding.record());
        return node;
    }

    private static String paperId(Context ctx) {
        String paperId = ctx.pathParam("paperId");
        if (!PaperId.isValid(paperId)) {
            throw ReviewException.notFound("no paper " + paperId);
        }
        return paperId;
    }

    private static JsonNode body(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            return Json.mapper().createObjectNode();
        }
        return Json.read(body, JsonNode.class);
    }

    /** Who is acting: the authenticated account once accounts exist; for now the caller names itself. */
    private static String actor(Context ctx) {
        String user = ctx.header(USER_HEADER);
        return user == null || user.isBlank() ? "anonymous" : user.strip();
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json");
        ctx.result(Json.write(value));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Map.of("error", message == null ? "error" : message, "status", status));
    }

    @Override
    public void close() {
        app.stop();
    }
}
