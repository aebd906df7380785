package org.oncocurate.store.web;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.model.json.Json;
import org.oncocurate.model.text.BoundingBox;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.AccountException;
import org.oncocurate.store.account.ApiTokens;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.account.TokenScope;
import org.oncocurate.store.conflict.Conflict;
import org.oncocurate.store.crop.Crops;
import org.oncocurate.store.crop.PageRenderer;
import org.oncocurate.store.export.ExportFormat;
import org.oncocurate.store.paper.PaperSummary;
import org.oncocurate.store.paper.Submissions;
import org.oncocurate.store.review.ReviewException;
import org.oncocurate.store.review.StoredFinding;

/** The REST API: JSON in and out, authenticated by an API token or a browser session. */
final class ApiRoutes {
    /** Files one upload may carry; more is a batch for the command line or several requests. */
    static final int MAX_FILES_PER_UPLOAD = 20;

    private final StoreServices store;
    private final Crops crops;
    private final Charts charts;

    ApiRoutes(StoreServices store, Crops crops, Charts charts) {
        this.store = store;
        this.crops = crops;
        this.charts = charts;
    }

    List<Route> routes() {
        return List.of(
                Route.api(GET, "/api/openapi.yaml", Access.PUBLIC, ApiRoutes::openApi),
                Route.api(GET, "/api/me", Access.SIGNED_IN, ctx -> json(ctx, actor(ctx))),
                Route.api(POST, "/api/me/password", Access.SIGNED_IN, this::changePassword),
                Route.api(GET, "/api/papers", Access.SIGNED_IN, ctx -> json(ctx, store.papers().list())),
                Route.api(POST, "/api/papers", Access.SIGNED_IN, this::upload),
                Route.api(GET, "/api/papers/{paperId}", Access.SIGNED_IN, this::paper),
                Route.api(GET, "/api/papers/{paperId}/findings", Access.SIGNED_IN, this::findings),
                Route.api(GET, "/api/papers/{paperId}/forest-plot.svg", Access.SIGNED_IN,
                        ctx -> svg(ctx, charts.paperPlot(paperId(ctx)))),
                Route.api(GET, "/api/papers/{paperId}/pages/{page}/crop.png", Access.SIGNED_IN, this::crop),
                Route.api(POST, "/api/papers/{paperId}/reprocess", Access.EDITOR, ctx -> {
                    ctx.status(202);
                    json(ctx, store.submissions().reprocess(paperId(ctx), actor(ctx).username()));
                }),
                Route.api(GET, "/api/findings/{recordId}", Access.SIGNED_IN,
                        ctx -> json(ctx, view(finding(ctx)))),
                Route.api(GET, "/api/findings/{recordId}/history", Access.SIGNED_IN,
                        ctx -> json(ctx, store.review().history(finding(ctx).recordId()))),
                Route.api(POST, "/api/findings/{recordId}/approve", Access.SIGNED_IN,
                        ctx -> json(ctx, view(store.review().approve(ctx.pathParam("recordId"), actor(ctx))))),
                Route.api(POST, "/api/findings/{recordId}/reject", Access.SIGNED_IN, ctx -> json(ctx,
                        view(store.review().reject(ctx.pathParam("recordId"), actor(ctx),
                                body(ctx).path("reason").asText(null))))),
                Route.api(POST, "/api/findings/{recordId}/edit", Access.SIGNED_IN, ctx -> {
                    JsonNode body = body(ctx);
                    json(ctx, view(store.review().edit(ctx.pathParam("recordId"), actor(ctx), body.get("changes"),
                            body.path("reason").asText(null))));
                }),
                Route.api(POST, "/api/findings/{recordId}/discard-edit", Access.SIGNED_IN, ctx -> json(ctx,
                        view(store.review().discardEdit(ctx.pathParam("recordId"), actor(ctx),
                                ctx.body().isBlank() ? null : body(ctx).path("reason").asText(null))))),
                Route.api(POST, "/api/findings/approve", Access.SIGNED_IN, this::approveAll),
                Route.api(GET, "/api/conflicts", Access.SIGNED_IN, this::conflicts),
                Route.api(POST, "/api/conflicts/keep-both", Access.SIGNED_IN, ctx -> {
                    JsonNode body = body(ctx);
                    store.conflicts().keepBoth(body.path("first").asText(""), body.path("second").asText(""),
                            actor(ctx), body.path("reason").asText(null));
                    ctx.status(204);
                }),
                Route.api(GET, "/api/trials/{trial}", Access.SIGNED_IN, this::trial),
                Route.api(GET, "/api/trials/{trial}/forest-plot.svg", Access.SIGNED_IN,
                        ctx -> svg(ctx, charts.trialPlot(Charts.trialKey(ctx.pathParam("trial"))))),
                Route.api(GET, "/api/export", Access.SIGNED_IN, this::export),
                Route.api(GET, "/api/audit", Access.SIGNED_IN, this::audit),
                Route.api(GET, "/api/security-events", Access.EDITOR, ctx -> {
                    int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(1000);
                    if (limit < 1 || limit > 100_000) {
                        throw ReviewException.badRequest("limit lies between 1 and 100000");
                    }
                    json(ctx, store.securityEvents().recent(limit));
                }),
                Route.api(GET, "/api/tokens", Access.SIGNED_IN,
                        ctx -> json(ctx, store.tokens().list(actor(ctx)))),
                Route.api(POST, "/api/tokens", Access.SIGNED_IN, ctx -> {
                    if (Gatekeeper.principal(ctx).map(principal -> !principal.byCookie()).orElse(true)) {
                        throw new HttpRefusal(403, "an API token cannot create API tokens; sign in to create one");
                    }
                    JsonNode body = body(ctx);
                    String token = store.tokens().create(actor(ctx), body.path("label").asText(null),
                            TokenScope.fromLabel(body.path("scope").asText("review")),
                            Duration.ofDays(body.path("expires_in_days")
                                    .asLong(ApiTokens.DEFAULT_LIFETIME.toDays())));
                    ctx.status(201);
                    json(ctx, Map.of("token", token));
                }),
                Route.api(DELETE, "/api/tokens/{tokenId}", Access.SIGNED_IN, ctx -> {
                    store.tokens().revoke(actor(ctx), ctx.pathParam("tokenId"));
                    ctx.status(204);
                }),
                Route.api(GET, "/api/accounts", Access.EDITOR, ctx -> json(ctx, store.accounts().list())),
                Route.api(POST, "/api/accounts", Access.EDITOR, this::createAccount),
                Route.api(POST, "/api/accounts/{username}", Access.EDITOR, this::updateAccount));
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream document = ApiRoutes.class.getResourceAsStream("openapi.yaml")) {
            ctx.contentType("application/yaml");
            ctx.result(document.readAllBytes());
        }
    }

    private void changePassword(Context ctx) {
        JsonNode body = body(ctx);
        Account account = actor(ctx);
        if (store.accounts().authenticate(account.username(), body.path("current").asText(null)).isEmpty()) {
            throw new HttpRefusal(403, "the current password is wrong");
        }
        store.accounts().changePassword(account.username(), account.username(), body.path("password").asText(null));
        ctx.status(204);
    }

    private void upload(Context ctx) throws IOException {
        List<Submissions.Receipt> receipts = submit(ctx, store, actor(ctx).username());
        ctx.status(202);
        json(ctx, receipts);
    }

    /** Multipart files (any field name), or a raw PDF body named by {@code ?name=}. */
    static List<Submissions.Receipt> submit(Context ctx, StoreServices store, String submitter) throws IOException {
        List<Submissions.Receipt> receipts = new ArrayList<>();
        if (ctx.isMultipartFormData()) {
            List<UploadedFile> files = ctx.uploadedFiles();
            if (files.size() > MAX_FILES_PER_UPLOAD) {
                throw ReviewException.badRequest("at most " + MAX_FILES_PER_UPLOAD + " files per upload, not "
                        + files.size());
            }
            for (UploadedFile file : files) {
                try (InputStream content = file.content()) {
                    byte[] bytes = content.readAllBytes();
                    if (bytes.length == 0) {
                        throw ReviewException.badRequest("the uploaded file " + file.filename() + " is empty");
                    }
                    receipts.add(store.submissions().submit(bytes, file.filename(), submitter));
                }
            }
        } else if (ctx.bodyAsBytes().length > 0) {
            receipts.add(store.submissions().submit(ctx.bodyAsBytes(), ctx.queryParam("name"), submitter));
        }
        if (receipts.isEmpty()) {
            throw ReviewException.badRequest("no file in the request (multipart field or request body)");
        }
        return receipts;
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

    private void crop(Context ctx) throws PageRenderer.CropUnavailable {
        if (crops == null) {
            throw new HttpRefusal(503, "this store renders no crops");
        }
        int page = ctx.pathParamAsClass("page", Integer.class).get();
        BoundingBox region = new BoundingBox(coordinate(ctx, "x"), coordinate(ctx, "y"), coordinate(ctx, "w"),
                coordinate(ctx, "h"));
        byte[] png = crops.crop(paperId(ctx), page, region)
                .orElseThrow(() -> ReviewException.notFound("no page " + page + " of this paper"));
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.contentType("image/png");
        ctx.result(png);
    }

    private static double coordinate(Context ctx, String name) {
        double value = ctx.queryParamAsClass(name, Double.class).get();
        if (!Double.isFinite(value) || value < 0 || value > 20_000) {
            throw new IllegalArgumentException(name + " must lie in [0, 20000] points");
        }
        return value;
    }

    private void approveAll(Context ctx) {
        List<String> ids = new ArrayList<>();
        body(ctx).path("record_ids").forEach(id -> ids.add(id.asText()));
        json(ctx, store.review().approveAll(ids, actor(ctx)).stream().map(ApiRoutes::view).toList());
    }

    private void conflicts(Context ctx) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (Conflict conflict : store.conflicts().open()) {
            list.addObject().put("trial", conflict.trial()).put("endpoint", conflict.endpoint())
                    .put("measure", conflict.measure())
                    .<ObjectNode>set("first", view(conflict.first())).set("second", view(conflict.second()));
        }
        json(ctx, list);
    }

    private void trial(Context ctx) {
        String trial = Charts.trialKey(ctx.pathParam("trial"));
        ObjectNode node = Json.mapper().createObjectNode().put("trial", trial);
        ArrayNode findings = node.putArray("findings");
        store.findings().forTrial(trial).forEach(finding -> findings.add(view(finding)));
        node.put("open_conflicts", store.conflicts().forTrial(trial).size());
        json(ctx, node);
    }

    private void export(Context ctx) {
        ExportFormat format = format(ctx);
        String status = ctx.queryParamAsClass("status", String.class).getOrDefault("all");
        if (!status.equals("all") && !status.equals("curated")) {
            throw new IllegalArgumentException("status must be all or curated, not '" + status + "'");
        }
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"oncocurate-records."
                + format.fileExtension() + "\"");
        store.export().write(format, status.equals("curated"), ctx.outputStream());
    }

    private void audit(Context ctx) {
        ExportFormat format = format(ctx);
        if (format == ExportFormat.BIOC) {
            throw new IllegalArgumentException("the audit trail exports as jsonl or csv");
        }
        ctx.contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"oncocurate-audit." + format.fileExtension() + "\"");
        store.audit().write(format, ctx.outputStream());
    }

    private static ExportFormat format(Context ctx) {
        return ExportFormat.fromLabel(ctx.queryParamAsClass("format", String.class).getOrDefault("jsonl"));
    }

    private void createAccount(Context ctx) {
        JsonNode body = body(ctx);
        Account account = store.accounts().create(body.path("username").asText(null),
                Role.fromLabel(body.path("role").asText("curator")), body.path("password").asText(null),
                actor(ctx).username());
        ctx.status(201);
        json(ctx, account);
    }

    private void updateAccount(Context ctx) {
        JsonNode body = body(ctx);
        String username = ctx.pathParam("username");
        json(ctx, store.accounts().update(actor(ctx).username(), username,
                body.hasNonNull("role") ? Role.fromLabel(body.get("role").asText()) : null,
                body.hasNonNull("disabled") ? body.get("disabled").asBoolean() : null));
    }

    private StoredFinding finding(Context ctx) {
        String recordId = ctx.pathParam("recordId");
        return store.findings().byRecordId(recordId)
                .orElseThrow(() -> ReviewException.notFound("no record " + recordId));
    }

    static ObjectNode view(StoredFinding finding) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("record_id", finding.recordId());
        node.put("paper", finding.paperId());
        node.put("kind", finding.kind().label());
        node.put("status", finding.status().label());
        node.put("version", finding.version());
        node.put("decided_by", finding.decidedBy());
        node.put("decided_at", finding.decidedAt() == null ? null : finding.decidedAt().toString());
        node.put("decision_reason", finding.decisionReason());
        node.set("prior_decision", finding.priorDecision());
        node.set("record", finding.effectiveRecord());
        node.set("machine_record", finding.record());
        return node;
    }

    static String paperId(Context ctx) {
        String paperId = ctx.pathParam("paperId");
        if (!PaperId.isValid(paperId)) {
            throw ReviewException.notFound("no paper " + paperId);
        }
        return paperId;
    }

    static Account actor(Context ctx) {
        return Gatekeeper.required(ctx).account();
    }

    private static JsonNode body(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            return Json.mapper().createObjectNode();
        }
        return Json.read(body, JsonNode.class);
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json");
        ctx.result(Json.write(value));
    }

    private static void svg(Context ctx, String svg) {
        ctx.contentType("image/svg+xml");
        ctx.result(svg);
    }
}
