package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oncocurate.app.kafka.Topics;
import org.oncocurate.ingest.TestPdfs;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.event.CuratedRecord;
import org.oncocurate.model.json.Json;
import org.oncocurate.store.account.Role;
import org.oncocurate.store.account.Secrets;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review UI in a real browser (Debian's headless Chromium through chromedriver), against the running system: a
 * curator signs in, uploads two PDFs, opens the sample review, sees a fact with its evidence crop, approves it, rejects
 * another with a reason and edits a third; the approval reaches records.curated.v1 and the audit trail. One browser
 * session for the whole class, in order. {@link ReviewTrapsUiIT} walks into the review's traps.
 */
@ExtendWith(SystemExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewUiIT {
    private static final String CURATOR = "ui-curator";
    private static final String HOSTILE_SENTENCE = "ESR1 <script>alert('pwned')</script> mutations confer resistance.";

    private static ReviewBrowser ui;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String samplePaper;
    private static String hostilePaper;
    private static String password;
    private static String approvedRecord;
    private static Path uploads;

    @BeforeAll
    static void startTheBrowser(RunningSystem system) throws Exception {
        assumeTrue(ReviewBrowser.available(), "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        samplePaper = system.submit("endocrine-resistance-review.tables.pdf",
                TestPdfs.seedBytes("endocrine-resistance-review.tables.pdf"));
        password = Secrets.random();
        system.store().accounts().create(CURATOR, Role.CURATOR, password, RunningSystem.ADMIN);
        system.awaitPaper(samplePaper, paper -> paper.get("state").asText().equals("extracted"),
                Duration.ofMinutes(3));
        uploads = Files.createTempDirectory("oncocurate-uploads");
        ui = ReviewBrowser.start();
        browser = ui.driver();
        wait = ui.waiting();
    }

    @AfterAll
    static void stopTheBrowser() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    @Order(1)
    void aCuratorSignsInAndSeesAFactOfTheSamplePaperWithItsEvidenceCrop(RunningSystem system) throws Exception {
        browser.get(ReviewBrowser.url(system, "/"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(CURATOR);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        byte[] hostile = TestPdfs.withText(HOSTILE_SENTENCE);
        byte[] second = TestPdfs.withText("TP53 mutations were found in a minority of tumours.");
        Files.write(uploads.resolve("hostile.pdf"), hostile);
        Files.write(uploads.resolve("second.pdf"), second);
        browser.findElement(By.id("files")).sendKeys(uploads.resolve("hostile.pdf") + "\n"
                + uploads.resolve("second.pdf"));
        browser.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        hostilePaper = PaperId.of(hostile);
        assertThat(browser.findElement(By.cssSelector("tr[data-paper='" + hostilePaper + "']")).getText())
                .contains(CURATOR);
        assertThat(browser.findElements(By.cssSelector("tr[data-paper='" + PaperId.of(second) + "']"))).hasSize(1);

        browser.findElement(By.cssSelector("tr[data-paper='" + samplePaper + "'] a.paper-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paper-title")));
        WebElement plot = browser.findElement(By.id("forest-plot"));
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", plot)).intValue() > 0);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("return Array.from(document.images)"
                + ".filter(image => image.getBoundingClientRect().top < window.innerHeight)"
                + ".every(image => image.complete && image.naturalWidth > 0)"));
        ui.screenshot("paper-page.png");

        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("gene");
        browser.findElement(By.id("apply-filter")).click();
        wait.until(ExpectedConditions.urlContains("kind=gene"));
        assertThat(browser.findElements(By.cssSelector("tr.fact"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getAttribute("data-kind")).isEqualTo("gene"));
        WebElement gene = ui.lastRow("gene");
        assertThat(gene.findElement(By.cssSelector(".sentence mark")).getText()).isNotBlank();
        WebElement crop = gene.findElement(By.cssSelector("img.crop"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", crop);
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", crop)).intValue() > 0);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalHeight", crop))
                .intValue()).isGreaterThan(10);
    }

    @Test
    @Order(2)
    void anApprovedFactReachesTheCuratedTopicAndTheAuditTrail(RunningSystem system) throws Exception {
        WebElement gene = ui.lastRow("gene");
        approvedRecord = gene.getAttribute("data-record");
        ui.click(gene.findElement(By.cssSelector("button.approve")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(ui.statusOf(approvedRecord)).isEqualTo("approved");

        ConsumerRecord<String, byte[]> published = TopicReader.await(system.bootstrapServers(),
                Topics.RECORDS_CURATED.name(), record -> approvedRecord.equals(record.key()), Duration.ofSeconds(60));
        CuratedRecord curated = Json.read(published.value(), CuratedRecord.class);
        assertThat(curated.decidedBy()).isEqualTo(CURATOR);
        assertThat(curated.status()).isEqualTo("approved");

        browser.get(ReviewBrowser.url(system, "/findings/" + approvedRecord));
        WebElement history = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(history.findElements(By.cssSelector("tbody tr"))).singleElement().satisfies(row -> {
            assertThat(row.findElement(By.className("actor")).getText()).isEqualTo(CURATOR);
            assertThat(row.findElement(By.className("action")).getText()).isEqualTo("approve");
        });
    }

    @Test
    @Order(3)
    void anotherFactIsRejectedWithAReason(RunningSystem system) {
        browser.get(ReviewBrowser.url(system, "/papers/" + samplePaper + "?kind=drug"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.fact[data-kind='drug']")));
        WebElement drug = ui.lastRow("drug");
        String recordId = drug.getAttribute("data-record");
        WebElement reason = drug.findElement(By.cssSelector("input.reason"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", reason);
        reason.sendKeys("named only in a reference title");
        ui.click(drug.findElement(By.cssSelector("button.reject")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(ui.statusOf(recordId)).isEqualTo("rejected");
        assertThat(browser.findElement(By.cssSelector("#fact-" + recordId + " .decided")).getText())
                .contains("named only in a reference title");
    }

    @Test
    @Order(4)
    void aThirdFactIsEditedKeepingTheMachineValueAndWaitsForASecondPerson(RunningSystem system) {
        browser.get(ReviewBrowser.url(system, "/papers/" + samplePaper + "?kind=trial"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.fact[data-kind='trial']")));
        WebElement trial = ui.lastRow("trial");
        String recordId = trial.getAttribute("data-record");
        ui.click(trial.findElement(By.cssSelector("a.details")));
        WebElement phase = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-phase")));
        String machinePhase = phase.getAttribute("value");
        String curatorPhase = "III".equals(machinePhase) ? "II" : "III";
        phase.clear();
        phase.sendKeys(curatorPhase);
        browser.findElement(By.id("edit-reason")).sendKeys("the phase as registered");
        browser.findElement(By.id("save-edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("proposed");
        assertThat(browser.findElement(By.id("machine-diffs")).getText()).contains("phase")
                .contains("→ " + curatorPhase);
        assertThat(browser.findElement(By.id("approve")).isEnabled()).as("not by the person who edited it").isFalse();
        assertThat(browser.findElement(By.id("history")).getText()).contains("edit").contains(CURATOR)
                .contains("the phase as registered");
        assertThat(system.store().findings().byRecordId(recordId).orElseThrow().record().path("phase").asText(""))
                .as("the machine's value is kept").isEqualTo(machinePhase == null ? "" : machinePhase);
    }

    @Test
    @Order(5)
    void aPdfWhoseTextHoldsAScriptTagShowsItAsText(RunningSystem system) throws Exception {
        system.awaitPaper(hostilePaper, paper -> paper.get("state").asText().equals("extracted"),
                Duration.ofMinutes(2));
        browser.get(ReviewBrowser.url(system, "/"));
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        browser.get(ReviewBrowser.url(system, "/papers/" + hostilePaper));
        WebElement gene = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.fact[data-kind='gene']")));

        assertThat(gene.findElement(By.className("sentence")).getText()).contains("<script>alert('pwned')</script>");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("<script>alert");
    }
}
