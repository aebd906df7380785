package org.oncocurate.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.finding.GeneFinding;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.account.SecurityEvents;
import org.oncocurate.store.account.TokenScope;
import org.oncocurate.store.review.ReviewStatus;
import org.oncocurate.store.review.StoredFinding;

class ReviewServerIT {
    private static final String PAPER = TestDatabase.paperId(7);
    private static final String OTHER_PAPER = TestDatabase.paperId(8);
    private static final String HOSTILE = "ESR1 <script>alert('pwned')</script> mutations \"arise\" & spread.";

    private static Database database;
    private static StoreServices store;
    private static ReviewServer server;
    private static StoredFinding gene;

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
        store.findings().store(TestDatabase.findings(PAPER, "x", TestDatabase.clock().instant(), List.of(
                new GeneFinding("ESR1", "2099", List.of(TestDatabase.evidence("ESR1", HOSTILE)), 0.9),
                TestDatabase.hazardRatio("PALOMA-2", 0.58, 0.46, 0.72, true))));
        store.findings().store(TestDatabase.findings(OTHER_PAPER, "x", TestDatabase.clock().instant(), List.of(
                TestDatabase.hazardRatio("Paloma 2", 0.68, 0.46, 0.72, true),
                TestDatabase.hazardRatio("MONALEESA-2", 5.6, 0.43, 0.72, false))));
        gene = store.findings().forPaper(PAPER).stream().filter(f -> f.record().has("symbol")).findFirst()
                .orElseThrow();
        TestDatabase.account(store, "curator", Role.CURATOR);
        server = ReviewServer.start(store, null, new ServerSettings("127.0.0.1", 0, 10_000_000, false));
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** A browser: keeps cookies, signs in through the login form. */
    private static HttpClient signedInBrowser() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = signIn(browser);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(Gatekeeper.SESSION_COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        return browser;
    }

    /** Fills in and sends the login form as the curator. */
    private static HttpResponse<String> signIn(HttpClient browser) throws Exception {
        return signIn(browser, "curator", "a long test password");
    }

    private static HttpResponse<String> signIn(HttpClient browser, String username, String password)
            throws Exception {
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                                + "&next=%2F&_login=" + hidden(form, "_login")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountAndEvenTheRightOneIsRefusedWithRetryAfter() throws Exception {
        store.accounts().create("guessed", Role.CURATOR, "the guessed account's password", "test");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = signIn(browser, "guessed", "wrong guess " + i);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).startsWith("/login?failed=1"));
        }

        HttpResponse<String> locked = signIn(browser, "guessed", "the guessed account's password");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(locked.body()).contains("too many failed sign-ins");
        assertThat(locked.headers().allValues("Set-Cookie")).as("no session opened")
                .noneMatch(cookie -> cookie.startsWith(Gatekeeper.SESSION_COOKIE + "=")
                        && !cookie.startsWith(Gatekeeper.SESSION_COOKIE + "=;"));
        assertThat(store.securityEvents().recent(6)).extracting(SecurityEvents.Event::kind)
                .startsWith(SecurityEvents.Kind.SIGN_IN_LOCKED, SecurityEvents.Kind.SIGN_IN_FAILED);
    }

    private static String hidden(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("hidden field " + name).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> post(HttpClient client, String path, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (csrf != null) {
            request.header(Gatekeeper.CSRF_HEADER, csrf);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(HttpClient browser) throws Exception {
        return hidden(browser.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString())
                .body(), "_csrf");
    }

    @Test
    void withoutAnAccountTheApiAnswers401AndPagesSendToTheLoginPage() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        assertThat(anonymous.send(HttpRequest.newBuilder(uri("/api/papers")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpResponse<String> page = anonymous.send(HttpRequest.newBuilder(uri("/papers/" + PAPER)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("/login?next="));
        assertThat(post(anonymous, "/api/findings/" + gene.recordId() + "/approve", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void someoneSignedInCanSignInAgainFromTheLoginForm() throws Exception {
        HttpClient browser = signedInBrowser();

        assertThat(signIn(browser).statusCode()).isEqualTo(302);
    }

    @ParameterizedTest(name = "after signing in, next={0} goes to {1}")
    @CsvSource(delimiter = '|', value = {
            "/papers/abc|/papers/abc",
            "/conflicts?x=1|/conflicts?x=1",
            "//evil.example|/",
            "/\\evil.example|/",
            "https://evil.example|/",
            "/\t/evil.example|/",
            "/ /evil.example|/",
    })
    void theLoginPageOnlySendsBackToAPathOfThisSite(String next, String expected) {
        assertThat(PageRoutes.safeNext(next.replace("\\t", "\t"))).isEqualTo(expected);
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient browser = signedInBrowser();

        HttpResponse<String> refused = post(browser, "/api/findings/" + gene.recordId() + "/reject", null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("CSRF");
        assertThat(post(browser, "/api/findings/" + gene.recordId() + "/approve", "not-the-token").statusCode())
                .isEqualTo(403);
        assertThat(store.findings().byRecordId(gene.recordId()).orElseThrow().status())
                .isEqualTo(ReviewStatus.PENDING);
        HttpResponse<String> accepted = post(browser, "/api/findings/" + gene.recordId() + "/approve",
                csrfOf(browser));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(store.findings().byRecordId(gene.recordId()).orElseThrow().decidedBy()).isEqualTo("curator");
    }

    @Test
    void anApiTokenNeedsNoCsrfTokenAndACuratorMayNotDoWhatIsForEditors() throws Exception {
        String token = store.tokens().create(TestDatabase.account(store, "curator", Role.CURATOR), "test");
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> me = client.send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> accounts = client.send(HttpRequest.newBuilder(uri("/api/accounts"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", "Bearer oct_forged").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"curator\"");
        assertThat(accounts.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    @Test
    void uploadsAreRefusedWithRetryAfterWhileTheBrokerIsDownAndNothingIsStored() throws Exception {
        String token = store.tokens().create(TestDatabase.account(store, "curator", Role.CURATOR), "uploads");
        byte[] pdf = "%PDF-1.7 refused while the broker is down".getBytes(StandardCharsets.US_ASCII);
        try (ReviewServer brokerless = ReviewServer.start(store, null,
                new ServerSettings("127.0.0.1", 0, 10_000_000, false),
                List.of(new HealthCheck("broker", () -> {
                    throw new IllegalStateException("no broker answers");
                }, true)))) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + brokerless.port() + "/api/papers?name=a.pdf"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(refused.body()).contains("broker is unavailable");
            assertThat(store.papers().find(PaperId.of(pdf))).isEmpty();
        }
    }

    @Test
    void signingInAgainEndsTheBrowsersEarlierSession() throws Exception {
        HttpClient browser = signedInBrowser();
        long before = sessionsOf("curator");

        assertThat(signIn(browser).statusCode()).isEqualTo(302);

        assertThat(sessionsOf("curator")).isEqualTo(before);
    }

    @Test
    void overHttpsCookiesCarryTheHostPrefixAndBrowsersAreToldToStayOnHttps() throws Exception {
        try (ReviewServer secure = ReviewServer.start(store, null,
                new ServerSettings("127.0.0.1", 0, 10_000_000, true))) {
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + secure.port() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(login.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                    .startsWith("__Host-oncocurate_login=").containsIgnoringCase("Secure").contains("Path=/")
                    .doesNotContainIgnoringCase("Domain="));
        }
        HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static long sessionsOf(String username) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT count(*) FROM web_session s JOIN account a ON a.id = s.account_id
                        WHERE a.username = :name""").bind("name", username).mapTo(Long.class).one());
    }

    @Test
    void aTokenMayDoOnlyWhatItsScopeAllowsWithinItsAccountsRole() throws Exception {
        Account editor = TestDatabase.account(store, "scoped-editor", Role.EDITOR);
        String read = store.tokens().create(editor, "read", TokenScope.READ, Duration.ofDays(1));
        String review = store.tokens().create(editor, "review", TokenScope.REVIEW, Duration.ofDays(1));
        String admin = store.tokens().create(editor, "admin", TokenScope.ADMIN, Duration.ofDays(1));
        String account = "{\"username\": \"made-by-token\", \"role\": \"curator\", "
                + "\"password\": \"a long enough password\"}";

        assertThat(send(read, "GET", "/api/papers", null).statusCode()).isEqualTo(200);
        HttpResponse<String> readWrites = send(read, "POST", "/api/papers?name=a.pdf", "%PDF-1.7 read");
        assertThat(readWrites.statusCode()).isEqualTo(403);
        assertThat(readWrites.body()).contains("scope is read");
        HttpResponse<String> reviewAdministers = send(review, "POST", "/api/accounts", account);
        assertThat(reviewAdministers.statusCode()).isEqualTo(403);
        assertThat(reviewAdministers.body()).contains("scope is review");
        assertThat(send(admin, "POST", "/api/accounts", account).statusCode()).isEqualTo(201);

        HttpResponse<String> events = send(admin, "GET", "/api/security-events?limit=5", null);
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.body()).contains("\"kind\":\"ACCOUNT_CREATED\"").contains("\"username\":\"made-by-token\"")
                .contains("\"actor\":\"scoped-editor\"");
        assertThat(send(review, "GET", "/api/security-events", null).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> send(String token, String method, String path, String body)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anApiTokenCannotMintMoreTokens() throws Exception {
        String token = store.tokens().create(TestDatabase.account(store, "curator", Role.CURATOR), "script");

        HttpResponse<String> minted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"another\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(minted.statusCode()).isEqualTo(403);
        assertThat(minted.body()).contains("cannot create API tokens").doesNotContain("oct_");
    }

    @Test
    void textFromAPdfIsShownAsTextOnEveryPage() throws Exception {
        HttpClient browser = signedInBrowser();
        for (String path : List.of("/papers/" + PAPER, "/findings/" + gene.recordId())) {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(")
                    .contains("&amp; spread");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'none'"));
        }
    }

    private static HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page;
    }

    @Test
    void theConflictsViewShowsBothSourcesAndTheTrialViewGathersTheTrialAcrossPapers() throws Exception {
        HttpClient browser = signedInBrowser();

        String conflicts = page(browser, "/conflicts").body();
        assertThat(conflicts).contains("Open conflicts (1)").contains("PALOMA2").contains("HR 0.58")
                .contains("HR 0.68");
        String trial = page(browser, "/trials/paloma-2").body();
        assertThat(trial).contains("Trial PALOMA2").contains("1 open conflicts")
                .contains("/api/trials/PALOMA2/forest-plot.svg");
        assertThat(trial.split("data-kind=\"outcome\"")).as("two outcome rows").hasSize(3);
        String plot = page(browser, "/api/trials/PALOMA2/forest-plot.svg").body();
        assertThat(plot).contains("0.58 (0.46–0.72)").contains("0.68 (0.46–0.72)");
    }

    @Test
    void aFactWithAFailedCheckStandsOutAndCannotBeSelectedForBulkApproval() throws Exception {
        HttpClient browser = signedInBrowser();
        String paper = page(browser, "/papers/" + OTHER_PAPER).body();
        StoredFinding failing = store.findings().forPaper(OTHER_PAPER).stream().filter(StoredFinding::failsChecks)
                .findFirst().orElseThrow();

        assertThat(paper).contains("1 outcome facts with failed checks").contains("✗ checks failed")
                .contains("the estimate lies outside its CI");
        Matcher checkbox = Pattern.compile("<input type=\"checkbox\" name=\"record\" value=\""
                + failing.recordId() + "\"[^>]*>").matcher(paper);
        assertThat(checkbox.find()).isTrue();
        assertThat(checkbox.group()).contains("disabled");
        assertThat(page(browser, "/api/papers/" + OTHER_PAPER + "/forest-plot.svg").body())
                .contains("ratio outside its CI");

        HttpResponse<String> bulk = browser.send(HttpRequest.newBuilder(uri("/api/findings/approve"))
                .header(Gatekeeper.CSRF_HEADER, csrfOf(browser)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"record_ids\": [\"" + failing.recordId() + "\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bulk.statusCode()).isEqualTo(409);
        assertThat(bulk.body()).contains(failing.recordId()).contains("checks failed");
    }

    private static HttpResponse<String> postForm(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRefusedFormGoesBackToItsPageWithTheMessageShownThereOnce() throws Exception {
        HttpClient browser = signedInBrowser();
        String csrf = csrfOf(browser);
        String back = "/papers/" + PAPER + "?kind=gene";
        ReviewStatus before = store.findings().byRecordId(gene.recordId()).orElseThrow().status();

        HttpResponse<String> refused = postForm(browser, "/findings/" + gene.recordId() + "/reject", "_csrf=" + csrf
                + "&reason=+&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValue(back);
        assertThat(page(browser, back).body()).contains("id=\"refusal\"").contains("a rejection needs a reason");
        assertThat(page(browser, back).body()).as("shown once").doesNotContain("id=\"refusal\"");
        assertThat(store.findings().byRecordId(gene.recordId()).orElseThrow().status()).isEqualTo(before);
    }

    @Test
    void aFormsBackFieldCannotSendTheCuratorToAnotherSite() throws Exception {
        HttpClient browser = signedInBrowser();
        String csrf = csrfOf(browser);

        HttpResponse<String> refused = postForm(browser, "/findings/" + gene.recordId() + "/reject", "_csrf=" + csrf
                + "&reason=&back=%2F%2Fevil.example%2Fx");

        assertThat(refused.headers().firstValue("Location").orElse("")).doesNotContain("evil");
        assertThat(refused.statusCode()).as("no page of this site to go back to: the error page").isEqualTo(400);
    }

    @Test
    void recordsAndTheAuditTrailExportInEveryFormat() throws Exception {
        HttpClient browser = signedInBrowser();
        assertThat(page(browser, "/api/export?format=jsonl").body().lines()).hasSize(4);
        assertThat(page(browser, "/api/export?format=csv").body()).startsWith("record_id,");
        assertThat(page(browser, "/api/export?format=bioc&status=curated").body()).startsWith("{\"source\":");
        assertThat(page(browser, "/api/audit?format=csv").body()).startsWith("id,record_id,");
        assertThat(browser.send(HttpRequest.newBuilder(uri("/api/export?format=pdf")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(page(browser, "/account").body()).contains("API tokens").doesNotContain("Add account");
    }

    @Test
    void theForestPlotIsAnSvgWithARowPerHazardRatio() throws Exception {
        HttpResponse<String> svg = signedInBrowser().send(HttpRequest.newBuilder(
                uri("/api/papers/" + PAPER + "/forest-plot.svg")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/svg+xml"));
        assertThat(svg.body()).startsWith("<svg").contains("PALOMA-2 · PFS").contains("0.58 (0.46–0.72)");
    }

    @Test
    void everyRouteIsInTheOpenApiDocumentAndEveryDocumentedRouteExists() throws Exception {
        JsonNode document;
        try (InputStream yaml = ReviewServer.class.getResourceAsStream("openapi.yaml")) {
            document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        }
        List<String> documented = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> {
                    if (!method.equals("parameters")) {
                        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(server.routes());
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                uri("/api/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).contains("openapi: 3.1.0");
    }
}
