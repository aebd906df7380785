package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncocurate.ingest.TestPdfs;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Measure;
import org.oncocurate.model.finding.OutcomeFinding;
import org.oncocurate.model.finding.OutcomeSource;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.TestDatabase;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.account.Secrets;
import org.oncocurate.store.review.ReviewStatus;
import org.oncocurate.store.review.StoredFinding;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review's traps, walked into in a real browser against the running system and each shown closed: Enter in a
 * row's reason box rejects that row and decides nothing else; a rejected fact and one in an open conflict cannot be
 * selected for bulk approval and, posted anyway, are refused back on the page they came from; a CI edited out of
 * order fails its check for the second reviewer and in the export; the second reviewer discards the bad edit;
 * "approve all that pass" approves exactly the facts it counted; every row's decision is on screen at 1280 px; a
 * paper of 2,000 facts is filtered and paged; the papers queue shows what waits for a person; a conflict is decided
 * on its page by rejecting its wrong side, another by keeping both with a reason. One browser session for the whole
 * class, in order.
 */
@ExtendWith(SystemExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewTrapsUiIT {
    private static final String CURATOR = "ui-trap-curator";
    private static final String REVIEWER = "ui-trap-reviewer";
    private static final int MANY = 2000;
    private static final int MANY_FAILING = 200;
    private static final int MANY_CONFLICTING = 8;

    private static ReviewBrowser ui;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String samplePaper;
    private static String reviewerPassword;
    private static String rejectedByEnter;
    private static String conflicting;
    private static String editedRecord;

    @BeforeAll
    static void startTheBrowser(RunningSystem system) throws Exception {
        assumeTrue(ReviewBrowser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        samplePaper = system.submit("endocrine-resistance-review.tables.pdf",
                TestPdfs.seedBytes("endocrine-resistance-review.tables.pdf"));
        String password = Secrets.random();
        system.store().accounts().create(CURATOR, Role.CURATOR, password, RunningSystem.ADMIN);
        reviewerPassword = Secrets.random();
        system.store().accounts().create(REVIEWER, Role.CURATOR, reviewerPassword, RunningSystem.ADMIN);
        system.awaitPaper(samplePaper, paper -> paper.get("state").asText().equals("extracted"),
                Duration.ofMinutes(3));
        ui = ReviewBrowser.start();
        browser = ui.driver();
        wait = ui.waiting();
        ui.signIn(system, CURATOR, password);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (ui != null) {
            ui.close();
        }
    }

    private static StoredFinding stored(RunningSystem system, String recordId) {
        return system.store().findings().byRecordId(recordId).orElseThrow();
    }

    private static Map<String, ReviewStatus> statuses(RunningSystem system, String paperId) {
        Map<String, ReviewStatus> statuses = new HashMap<>();
        system.store().findings().forPaper(paperId).forEach(fact -> statuses.put(fact.recordId(), fact.status()));
        return statuses;
    }

    @Test
    @Order(1)
    void enterInARowsReasonBoxRejectsThatRowAndDecidesNothingElse(RunningSystem system) {
        browser.get(ReviewBrowser.url(system, "/papers/" + samplePaper + "?kind=outcome"));
        List<WebElement> pending = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("tr.fact[data-kind='outcome']"))).stream()
                .filter(row -> "pending".equals(row.findElement(By.cssSelector(".status")).getText())).toList();
        assertThat(pending).as("pending outcome facts of the sample").hasSizeGreaterThan(3);
        WebElement target = pending.get(2);
        rejectedByEnter = target.getAttribute("data-record");
        Map<String, ReviewStatus> before = statuses(system, samplePaper);

        WebElement reason = target.findElement(By.cssSelector("input.reason"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", reason);
        reason.sendKeys("an adverse-event rate read as a response rate", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.getCurrentUrl()).as("back on the page it came from").contains("kind=outcome");
        assertThat(ui.statusOf(rejectedByEnter)).isEqualTo("rejected");
        Map<String, ReviewStatus> after = statuses(system, samplePaper);
        Map<String, ReviewStatus> changed = after.entrySet().stream()
                .filter(entry -> entry.getValue() != before.get(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(changed).as("only the row whose reason was typed is decided")
                .containsExactly(Map.entry(rejectedByEnter, ReviewStatus.REJECTED));
        assertThat(stored(system, rejectedByEnter).decisionReason())
                .isEqualTo("an adverse-event rate read as a response rate");
    }

    @Test
    @Order(2)
    void rejectedAndConflictingFactsCannotBeSelectedAndAreRefusedInPlaceWhenPostedAnyway(RunningSystem system)
            throws Exception {
        browser.get(ReviewBrowser.url(system, "/papers/" + samplePaper + "?kind=outcome"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.fact[data-kind='outcome']")));
        Set<String> inConflict = system.store().conflicts().involvedRecordIds();
        conflicting = system.store().findings().forPaper(samplePaper).stream()
                .filter(fact -> fact.status() == ReviewStatus.PENDING && !fact.failsChecks()
                        && inConflict.contains(fact.recordId()))
                .map(StoredFinding::recordId).findFirst().orElseThrow(() -> new AssertionError(
                        "the sample's conflicts (BOLERO-2 and others) include a pending fact whose checks pass"));
        assertThat(browser.findElement(By.id("fact-" + conflicting)).getText()).contains("conflicts with");
        WebElement rejectedBox = ui.checkbox(rejectedByEnter);
        WebElement conflictingBox = ui.checkbox(conflicting);
        assertThat(rejectedBox.isEnabled()).as("a rejected fact cannot be selected").isFalse();
        assertThat(conflictingBox.isEnabled()).as("a fact in an open conflict cannot be selected").isFalse();
        assertThat(conflictingBox.getAttribute("title")).contains("conflict");
        WebElement selectable = browser.findElements(By.cssSelector("tr.fact input[type='checkbox']")).stream()
                .filter(WebElement::isEnabled).findFirst().orElseThrow();
        String legitimate = selectable.getAttribute("value");

        ((JavascriptExecutor) browser).executeScript("for (const box of arguments) { box.disabled = false; "
                + "box.checked = true; }", rejectedBox, conflictingBox, selectable);
        ui.click(browser.findElement(By.id("approve-selected")));
        WebElement refusal = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));

        assertThat(browser.getCurrentUrl()).contains("/papers/" + samplePaper).contains("kind=outcome");
        assertThat(refusal.getText()).contains("nothing was approved").contains(rejectedByEnter)
                .contains(conflicting).contains("open conflict").doesNotContain(legitimate);
        assertThat(stored(system, rejectedByEnter).status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(stored(system, rejectedByEnter).decisionReason()).as("the reason is kept")
                .isEqualTo("an adverse-event rate read as a response rate");
        assertThat(stored(system, conflicting).status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(stored(system, legitimate).status()).as("all or nothing").isEqualTo(ReviewStatus.PENDING);
        ui.screenshot("bulk-refused.png");

        WebElement reason = browser.findElement(By.cssSelector("#fact-" + legitimate + " input.reason"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].required = false", reason);
        ui.click(browser.findElement(By.cssSelector("#fact-" + legitimate + " button.reject")));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refusal"))).getText())
                .contains("a rejection needs a reason");
        assertThat(browser.getCurrentUrl()).contains("/papers/" + samplePaper).contains("kind=outcome");
        assertThat(stored(system, legitimate).status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    @Order(3)
    void aCiEditedOutOfOrderFailsItsCheckForTheSecondReviewerAndInTheExport(RunningSystem system) throws Exception {
        Set<String> inConflict = system.store().conflicts().involvedRecordIds();
        StoredFinding hazard = system.store().findings().forPaper(samplePaper).stream()
                .filter(fact -> fact.status() == ReviewStatus.PENDING && !fact.failsChecks()
                        && !inConflict.contains(fact.recordId()) && "HR".equals(fact.record().path("measure").asText())
                        && fact.record().path("ci").isArray())
                .findFirst().orElseThrow();
        editedRecord = hazard.recordId();
        browser.get(ReviewBrowser.url(system, "/findings/" + editedRecord));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.checks"))).getText())
                .contains("✓ ci-ordered");
        WebElement ci = browser.findElement(By.id("field-ci"));
        ci.clear();
        ci.sendKeys("0.85, 0.39");
        browser.findElement(By.id("edit-reason")).sendKeys("as printed in the table");
        browser.findElement(By.id("save-edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("proposed");

        ui.signOut();
        ui.signIn(system, REVIEWER, reviewerPassword);
        browser.get(ReviewBrowser.url(system, "/findings/" + editedRecord));
        String checks = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.checks")))
                .getText();
        assertThat(checks).contains("✗ ci-ordered: lower bound 0.85 is not below upper bound 0.39")
                .doesNotContain("✓ ci-ordered");
        assertThat(browser.findElement(By.id("rechecked")).getText()).contains("curator's values");
        assertThat(browser.findElement(By.cssSelector(".fact-head")).getText()).contains("✗ checks failed");
        assertThat(browser.findElement(By.id("approve")).isEnabled()).as("the second person may approve").isTrue();
        ui.screenshot("edited-fact-rechecked.png");

        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        system.api("api/export?format=jsonl")).header("Authorization", "Bearer " + system.apiToken())
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode exported = export.body().lines().map(line -> Json.read(line, JsonNode.class))
                .filter(record -> editedRecord.equals(record.path("record_id").asText())).findFirst().orElseThrow();
        assertThat(exported.get("ci").get(0).asDouble()).isEqualTo(0.85);
        assertThat(exported.get("checks_pass").asBoolean()).isFalse();
        List<String> failed = new ArrayList<>();
        exported.get("checks").forEach(check -> {
            if (!check.get("passed").asBoolean()) {
                failed.add(check.get("check").asText());
            }
        });
        assertThat(failed).contains("ci-ordered");
    }

    @Test
    @Order(4)
    void theSecondReviewerDiscardsTheBadEditAndTheFactIsBackToTheMachineValue(RunningSystem system) {
        String machineCi = stored(system, editedRecord).record().get("ci").get(0).asText();
        ui.click(browser.findElement(By.id("discard-edit")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("pending");
        assertThat(browser.findElement(By.id("field-ci")).getAttribute("value")).startsWith(machineCi + ",");
        assertThat(browser.findElement(By.cssSelector("ul.checks")).getText()).contains("✓ ci-ordered");
        assertThat(browser.findElements(By.id("machine-diffs"))).isEmpty();
        assertThat(browser.findElements(By.id("discard-edit"))).isEmpty();
        assertThat(browser.findElement(By.id("history")).getText()).contains("discard-edit").contains(REVIEWER);
        assertThat(browser.findElement(By.id("approve")).isEnabled()).isTrue();
        StoredFinding after = stored(system, editedRecord);
        assertThat(after.curated()).isNull();
        assertThat(after.status()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    @Order(5)
    void approveAllThatPassApprovesExactlyTheCountedFactsAfterAConfirmation(RunningSystem system) throws Exception {
        browser.get(ReviewBrowser.url(system, "/papers/" + samplePaper));
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a.approve-passing[data-kind='outcome']")));
        int offered = Integer.parseInt(link.getText().replaceAll("\\D", ""));
        Set<String> inConflict = system.store().conflicts().involvedRecordIds();
        List<String> eligible = system.store().findings().forPaper(samplePaper).stream()
                .filter(fact -> "outcome".equals(fact.kind().label()) && fact.status() == ReviewStatus.PENDING
                        && !fact.failsChecks() && fact.curated() == null && !inConflict.contains(fact.recordId()))
                .map(StoredFinding::recordId).toList();
        assertThat(offered).isEqualTo(eligible.size()).isPositive();

        ui.click(link);
        WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passing-count")));
        assertThat(Integer.parseInt(count.getText())).isEqualTo(offered);
        List<String> listed = browser.findElements(By.cssSelector("#passing-facts tr.fact")).stream()
                .map(row -> row.getAttribute("data-record")).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(eligible);
        ui.screenshot("approve-all-that-pass.png");
        ui.click(browser.findElement(By.id("confirm-approve")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.getCurrentUrl()).contains("/papers/" + samplePaper);
        assertThat(eligible).allSatisfy(recordId ->
                assertThat(stored(system, recordId).status()).isEqualTo(ReviewStatus.APPROVED));
        assertThat(stored(system, conflicting).status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(stored(system, rejectedByEnter).status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(system.store().findings().forPaper(samplePaper)).filteredOn(StoredFinding::failsChecks)
                .allSatisfy(fact -> assertThat(fact.status()).isNotEqualTo(ReviewStatus.APPROVED));
        assertThat(browser.findElements(By.cssSelector("a.approve-passing[data-kind='outcome']"))).isEmpty();
    }

    @Test
    @Order(6)
    void atATwelveHundredAndEightyPixelWindowEveryRowsDecisionIsOnScreen(RunningSystem system) {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        try {
            browser.get(ReviewBrowser.url(system, "/papers/" + samplePaper + "?kind=outcome"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.fact")));
            long width = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.clientWidth")).longValue();
            assertThat(browser.findElements(By.cssSelector("tr.fact button.reject"))).isNotEmpty()
                    .allSatisfy(button -> assertThat(button.getRect().getX() + button.getRect().getWidth())
                            .isLessThanOrEqualTo((int) width));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    @Order(7)
    void aPaperWithTwoThousandFactsIsFilteredAndPaged(RunningSystem system) throws Exception {
        String paperId = TestDatabase.paperId(0x2000);
        system.store().findings().store(TestDatabase.findings(paperId, "extract-many", Instant.now(),
                manyFacts()));
        HttpClient http = HttpClient.newHttpClient();
        for (int run = 1; run <= 3; run++) {
            long started = System.nanoTime();
            HttpResponse<String> html = http.send(HttpRequest.newBuilder(system.api("papers/" + paperId))
                    .header("Authorization", "Bearer " + system.apiToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(html.statusCode()).isEqualTo(200);
            System.out.printf("paper page of %d facts, one page of its HTML, run %d: %d ms%n", MANY, run,
                    (System.nanoTime() - started) / 1_000_000);
        }
        long started = System.nanoTime();
        browser.get(ReviewBrowser.url(system, "/papers/" + paperId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pages")));
        System.out.printf("paper page of %d facts, first page loaded in the browser: %d ms%n", MANY,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(browser.findElement(By.id("matching")).getText()).isEqualTo(MANY + " of " + MANY + " facts");
        assertThat(browser.findElement(By.id("forest")).getAttribute("open")).as("a forest of 2,000 rows waits to be "
                + "asked for").isNull();
        assertThat(browser.findElement(By.id("page-count")).getText()).isEqualTo("40");
        List<String> first = ui.recordsOnPage();
        assertThat(first).hasSize(50);
        ui.click(browser.findElement(By.id("next-page")));
        wait.until(ExpectedConditions.textToBe(By.id("page"), "2"));
        assertThat(ui.recordsOnPage()).hasSize(50).doesNotContainAnyElementsOf(first);

        new Select(browser.findElement(By.id("filter-check"))).selectByValue("ci-ordered");
        ui.click(browser.findElement(By.id("apply-filter")));
        wait.until(ExpectedConditions.urlContains("check=ci-ordered"));
        assertThat(browser.findElement(By.id("matching")).getText()).isEqualTo(MANY_FAILING + " of " + MANY
                + " facts");
        assertThat(browser.findElement(By.id("page")).getText()).as("a new filter starts on page 1").isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("tr.fact"))).hasSize(50)
                .allSatisfy(row -> assertThat(row.getText()).contains("✗ ci-ordered"));
        ui.click(browser.findElement(By.id("next-page")));
        wait.until(ExpectedConditions.textToBe(By.id("page"), "2"));
        assertThat(browser.getCurrentUrl()).as("paging keeps the filter").contains("check=ci-ordered");

        browser.get(ReviewBrowser.url(system, "/papers/" + paperId));
        new Select(browser.findElement(By.id("filter-conflict"))).selectByValue("yes");
        ui.click(browser.findElement(By.id("apply-filter")));
        wait.until(ExpectedConditions.urlContains("conflict=yes"));
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.fact"));
        assertThat(rows).hasSize(MANY_CONFLICTING).allSatisfy(row -> {
            assertThat(row.getText()).contains("conflicts with");
            assertThat(row.findElement(By.cssSelector("input[type='checkbox']")).isEnabled()).isFalse();
        });
        ui.screenshot("paper-filtered-by-conflict.png");

        String target = rows.get(1).getAttribute("data-record");
        rows.get(1).findElement(By.cssSelector("input.reason")).sendKeys("a subgroup, not the overall population",
                Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(browser.getCurrentUrl()).contains("conflict=yes");
        browser.get(ReviewBrowser.url(system, "/papers/" + paperId + "?status=rejected"));
        assertThat(ui.recordsOnPage()).containsExactly(target);
    }

    @Test
    @Order(8)
    void thePapersQueueShowsWhatWaitsForAPersonMostFirstAndCanFollowProgressLive(RunningSystem system) {
        browser.get(ReviewBrowser.url(system, "/"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue-show"))))
                .selectByValue("to-review");
        ui.click(browser.findElement(By.id("queue-live")));
        ui.click(browser.findElement(By.id("queue-apply")));
        wait.until(ExpectedConditions.urlContains("show=to-review"));

        List<WebElement> rows = browser.findElements(By.cssSelector("#queue tr.paper"));
        List<Long> counts = rows.stream()
                .map(row -> Long.parseLong(row.findElement(By.className("pending-count")).getText())).toList();
        assertThat(counts).isNotEmpty().allSatisfy(count -> assertThat(count).isPositive())
                .isSortedAccordingTo(Comparator.reverseOrder());
        long waiting = system.store().findings().forPaper(samplePaper).stream()
                .filter(fact -> fact.status() == ReviewStatus.PENDING || fact.status() == ReviewStatus.PROPOSED)
                .count();
        assertThat(browser.findElement(By.cssSelector("tr[data-paper='" + samplePaper + "'] .pending-count"))
                .getText()).isEqualTo(String.valueOf(waiting));
        assertThat(browser.findElement(By.cssSelector("meta[http-equiv='refresh']")).getAttribute("content"))
                .isEqualTo("5");
        assertThat(browser.findElements(By.id("files"))).as("a reload would empty the upload form").isEmpty();
    }

    @Test
    @Order(9)
    void aConflictIsDecidedOnItsPageByRejectingTheWrongSideWithAReason(RunningSystem system) {
        browser.get(ReviewBrowser.url(system, "/conflicts"));
        // A pending wrong side: withdrawing a published one is for editors, and the system is shared.
        WebElement pair = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("section.conflict-pair"))).stream()
                .filter(section -> conflicting.equals(section.getAttribute("data-first"))
                        || conflicting.equals(section.getAttribute("data-second")))
                .filter(section -> stored(system, otherSide(section)).status() == ReviewStatus.PENDING)
                .findFirst().orElseThrow();
        String first = pair.getAttribute("data-first");
        String second = pair.getAttribute("data-second");
        String wrong = otherSide(pair);
        assertThat(pair.getText()).doesNotContain("()").doesNotContain("· p\n");

        pair.findElement(By.cssSelector("#fact-" + wrong + " input.reason"))
                .sendKeys("the subgroup's HR, not the overall population's", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.getCurrentUrl()).contains("/conflicts");
        assertThat(browser.findElements(By.cssSelector("section.conflict-pair[data-first='" + first
                + "'][data-second='" + second + "']"))).as("the conflict is closed").isEmpty();
        StoredFinding rejected = stored(system, wrong);
        assertThat(rejected.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("the subgroup's HR, not the overall population's");
        assertThat(stored(system, conflicting).status()).as("the side kept is left to decide")
                .isNotEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    @Order(10)
    void aConflictBetweenTwoRightStatementsIsClosedByKeepingBothWithAReason(RunningSystem system) {
        browser.get(ReviewBrowser.url(system, "/conflicts"));
        WebElement pair = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.conflict-pair")));
        String first = pair.getAttribute("data-first");
        String second = pair.getAttribute("data-second");

        pair.findElement(By.cssSelector("input.keep-both-reason")).sendKeys("a 6-month rate beside a 12-month rate",
                Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.findElement(By.id("notice")).getText()).contains("Both sides kept");
        assertThat(browser.findElements(By.cssSelector("section.conflict-pair[data-first='" + first
                + "'][data-second='" + second + "']"))).as("the conflict is closed").isEmpty();
        for (String side : List.of(first, second)) {
            assertThat(system.store().review().history(side)).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("keep-both");
                assertThat(entry.actor()).isEqualTo(REVIEWER);
                assertThat(entry.reason()).startsWith("a 6-month rate beside a 12-month rate");
            });
        }
        assertThat(system.store().conflicts().open()).as("the pair is no longer open")
                .noneMatch(conflict -> conflict.involves(first) && conflict.involves(second));
    }

    private static String otherSide(WebElement pair) {
        String first = pair.getAttribute("data-first");
        return conflicting.equals(first) ? pair.getAttribute("data-second") : first;
    }

    /**
     * Invented hazard ratios, one trial each; every tenth has reversed CI bounds and failed its check, and four
     * trials are stated twice with different values, so eight facts are in conflict.
     */
    private static List<Finding> manyFacts() {
        List<Finding> facts = new ArrayList<>();
        for (int i = 0; i < MANY - MANY_CONFLICTING / 2; i++) {
            double value = 0.5 + (i % 40) / 100.0;
            boolean reversed = i % 10 == 0;
            facts.add(hazardRatio("SYNTH-" + i, value, reversed));
        }
        for (int i = 1; i <= MANY_CONFLICTING / 2; i++) {
            facts.add(hazardRatio("SYNTH-" + i, 0.95, false));
        }
        return facts;
    }

    private static OutcomeFinding hazardRatio(String trial, double value, boolean reversed) {
        double lower = Math.round((value - 0.1) * 100) / 100.0;
        double upper = Math.round((value + 0.1) * 100) / 100.0;
        List<Double> ci = reversed ? List.of(upper, lower) : List.of(lower, upper);
        String sentence = trial + " reported an HR of " + value + " for PFS.";
        Evidence evidence = new Evidence(1, 0, trial.length(), trial, sentence, 0, List.of(), false, null);
        return new OutcomeFinding(trial, "PFS", Measure.HR, List.of(), value, ci, "0.01", null, List.of(),
                OutcomeSource.TEXT, List.of(reversed
                        ? new CheckResult("ci-ordered", false, "lower bound " + upper + " is not below upper bound "
                                + lower, null)
                        : new CheckResult("ci-ordered", true, "lower bound " + lower + " < upper bound " + upper,
                                null)), List.of(), List.of(evidence), 0.8);
    }
}
