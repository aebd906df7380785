package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review UI in a real browser (Debian's headless Chromium through chromedriver), against the running system: a
 * curator signs in, uploads two PDFs, opens the sample review, sees a fact with its evidence crop, approves it, rejects another with
 * a reason and edits a third; the approval reaches records.curated.v1 and the audit trail. One browser session for
 * the whole class, in order.
 */
@ExtendWith(SystemExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewUiIT {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CURATOR = "ui-curator";
    private static final String HOSTILE_SENTENCE = "ESR1 <script>alert('pwned')</script> mutations confer resistance.";

    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path userDataDir;
    private static String samplePaper;
    private static String hostilePaper;
    private static String password;
    private static String approvedRecord;
    private static Path uploads;

    @BeforeAll
    static void startTheBrowser(RunningSystem system) throws Exception {
        assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        samplePaper = system.submit("endocrine-resistance-review.tables.pdf",
                TestPdfs.seedBytes("endocrine-resistance-review.tables.pdf"));
        password = Secrets.random();
        system.store().accounts().create(CURATOR, Role.CURATOR, password, RunningSystem.ADMIN);
        system.awaitPaper(samplePaper, paper -> paper.get("state").asText().equals("extracted"),
                Duration.ofMinutes(3));

        uploads = Files.createTempDirectory("oncocurate-uploads");
        userDataDir = Files.createTempDirectory("oncocurate-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + userDataDir, "--window-size=1500,2400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String url(RunningSystem system, String path) {
        return system.api(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /** The last fact of a kind: the API tests take the first ones, and the system is shared. */
    private static WebElement lastRow(String kind) {
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.fact[data-kind='" + kind + "']"));
        assertThat(rows).as("facts of kind " + kind).isNotEmpty();
        return rows.get(rows.size() - 1);
    }

    /** Clicks once the element has stopped moving: crops loading above it shift the page while it scrolls. */
    /**
     * Clicks like a user, once the element has stopped moving: evidence crops load lazily and shift the rows below
     * them, and a click aimed at a moving element lands on whatever moved under the pointer.
     */
    private static void click(WebElement element) {
        wait.ignoring(ElementClickInterceptedException.class).until(driver -> {
            JavascriptExecutor script = (JavascriptExecutor) driver;
            script.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            Object before = script.executeScript("return arguments[0].getBoundingClientRect().top", element);
            sleep(Duration.ofMillis(300));
            Object after = script.executeScript("return arguments[0].getBoundingClientRect().top", element);
            if (!before.equals(after)) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String statusOf(String recordId) {
        return browser.findElement(By.cssSelector("#fact-" + recordId + " .status")).getText();
    }

    @Test
    @Order(1)
    void aCuratorSignsInAndSeesAFactOfTheSamplePaperWithItsEvidenceCrop(RunningSystem system) throws Exception {
        browser.get(url(system, "/"));
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
        WebElement gene = lastRow("gene");
        assertThat(gene.findElement(By.cssSelector(".sentence mark")).getText()).isNotBlank();
        WebElement crop = gene.findElement(By.cssSelector("img.crop"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", crop);
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : 0", crop)).intValue() > 0);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalHeight", crop))
                .intValue()).isGreaterThan(10);
        WebElement plot = browser.findElement(By.id("forest-plot"));
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", plot))
                .intValue()).as("the forest plot loads").isGreaterThan(0);

        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("return Array.from(document.images)"
                + ".filter(image => image.getBoundingClientRect().top < window.innerHeight)"
                + ".every(image => image.complete && image.naturalWidth > 0)"));
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve("paper-page.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(2)
    void anApprovedFactReachesTheCuratedTopicAndTheAuditTrail(RunningSystem system) throws Exception {
        WebElement gene = lastRow("gene");
        approvedRecord = gene.getAttribute("data-record");
        click(gene.findElement(By.cssSelector("button.approve")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(statusOf(approvedRecord)).isEqualTo("approved");

        ConsumerRecord<String, byte[]> published = TopicReader.await(system.bootstrapServers(),
                Topics.RECORDS_CURATED.name(), record -> approvedRecord.equals(record.key()), Duration.ofSeconds(60));
        CuratedRecord curated = Json.read(published.value(), CuratedRecord.class);
        assertThat(curated.decidedBy()).isEqualTo(CURATOR);
        assertThat(curated.status()).isEqualTo("approved");

        browser.get(url(system, "/findings/" + approvedRecord));
        WebElement history = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(history.findElements(By.cssSelector("tbody tr"))).singleElement().satisfies(row -> {
            assertThat(row.findElement(By.className("actor")).getText()).isEqualTo(CURATOR);
            assertThat(row.findElement(By.className("action")).getText()).isEqualTo("approve");
        });
    }

    @Test
    @Order(3)
    void anotherFactIsRejectedWithAReason(RunningSystem system) {
        browser.get(url(system, "/papers/" + samplePaper));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.fact[data-kind='drug']")));
        WebElement drug = lastRow("drug");
        String recordId = drug.getAttribute("data-record");
        WebElement reason = drug.findElement(By.cssSelector("input.reason"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", reason);
        reason.sendKeys("named only in a reference title");
        click(drug.findElement(By.cssSelector("button.reject")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertThat(statusOf(recordId)).isEqualTo("rejected");
        assertThat(browser.findElement(By.cssSelector("#fact-" + recordId + " .decided")).getText())
                .contains("named only in a reference title");
    }

    @Test
    @Order(4)
    void aThirdFactIsEditedKeepingTheMachineValueAndWaitsForASecondPerson(RunningSystem system) {
        browser.get(url(system, "/papers/" + samplePaper));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.fact[data-kind='trial']")));
        WebElement trial = lastRow("trial");
        String recordId = trial.getAttribute("data-record");
        click(trial.findElement(By.cssSelector("a.details")));
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
        browser.get(url(system, "/"));
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        browser.get(url(system, "/papers/" + hostilePaper));
        WebElement gene = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.fact[data-kind='gene']")));

        assertThat(gene.findElement(By.className("sentence")).getText()).contains("<script>alert('pwned')</script>");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("<script>alert");
    }
}
