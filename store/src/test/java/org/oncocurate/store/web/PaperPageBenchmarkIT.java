package org.oncocurate.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.store.Database;
import org.oncocurate.store.StoreServices;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Account;
import org.oncocurate.store.account.Role;

/**
 * How long a paper page takes with 2,000 facts, on the embedded PostgreSQL: prints the time of each request. The
 * first requests warm the JVM; the assertions hold what the page shows, not a time a loaded machine could miss.
 */
class PaperPageBenchmarkIT {
    private static final int FACTS = 2000;
    private static final String PAPER = TestDatabase.paperId(0xb16);

    private static Database database;
    private static ReviewServer server;
    private static String token;

    @BeforeAll
    static void start() {
        database = TestDatabase.fresh();
        StoreServices store = StoreServices.over(database, 10_000_000, TestDatabase.clock());
        List<Finding> facts = new ArrayList<>();
        for (int i = 0; i < FACTS; i++) {
            double value = 0.5 + (i % 40) / 100.0;
            facts.add(TestDatabase.hazardRatio("BENCH-" + i, value, value - 0.1, value + 0.1, i % 10 != 0));
        }
        store.findings().store(TestDatabase.findings(PAPER, "x", TestDatabase.clock().instant(), facts));
        Account curator = TestDatabase.account(store, "curator", Role.CURATOR);
        token = store.tokens().create(curator, "benchmark");
        server = ReviewServer.start(store, null, new ServerSettings("127.0.0.1", 0, 10_000_000, false));
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPaperOfTwoThousandFactsIsServedAPageAtATime() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<Long> times = new ArrayList<>();
        HttpResponse<String> page = null;
        for (int run = 1; run <= 8; run++) {
            long started = System.nanoTime();
            page = get(client, "/papers/" + PAPER + (run % 2 == 0 ? "?check=failed" : ""));
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        System.out.println("paper page of " + FACTS + " facts, ms per request: " + times);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("200 of 2000 facts").contains("<span id=\"page-count\">4</span>");
        assertThat(page.body().split("class=\"fact ")).as("one page of rows").hasSize(51);
    }
}
