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

    /**
     * From now on, records when each text "C12-abcd1234" or "R3-abcd1234" first enters the page (a MutationObserver,
     * so the moment the push lands, not the next poll), as milliseconds on the machine's clock.
     */
    void watchForMarkers() {
        ((JavascriptExecutor) driver).executeScript("""
                        window.avenantSeen = {};
                        const now = () => performance.timeOrigin + performance.now();
                        const scan = text => {
                          for (const m of (text || '').matchAll(/\\b([CR]\\d+-[0-9a-f]{8})\\b/g)) {
                            if (!(m[1] in window.avenantSeen)) window.avenantSeen[m[1]] = now();
                          }
                        };
                        new MutationObserver(records => {
                          for (const r of records) {
                            if (r.type === 'characterData') scan(r.target.data);
                            for (const n of r.addedNodes) scan(n.textContent);
                          }
                        }).observe(document.body, {childList: true, subtree: true, characterData: true});
                        """);
    }

    /** When {@code marker} entered the page (see {@link #watchForMarkers}), waiting for it up to {@code timeout}. */
    double waitForMarker(String marker, Duration timeout) {
        Object at = waitFor(
                d -> ((JavascriptExecutor) d)
                        .executeScript("return window.avenantSeen && window.avenantSeen[arguments[0]];", marker),
                timeout);
        return ((Number) at).doubleValue();
    }

    /** From now on, records the time of the latest click on a button, on the machine's clock. */
    void recordClicks() {
        ((JavascriptExecutor) driver).executeScript("""
                        document.addEventListener('click', e => {
                          if (e.target.closest && e.target.closest('vaadin-button')) {
                            window.avenantClick = performance.timeOrigin + performance.now();
                          }
                        }, true);
                        """);
    }

    /** The time of the latest click {@link #recordClicks} saw. */
    double lastClick() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.avenantClick;")).doubleValue();
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
