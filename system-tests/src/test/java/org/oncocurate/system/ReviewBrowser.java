package org.oncocurate.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

/** Debian's headless Chromium through chromedriver, and what the review UI tests do with it as a curator would. */
final class ReviewBrowser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private ReviewBrowser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    static ReviewBrowser start() throws Exception {
        Path userDataDir = Files.createTempDirectory("oncocurate-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + userDataDir, "--window-size=1500,2400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ReviewBrowser(new ChromeDriver(service, options));
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }

    static String url(RunningSystem system, String path) {
        return system.api(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /** The last fact of a kind: the API tests take the first ones, and the system is shared. */
    WebElement lastRow(String kind) {
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.fact[data-kind='" + kind + "']"));
        assertThat(rows).as("facts of kind " + kind).isNotEmpty();
        return rows.get(rows.size() - 1);
    }

    /**
     * Clicks like a user, once the element has stopped moving: evidence crops load lazily and shift the rows below
     * them, and a click aimed at a moving element lands on whatever moved under the pointer.
     */
    void click(WebElement element) {
        wait.ignoring(ElementClickInterceptedException.class).until(browser -> {
            JavascriptExecutor script = (JavascriptExecutor) browser;
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

    /** Into target/screenshots, beside the paper page the README shows. */
    void screenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    void signIn(RunningSystem system, String username, String secret) {
        driver.get(url(system, "/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(secret);
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
    }

    void signOut() {
        driver.findElement(By.cssSelector("form.signout button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    WebElement checkbox(String recordId) {
        return driver.findElement(By.cssSelector("#fact-" + recordId + " input[type='checkbox']"));
    }

    String statusOf(String recordId) {
        return driver.findElement(By.cssSelector("#fact-" + recordId + " .status")).getText();
    }

    List<String> recordsOnPage() {
        return driver.findElements(By.cssSelector("tr.fact")).stream().map(row -> row.getAttribute("data-record"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
