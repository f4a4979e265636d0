package org.oncolearn.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver. Selenium Manager cannot download drivers here, so
 * both paths are named; they can be overridden with the system properties {@code chromium.binary} and
 * {@code chromedriver.path}.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    public Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("oncolearn-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
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
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.path", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        waitFor(d -> !d.findElements(By.cssSelector(".app-content")).isEmpty());
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            // What the screen showed when the wait gave up, for the person reading the failure.
            screenshot("timed-out");
            throw e;
        }
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits until {@link #pageText()} contains the text. Selenium's visible-text walk takes seconds on the course
     * editor's large page, so between its runs a quick test of the browser's rendered text says whether it can match
     * yet; the visible text alone decides, and it is still read every few seconds whatever the quick test says, so a
     * page the quick test misreads is only waited for longer.
     */
    void waitForText(String text) {
        long[] lastRead = {System.nanoTime()};
        waitFor(d -> {
            boolean due = System.nanoTime() - lastRead[0] > VISIBLE_TEXT_INTERVAL.toNanos();
            if (!due && !Boolean.TRUE.equals(script(RENDERED_TEXT_MAY_CONTAIN, text))) {
                return null;
            }
            lastRead[0] = System.nanoTime();
            return pageText().contains(text) ? Boolean.TRUE : null;
        });
    }

    private static final Duration VISIBLE_TEXT_INTERVAL = Duration.ofSeconds(4);

    /**
     * True when the page's rendered text (the body's and that of every shadow root's elements) holds the wanted text,
     * spaces and case aside: a cheap test that is true whenever the visible text can contain it.
     */
    private static final String RENDERED_TEXT_MAY_CONTAIN = "if (!document.body) { return false; }"
            + "const texts = [document.body.innerText];"
            + "const walk = root => {"
            + "  for (const e of root.querySelectorAll('*')) {"
            + "    if (e.shadowRoot) {"
            + "      for (const c of e.shadowRoot.children) { texts.push(c.innerText || ''); }"
            + "      walk(e.shadowRoot);"
            + "    }"
            + "  }"
            + "};"
            + "walk(document);"
            + "const squeeze = s => s.replace(/\\s+/g, '').toLowerCase();"
            + "return squeeze(texts.join('')).includes(squeeze(arguments[0]));";

    void click(String buttonText) {
        WebElement button = waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals(buttonText) && b.isDisplayed())
                .findFirst()
                .orElse(null));
        button.click();
    }

    /**
     * Presses a button from the keyboard, as keyboard users do: focus, then Enter. Unlike a mouse click it does not
     * depend on where the button sits under a sticky bar or on an emulated phone's zoomed-out layout.
     */
    void pressWithKeyboard(String buttonText) {
        WebElement button = waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals(buttonText) && b.isDisplayed())
                .findFirst()
                .orElse(null));
        script("arguments[0].focus();", button);
        button.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Clicks the button a screen reader announces with this name, e.g. "Edit <course>" shown as "Edit". */
    void clickLabelled(String accessibleName) {
        WebElement button = waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> accessibleName.equals(b.getDomAttribute("aria-label")) && b.isDisplayed())
                .findFirst()
                .orElse(null));
        button.click();
    }

    void clickStartingWith(String prefix) {
        WebElement button = waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().startsWith(prefix) && b.isDisplayed())
                .findFirst()
                .orElse(null));
        button.click();
    }

    void type(String fieldLabel, String text) {
        WebElement field = waitFor(d -> d.findElements(By.tagName("vaadin-text-field")).stream()
                .filter(f -> fieldLabel.equals(f.getDomAttribute("label"))
                        || f.getText().contains(fieldLabel))
                .findFirst()
                .orElse(null));
        field.findElement(By.tagName("input")).sendKeys(text);
    }

    /** Vaadin hides the native inputs of radio buttons and checkboxes; a user clicks the label. */
    void choose(String optionText) {
        WebElement label = waitFor(d -> options(d).stream()
                .filter(l -> l.getText().strip().equals(optionText.strip()))
                .findFirst()
                .orElse(null));
        label.click();
    }

    private static List<WebElement> options(WebDriver d) {
        return d.findElements(By.cssSelector("vaadin-radio-button label, vaadin-checkbox label"));
    }

    /** Signs in through the educator sign-in form. */
    void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login");
        WebElement user = waitFor(d -> d.findElements(By.cssSelector("vaadin-login-form input[name=username]")).stream()
                .findFirst()
                .orElse(null));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys(password);
        click("Log in");
        waitFor(d ->
                d.getCurrentUrl().endsWith("/login") || d.getCurrentUrl().contains("/login?") ? null : Boolean.TRUE);
        waitFor(d -> !d.findElements(By.cssSelector(".app-content")).isEmpty());
    }

    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words inside the elements matched by the selector that the page draws on more than one line: letters of one
     * word split across lines. A word may end in a hyphen or slash, after which a break is a proper one.
     */
    @SuppressWarnings("unchecked")
    List<String> wordsSplitAcrossLines(String selector) {
        return (List<String>) script(
                "var split = [];"
                        + "document.querySelectorAll(arguments[0]).forEach(function (root) {"
                        + "var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                        + "for (var node = walker.nextNode(); node; node = walker.nextNode()) {"
                        + "  if (node.parentElement.offsetParent === null) { continue; }"
                        + "  var words = /[^\\s\\-\u2010\u2013\\/]+[\\-\u2010\u2013\\/]?/g, m;"
                        + "  while ((m = words.exec(node.data)) !== null) {"
                        + "    var range = document.createRange();"
                        + "    range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
                        + "    var lines = {};"
                        + "    Array.prototype.forEach.call(range.getClientRects(), function (r) {"
                        + "      if (r.width > 0) { lines[Math.round(r.bottom)] = true; } });"
                        + "    if (Object.keys(lines).length > 1) { split.push(m[0]); }"
                        + "  }"
                        + "}"
                        + "});"
                        + "return split;",
                selector);
    }

    /** How many CSS pixels the page is wider than the window: above zero, the page scrolls sideways. */
    long sidewaysOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile does no harm.
        }
    }
}
