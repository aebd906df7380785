package org.oncocurate.store.web;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oncocurate.model.finding.FindingKind;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.account.Secrets;
import org.oncocurate.store.account.SignInThrottle;
import org.oncocurate.store.conflict.Conflict;
import org.oncocurate.store.paper.PaperState;
import org.oncocurate.store.paper.PaperSummary;
import org.oncocurate.store.review.AuditEntry;
import org.oncocurate.store.review.EditableFields;
import org.oncocurate.store.review.ReviewException;
import org.oncocurate.store.review.StoredFinding;
import org.oncocurate.store.web.view.AuditView;
import org.oncocurate.store.web.view.ConflictView;
import org.oncocurate.store.web.view.FactView;
import org.oncocurate.store.web.view.Frame;
import org.oncocurate.store.web.view.PaperRow;

/** The review UI: server-rendered pages whose forms post back here and are redirected to a page (no scripts). */
final class PageRoutes {
    /** Messages a redirect may ask a page to show; only these, so a link cannot put words in the UI's mouth. */
    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("uploaded", "Submitted to the pipeline; the queue shows its progress."),
            Map.entry("approved", "Approved."),
            Map.entry("rejected", "Rejected."),
            Map.entry("edited",
                    "Edit saved and checked again; a second person must approve it before it is published."),
            Map.entry("discarded", "Edit discarded; the fact is back to the values it had before it."),
            Map.entry("bulk", "The selected facts are approved."),
            Map.entry("kept", "Both sides kept; the conflict is closed."),
            Map.entry("reprocess", "The paper is going through the pipeline again."),
            Map.entry("password", "Password changed."),
            Map.entry("account", "Account added."),
            Map.entry("revoked", "Token revoked."));
    private static final String LOGIN_COOKIE = "oncocurate_login";
    /** Carries a refused request's message to the page the request came from, for one page view. */
    private static final String REFUSAL_COOKIE = "oncocurate_refusal";
    private static final int REFUSAL_MAX_CHARS = 1500;

    private final StoreServices store;
    private final Gatekeeper gatekeeper;
    private final Templates templates;
    private final PaperPages papers;

    PageRoutes(StoreServices store, Gatekeeper gatekeeper, Templates templates) {
        this.store = store;
        this.gatekeeper = gatekeeper;
        this.templates = templates;
        this.papers = new PaperPages(store, this);
    }

    List<Route> routes() {
        return List.of(
                Route.page(GET, "/static/oncocurate.css", Access.PUBLIC, PageRoutes::stylesheet),
                Route.page(GET, "/login", Access.PUBLIC, this::loginPage),
                Route.page(POST, "/login", Access.PUBLIC, this::login),
                Route.page(POST, "/logout", Access.SIGNED_IN, ctx -> {
                    gatekeeper.closeSession(ctx);
                    ctx.redirect("/login");
                }),
                Route.page(GET, "/", Access.SIGNED_IN, this::queue),
                Route.page(POST, "/upload", Access.SIGNED_IN, ctx -> {
                    ApiRoutes.submit(ctx, store, ApiRoutes.actor(ctx).username());
                    ctx.redirect("/?done=uploaded");
                }),
                Route.page(GET, "/papers/{paperId}", Access.SIGNED_IN, papers::paper),
                Route.page(POST, "/papers/{paperId}/reprocess", Access.EDITOR, ctx -> {
                    store.submissions().reprocess(ApiRoutes.paperId(ctx), ApiRoutes.actor(ctx).username());
                    ctx.redirect("/papers/" + ApiRoutes.paperId(ctx) + "?done=reprocess");
                }),
                Route.page(GET, "/papers/{paperId}/approve-passing", Access.SIGNED_IN, papers::approvePassing),
                Route.page(POST, "/papers/{paperId}/approve-selected", Access.SIGNED_IN, ctx -> {
                    store.review().approveAll(ctx.formParams("record"), ApiRoutes.actor(ctx));
                    redirectBack(ctx, "/papers/" + ApiRoutes.paperId(ctx), "bulk", null);
                }),
                Route.page(GET, "/findings/{recordId}", Access.SIGNED_IN, this::finding),
                Route.page(POST, "/findings/{recordId}/approve", Access.SIGNED_IN, ctx -> decided(ctx,
                        store.review().approve(ctx.pathParam("recordId"), ApiRoutes.actor(ctx)), "approved")),
                Route.page(POST, "/findings/{recordId}/reject", Access.SIGNED_IN, this::reject),
                Route.page(POST, "/findings/{recordId}/edit", Access.SIGNED_IN, this::edit),
                Route.page(POST, "/findings/{recordId}/discard-edit", Access.SIGNED_IN, ctx -> decided(ctx,
                        store.review().discardEdit(ctx.pathParam("recordId"), ApiRoutes.actor(ctx),
                                ctx.formParam("reason")), "discarded")),
                Route.page(GET, "/conflicts", Access.SIGNED_IN, this::conflicts),
                Route.page(POST, "/conflicts/keep-both", Access.SIGNED_IN, ctx -> {
                    store.conflicts().keepBoth(ctx.formParam("first"), ctx.formParam("second"),
                            ApiRoutes.actor(ctx), ctx.formParam("reason"));
                    redirectBack(ctx, "/conflicts", "kept", null);
                }),
                Route.page(GET, "/trials/{trial}", Access.SIGNED_IN, this::trial),
                Route.page(POST, "/trials/{trial}/approve-selected", Access.SIGNED_IN, ctx -> {
                    store.review().approveAll(ctx.formParams("record"), ApiRoutes.actor(ctx));
                    redirectBack(ctx, "/trials/" + Charts.trialKey(ctx.pathParam("trial")), "bulk", null);
                }),
                Route.page(GET, "/account", Access.SIGNED_IN, ctx -> account(ctx, null)),
                Route.page(POST, "/account/tokens", Access.SIGNED_IN, ctx -> account(ctx,
                        store.tokens().create(ApiRoutes.actor(ctx), ctx.formParam("label")))),
                Route.page(POST, "/account/tokens/{tokenId}/revoke", Access.SIGNED_IN, ctx -> {
                    store.tokens().revoke(ApiRoutes.actor(ctx), ctx.pathParam("tokenId"));
                    ctx.redirect("/account?done=revoked");
                }),
                Route.page(POST, "/account/password", Access.SIGNED_IN, this::changePassword),
                Route.page(POST, "/accounts", Access.EDITOR, ctx -> {
                    store.accounts().create(ctx.formParam("username"), Role.fromLabel(ctx.formParam("role")),
                            ctx.formParam("password"), ApiRoutes.actor(ctx).username());
                    ctx.redirect("/account?done=account");
                }));
    }

    private static void stylesheet(Context ctx) throws IOException {
        try (InputStream css = PageRoutes.class.getResourceAsStream("oncocurate.css")) {
            ctx.contentType("text/css; charset=utf-8");
            ctx.header("Cache-Control", "max-age=3600");
            ctx.result(css.readAllBytes());
        }
    }

    Frame frame(Context ctx, String title) {
        Principal principal = Gatekeeper.principal(ctx).orElse(null);
        String notice = NOTICES.get(String.valueOf(ctx.queryParam("done")));
        String refusal = gatekeeper.readCookie(ctx, REFUSAL_COOKIE);
        if (refusal != null && !refusal.isEmpty()) {
            ctx.cookie(gatekeeper.cookie(REFUSAL_COOKIE, "", 0));
            refusal = URLDecoder.decode(refusal, StandardCharsets.UTF_8);
            notice = null;
        } else {
            refusal = null;
        }
        return principal == null ? new Frame(title, null, null, "", notice, refusal)
                : new Frame(title, principal.account().username(), principal.account().role().label(),
                principal.csrfToken(), notice, refusal);
    }

    /**
     * Sends a refused form back to the page it was posted from, with the message in place, rather than to an error
     * page the curator has to leave with the back button. False when the page is unknown or not of this site.
     */
    boolean refuseInPlace(Context ctx, String message) {
        String page = origin(ctx);
        if (page == null) {
            return false;
        }
        String text = message.length() > REFUSAL_MAX_CHARS ? message.substring(0, REFUSAL_MAX_CHARS) + "…" : message;
        ctx.cookie(gatekeeper.cookie(REFUSAL_COOKIE, URLEncoder.encode(text, StandardCharsets.UTF_8), 120));
        ctx.status(303);
        ctx.header("Location", page);
        ctx.result("");
        return true;
    }

    /** The page a form was posted from: its {@code back} field, else the same-site Referer; null when neither. */
    private static String origin(Context ctx) {
        if (!"POST".equals(ctx.method().name())) {
            return null;
        }
        String back = null;
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            back = ctx.formParam("back");
        }
        if (back != null && !"/".equals(safeNext(back))) {
            return safeNext(back);
        }
        String referer = ctx.header("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            if (!ctx.host().equalsIgnoreCase(uri.getRawAuthority())) {
                return null;
            }
            String page = safeNext(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            return "/login".equals(uri.getRawPath()) ? null : page;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The page being shown, with its query but without a notice, for its forms to come back to. */
    static String here(Context ctx) {
        List<String> parameters = new ArrayList<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!"done".equals(name)) {
                values.forEach(value -> parameters.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
        });
        return ctx.path() + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    /** Redirects to the form's {@code back} page (else {@code fallback}) with a notice, at a fact's row if given. */
    private static void redirectBack(Context ctx, String fallback, String notice, String recordId) {
        String back = ctx.formParam("back");
        String page = back == null || "/".equals(safeNext(back)) ? fallback : safeNext(back);
        ctx.redirect(page + (page.contains("?") ? "&" : "?") + "done=" + notice
                + (recordId == null ? "" : "#fact-" + recordId));
    }

    void html(Context ctx, String template, Map<String, Object> parameters) {
        ctx.html(templates.render(template, parameters));
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status);
        html(ctx, "error.jte", Map.of("frame", frame(ctx, "Error"), "status", status, "message", message));
    }

    private void loginPage(Context ctx) {
        String loginToken = Secrets.random();
        ctx.cookie(gatekeeper.cookie(LOGIN_COOKIE, loginToken, 3600));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", frame(ctx, "Sign in"));
        parameters.put("loginToken", loginToken);
        parameters.put("next", safeNext(ctx.queryParam("next")));
        parameters.put("error", ctx.queryParam("failed") != null ? "Wrong user name or password." : null);
        html(ctx, "login.jte", parameters);
    }

    /**
     * Login has no session yet, so its CSRF protection is a double-submit token: the form's hidden value must match
     * the HttpOnly cookie set with the form, which another site can neither read nor set.
     */
    private void login(Context ctx) {
        String expected = gatekeeper.readCookie(ctx, LOGIN_COOKIE);
        if (!Secrets.sameSecret(expected, ctx.formParam("_login"))) {
            throw new HttpRefusal(403, "the sign-in form expired; open the sign-in page again");
        }
        String next = safeNext(ctx.formParam("next"));
        SignInThrottle.Outcome outcome = store.signIns().signIn(ctx.formParam("username"), ctx.formParam("password"),
                ctx.ip());
        if (outcome instanceof SignInThrottle.Locked locked) {
            long seconds = Math.max(1, locked.remaining().toSeconds() + 1);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new HttpRefusal(429, "too many failed sign-ins for this account or from this address; try again in "
                    + seconds + " s");
        }
        if (outcome instanceof SignInThrottle.Busy) {
            ctx.header("Retry-After", "5");
            throw new HttpRefusal(503, "the server is busy checking other sign-ins; try again in a few seconds");
        }
        if (!(outcome instanceof SignInThrottle.SignedIn signedIn)) {
            ctx.redirect("/login?failed=1&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            return;
        }
        Account account = signedIn.account();
        ctx.cookie(gatekeeper.cookie(LOGIN_COOKIE, "", 0));
        gatekeeper.openSession(ctx, account);
        ctx.redirect(next);
    }

    /**
     * Only a path of this site: an open redirect would make the login page a phishing tool. Browsers drop tabs and
     * line breaks from URLs ("/\t/evil.example" reads as "//evil.example"), so no control character or space passes.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return "/";
            }
        } catch (URISyntaxException e) {
            return "/";
        }
        return next;
    }

    /**
     * The papers, all or those in one state of review: in the pipeline, with facts waiting for a person (most
     * waiting first), reviewed, or rejected by the pipeline. Live, the page reloads itself every few seconds (a meta
     * refresh: no script) and leaves out the upload form, which a reload would empty.
     */
    private void queue(Context ctx) {
        String shown = String.valueOf(ctx.queryParam("show"));
        List<PaperRow> all = store.papers().list().stream().map(PageRoutes::row).toList();
        List<PaperRow> rows = switch (shown) {
            case "in-progress" -> all.stream().filter(PaperRow::inProgress).toList();
            case "to-review" -> all.stream().filter(row -> row.pendingCount() > 0)
                    .sorted(Comparator.comparingLong(PaperRow::pendingCount).reversed()).toList();
            case "reviewed" -> all.stream().filter(row -> "extracted".equals(row.state()) && row.pendingCount() == 0)
                    .toList();
            case "rejected" -> all.stream().filter(row -> "rejected".equals(row.state())).toList();
            default -> all;
        };
        boolean live = "1".equals(ctx.queryParam("live"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", frame(ctx, "Papers"));
        parameters.put("papers", rows);
        parameters.put("shown", Set.of("in-progress", "to-review", "reviewed", "rejected").contains(shown) ? shown : "");
        parameters.put("live", live);
        parameters.put("inProgress", all.stream().filter(PaperRow::inProgress).count());
        parameters.put("pending", all.stream().mapToLong(PaperRow::pendingCount).sum());
        html(ctx, "queue.jte", parameters);
    }

    static PaperRow row(PaperSummary paper) {
        int progress = switch (paper.state()) {
            case SUBMITTED -> 10;
            case INGESTED -> 60;
            case EXTRACTED, REJECTED -> 100;
        };
        String rejection = paper.rejectionReason() == null ? null
                : paper.rejectedStage() + ": " + paper.rejectionReason() + " - " + paper.rejectionMessage();
        String title = paper.title() != null && !paper.title().isBlank() ? paper.title() : paper.fileName();
        return new PaperRow(paper.id(), title, paper.doi() == null ? "" : paper.doi(), paper.fileName(),
                paper.submittedBy(), FactViews.when(paper.submittedAt()), paper.state().label(),
                paper.state() == PaperState.REJECTED ? 100 : progress, rejection, paper.findingCount(),
                paper.pendingCount());
    }

    private void finding(Context ctx) {
        String recordId = ctx.pathParam("recordId");
        StoredFinding finding = store.findings().byRecordId(recordId)
                .orElseThrow(() -> ReviewException.notFound("no record " + recordId));
        List<String> editors = List.copyOf(store.review().editorsOf(recordId));
        FactView fact = FactViews.of(finding, store.conflicts().forPaper(finding.paperId()), editors,
                Charts.titles(store));
        List<AuditView> history = store.review().history(recordId).stream().map(PageRoutes::audit).toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", frame(ctx, fact.label()));
        parameters.put("fact", fact);
        parameters.put("fields", FactViews.fields(finding, EditableFields.of(finding.kind())));
        parameters.put("history", history);
        parameters.put("mayApprove", finding.curated() == null
                || !editors.contains(ApiRoutes.actor(ctx).username()));
        html(ctx, "finding.jte", parameters);
    }

    static AuditView audit(AuditEntry entry) {
        List<String> changes = new ArrayList<>();
        if (entry.before() != null && entry.after() != null) {
            // The checks are listed on the fact; their pass or fail is enough here.
            Set<String> ignored = Set.of("status", "evidence", "mentions", "source_paper", "lexicon_versions",
                    "checks", "trial_unknown");
            entry.after().fieldNames().forEachRemaining(field -> {
                if (!ignored.contains(field) && !entry.after().get(field).equals(entry.before().get(field))) {
                    changes.add(field + ": " + entry.before().path(field) + " → " + entry.after().get(field));
                }
            });
        }
        return new AuditView(entry.actor(), entry.action(), FactViews.when(entry.decidedAt()),
                entry.reason() == null ? "" : entry.reason(),
                entry.before() == null ? "" : entry.before().path("status").asText(""),
                entry.after() == null ? "(withdrawn)" : entry.after().path("status").asText(""), changes);
    }

    private void reject(Context ctx) {
        decided(ctx, store.review().reject(ctx.pathParam("recordId"), ApiRoutes.actor(ctx),
                ctx.formParam("reason")), "rejected");
    }

    private void edit(Context ctx) {
        String recordId = ctx.pathParam("recordId");
        StoredFinding finding = store.findings().byRecordId(recordId)
                .orElseThrow(() -> ReviewException.notFound("no record " + recordId));
        Map<String, String> submitted = new HashMap<>();
        ctx.formParamMap().forEach((key, values) -> submitted.put(key, values.isEmpty() ? "" : values.get(0)));
        var changes = EditForm.changes(submitted,
                finding.curated() != null ? finding.curated() : finding.record());
        if (changes.isEmpty()) {
            throw ReviewException.badRequest("nothing was changed");
        }
        decided(ctx, store.review().edit(recordId, ApiRoutes.actor(ctx), changes, ctx.formParam("reason")), "edited");
    }

    private static void decided(Context ctx, StoredFinding finding, String notice) {
        redirectBack(ctx, "/findings/" + finding.recordId(), notice, finding.recordId());
    }

    private void conflicts(Context ctx) {
        Map<String, String> titles = Charts.titles(store);
        List<Conflict> open = store.conflicts().open();
        List<ConflictView> views = open.stream().map(conflict -> new ConflictView(conflict.trial(),
                conflict.endpoint(), conflict.measure(), FactViews.of(conflict.first(), open, List.of(), titles),
                FactViews.of(conflict.second(), open, List.of(), titles))).toList();
        html(ctx, "conflicts.jte", Map.of("frame", frame(ctx, "Conflicts"), "conflicts", views));
    }

    private void trial(Context ctx) {
        String trial = Charts.trialKey(ctx.pathParam("trial"));
        Map<String, String> titles = Charts.titles(store);
        List<Conflict> conflicts = store.conflicts().forTrial(trial);
        List<FactView> trials = new ArrayList<>();
        List<FactView> outcomes = new ArrayList<>();
        for (StoredFinding finding : store.findings().forTrial(trial)) {
            (finding.kind() == FindingKind.TRIAL ? trials : outcomes)
                    .add(FactViews.of(finding, conflicts, List.of(), titles));
        }
        html(ctx, "trial.jte", Map.of("frame", frame(ctx, "Trial " + trial), "trial", trial, "trials", trials,
                "outcomes", outcomes, "conflicts", conflicts.size(), "back", here(ctx)));
    }

    private void account(Context ctx, String newToken) {
        Account account = ApiRoutes.actor(ctx);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frame", frame(ctx, "Account"));
        parameters.put("tokens", store.tokens().list(account));
        parameters.put("newToken", newToken);
        parameters.put("accounts", account.role().isEditor() ? store.accounts().list() : List.of());
        html(ctx, "account.jte", parameters);
    }

    private void changePassword(Context ctx) {
        Account account = ApiRoutes.actor(ctx);
        if (store.accounts().authenticate(account.username(), ctx.formParam("current")).isEmpty()) {
            throw new HttpRefusal(403, "the current password is wrong");
        }
        store.accounts().changePassword(account.username(), account.username(), ctx.formParam("password"));
        // Changing the password ended every session of the account, this one too: a fresh one keeps its owner in.
        gatekeeper.openSession(ctx, account);
        ctx.redirect("/account?done=password");
    }
}
