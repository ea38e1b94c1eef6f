package app.avenant.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
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
public final class BrowserSession implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;

    private BrowserSession(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static BrowserSession open(String baseUrl) throws Exception {
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

    public BrowserSession signIn(String username, String password) {
        driver.get(baseUrl + "/login");
        WebElement user = waitFor(d -> d.findElement(By.cssSelector("input[name='username']")), Duration.ofSeconds(30));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("/login") ? null : true, Duration.ofSeconds(30));
        return this;
    }

    public void go(String route) {
        driver.get(baseUrl + "/" + route);
    }

    /** The page's visible text, shadow roots of Vaadin components included. */
    public String text() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.innerText;"));
    }

    public <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(condition::apply);
    }

    /** The same, waiting at most 30 s: screens are built on the server, which may be busy. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(condition, Duration.ofSeconds(30));
    }

    /** Waits until the page's visible text contains {@code expected}. */
    public void waitForText(String expected) {
        waitFor(d -> text().contains(expected) ? true : null);
    }

    /**
     * The visible text of the first element matching {@code css}, or "" when there is none (yet); the no-break
     * spaces of French numbers ("1 040", "1,80 €") read as plain spaces.
     */
    public String textOf(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty()
                ? ""
                : String.valueOf(((JavascriptExecutor) driver)
                        .executeScript(
                                "return arguments[0].innerText.replace(/[\\u00a0\\u202f]/g, ' ');", found.getFirst()));
    }

    /** Waits until the first element matching {@code css} shows {@code expected}, and returns its whole text. */
    public String waitForTextOf(String css, String expected) {
        return waitFor(d -> {
            String text = textOf(css);
            return text.contains(expected) ? text : null;
        });
    }

    /**
     * Follows the first shown link matching {@code css} as a person clicks it; when the browser refuses the
     * click (something laid over it for a moment, e.g. a notification), goes to its address instead.
     */
    public void follow(String css) {
        WebElement link = waitFor(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(this::shown)
                .findFirst()
                .orElse(null));
        scrollTo(link);
        try {
            link.click();
        } catch (ElementNotInteractableException e) { // ElementClickInterceptedException included
            driver.get(link.getAttribute("href"));
        }
    }

    /** The current address, path and query included. */
    public String url() {
        return driver.getCurrentUrl();
    }

    /**
     * Clicks the visible button whose text is {@code text} (a {@code vaadin-button}), inside the first element
     * matching {@code withinCss} when given; waits until there is one.
     */
    public void press(String text) {
        press(null, text);
    }

    public void press(String withinCss, String text) {
        WebElement button = waitFor(d -> {
            List<WebElement> scopes = withinCss == null
                    ? List.of(d.findElement(By.tagName("body")))
                    : d.findElements(By.cssSelector(withinCss));
            for (WebElement scope : scopes) {
                for (WebElement candidate : scope.findElements(By.tagName("vaadin-button"))) {
                    if (shown(candidate) && text.equals(candidate.getText().strip())) {
                        return candidate;
                    }
                }
            }
            return null;
        });
        scrollTo(button);
        try {
            button.click();
        } catch (ElementClickInterceptedException coveredByANotification) {
            // a button at the very bottom of the page may sit under a notification for a few seconds; a person
            // waits for it to go, and so does the test
            waitFor(
                    d -> d.findElements(By.tagName("vaadin-notification-card")).isEmpty() ? true : null,
                    Duration.ofSeconds(10));
            button.click();
        }
    }

    /**
     * The text input (or text area) a person finds by its label or accessible name, e.g. "Titre", inside the
     * first element matching {@code withinCss} (null: the whole page). Waits until there is one.
     */
    public WebElement field(String withinCss, String label) {
        return waitFor(d -> (WebElement) ((JavascriptExecutor) d).executeScript(FIELD_BY_LABEL, withinCss, label));
    }

    private static final String FIELD_BY_LABEL = """
            const [within, label] = arguments;
            const scope = within ? document.querySelector(within) : document;
            if (!scope) return null;
            const inputs = [...scope.querySelectorAll('input, textarea')].filter(i => i.getClientRects().length > 0);
            return inputs.find(i => accessibleName(i) === label) || null;
            function accessibleName(input) {
              const host = input.closest('vaadin-text-field, vaadin-text-area, vaadin-integer-field, vaadin-number-field');
              const named = input.getAttribute('aria-label') || (host && host.getAttribute('aria-label'));
              if (named) return named.trim();
              const ids = (input.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
              const text = ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
              if (text) return text;
              const own = host && host.querySelector(':scope > label');
              return own ? own.textContent.trim() : '';
            }
            """;

    /**
     * The visible input that shows {@code value}, as a person finds a figure on screen ("the band at 1,80 €"),
     * whatever the layout (cards, rows or a table): inside the first element matching {@code withinCss} when it
     * exists, else in the whole page; among several, the one whose label or accessible name contains
     * {@code nameHint}. Waits until there is one.
     */
    public WebElement inputShowing(String withinCss, String value, String nameHint) {
        return waitFor(
                d -> (WebElement) ((JavascriptExecutor) d).executeScript(INPUT_BY_VALUE, withinCss, value, nameHint));
    }

    /** True when some visible input of the page shows {@code value}. */
    public boolean anyInputShows(String value) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return [...document.querySelectorAll('input')].some(i => i.value === arguments[0] && i.getClientRects().length > 0);",
                        value));
    }

    private static final String INPUT_BY_VALUE = """
            const [within, value, hint] = arguments;
            const scope = (within && document.querySelector(within)) || document;
            const inputs = [...scope.querySelectorAll('input')].filter(i => i.value === value && i.getClientRects().length > 0);
            const name = i => {
              let text = (i.getAttribute('aria-label') || '') + ' ';
              const host = i.closest('vaadin-text-field');
              if (host) text += (host.getAttribute('aria-label') || '') + ' ';
              const ids = (i.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
              text += ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ');
              return text.toLowerCase();
            };
            const named = inputs.filter(i => name(i).includes(hint.toLowerCase()));
            return (named.length ? named : inputs)[0] || null;
            """;

    /** Replaces what a field shows as a person does (select all, type), then leaves it with Tab. */
    public void retype(WebElement input, String value) {
        scrollTo(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /** Waits until the page has no request to the server in flight. */
    public void waitUntilIdle() {
        waitFor(
                d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                                                        + " return !c || Object.values(c).every(x => !x.isActive || !x.isActive());"))
                        ? true
                        : null,
                Duration.ofSeconds(5));
    }

    /**
     * F5: reloads the page, and answers "leave" when the browser asks first because of unsaved edits
     * ({@code beforeunload}).
     */
    public void reload() {
        // a person's F5 comes after the page sent what was typed (a round trip, well under the time a hand takes);
        // WebDriver's comes in the same millisecond, and headless Chromium does not show the "leave the page?"
        // question that gives a real browser that moment
        waitUntilIdle();
        try {
            driver.navigate().refresh();
        } catch (UnhandledAlertException e) {
            acceptAlert();
        }
        acceptAlert();
    }

    private void acceptAlert() {
        try {
            Alert alert = driver.switchTo().alert();
            alert.accept();
        } catch (NoAlertPresentException e) {
            // the browser did not ask (headless Chromium may not): nothing to answer
        }
    }

    /** The page's source as the browser holds it now (every element, visible or not). */
    public String pageSource() {
        return driver.getPageSource();
    }

    /**
     * Laid out and not hidden. Not Selenium's isDisplayed: it calls some visible buttons of the request screen's
     * action bar hidden.
     */
    private boolean shown(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return !arguments[0].hidden && arguments[0].getClientRects().length > 0;", element));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * From now on, records when each text "C12-abcd1234" or "R3-abcd1234" first enters the page (a MutationObserver,
     * so the moment the push lands, not the next poll), as milliseconds on the machine's clock.
     */
    public void watchForMarkers() {
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
    public double waitForMarker(String marker, Duration timeout) {
        // the time is the page's own record: polling less often changes nothing in it, and leaves the two cores
        // to the portal and the browsers rather than to the test asking "seen yet?" twenty times a second
        Object at = new WebDriverWait(driver, timeout, Duration.ofMillis(250))
                .until(d -> ((JavascriptExecutor) d)
                        .executeScript("return window.avenantSeen && window.avenantSeen[arguments[0]];", marker));
        return ((Number) at).doubleValue();
    }

    /** From now on, records the time of the latest click on a button, on the machine's clock. */
    public void recordClicks() {
        ((JavascriptExecutor) driver).executeScript("""
                        document.addEventListener('click', e => {
                          if (e.target.closest && e.target.closest('vaadin-button')) {
                            window.avenantClick = performance.timeOrigin + performance.now();
                          }
                        }, true);
                        """);
    }

    /** The time of the latest click {@link #recordClicks} saw. */
    public double lastClick() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.avenantClick;")).doubleValue();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
