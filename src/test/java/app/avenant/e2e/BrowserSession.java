package app.avenant.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person in one real headless Chromium (Debian's chromium and chromedriver, never a downloaded
 * browser), signed in to the running portal.
 */
final class BrowserSession implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;

    private BrowserSession(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static BrowserSession open(String baseUrl) throws Exception {
        Path profile = Files.createTempDirectory("avenant-e2e-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--lang=fr-FR",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        return new BrowserSession(new ChromeDriver(service, options), baseUrl);
    }

    BrowserSession signIn(String username, String password) {
        driver.get(baseUrl + "/login");
        WebElement user = waitFor(d -> d.findElement(By.cssSelector("input[name='username']")), Duration.ofSeconds(30));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("/login") ? null : true, Duration.ofSeconds(30));
        return this;
    }

    void go(String route) {
        driver.get(baseUrl + "/" + route);
    }

    /** The page's visible text, shadow roots of Vaadin components included. */
    String text() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.innerText;"));
    }

    <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(condition::apply);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
