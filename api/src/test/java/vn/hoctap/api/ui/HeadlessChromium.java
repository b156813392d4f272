package vn.hoctap.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both at fixed paths, so that Selenium Manager never
 * looks for (or downloads) a browser or a driver. The tests that use it are skipped when either is absent.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Debian's paths; another may be given with -Dhoctap.test.chromium and -Dhoctap.test.chromedriver. */
    static final Path CHROMIUM = Path.of(System.getProperty("hoctap.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("hoctap.test.chromedriver", "/usr/bin/chromedriver"));
    static final Dimension OFFICE_SCREEN = new Dimension(1366, 768);

    private final ChromeDriver driver;
    private final Path screenshots;
    private final Predicate<String> expectedErrors;

    private HeadlessChromium(ChromeDriver driver, Path screenshots, Predicate<String> expectedErrors) {
        this.driver = driver;
        this.screenshots = screenshots;
        this.expectedErrors = expectedErrors;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Skips the calling test (a JUnit assumption) when Chromium or its driver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(installed(),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing "
                        + "(install them with: apt-get install -y chromium chromium-driver)");
    }

    /**
     * A browser with a 1366×768 window, downloads going to {@code downloads} without asking, and every console message
     * kept; console errors matching {@code expectedErrors} (answers the test provokes on purpose) are tolerated.
     */
    static HeadlessChromium start(Path downloads, Path screenshots, Predicate<String> expectedErrors) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        try {
            Files.createDirectories(downloads);
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=" + OFFICE_SCREEN.width + "," + OFFICE_SCREEN.height, "--lang=vi-VN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "vi-VN,vi"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        HeadlessChromium browser = new HeadlessChromium(driver, screenshots, expectedErrors);
        browser.viewport(OFFICE_SCREEN);
        return browser;
    }

    /** Sizes the window so that the page itself gets {@code size} (the window's frame is added). */
    void viewport(Dimension size) {
        long frameWidth = ((Number) script("return window.outerWidth - window.innerWidth")).longValue();
        long frameHeight = ((Number) script("return window.outerHeight - window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(size.width + (int) frameWidth, size.height + (int) frameHeight));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads the page at {@code url} afresh, as a link opened in a new tab would (also when only its hash differs). */
    void open(String url) {
        driver.get("about:blank");
        driver.get(url);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitUntil(String description, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(description).until(d -> condition.get());
    }

    WebElement find(By locator) {
        return driver.findElement(locator);
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The visible window as {@code name}.png. */
    Path screenshot(String name) {
        Path target = screenshots.resolve(name + ".png");
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The whole page (the window stretched to its height for the shot), as {@code name}.png. */
    Path fullPageScreenshot(String name) {
        long width = ((Number) script("return window.innerWidth")).longValue();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        return inViewport(new Dimension((int) width, (int) Math.min(12_000, Math.max(height, 200))), name);
    }

    /** A screenshot in a phone's window (390×844), scrolled to the element with {@code id} when one is given. */
    Path phoneScreenshot(String name, String id) {
        Dimension before = driver.manage().window().getSize();
        viewport(new Dimension(390, 844));
        try {
            if (id != null) {
                script("document.getElementById(arguments[0]).scrollIntoView()", id);
            }
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The first printed A4 page: print media emulated in a window of A4's size at 96 dpi (794×1123). */
    Path printScreenshot(String name) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return inViewport(new Dimension(794, 1123), name);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private Path inViewport(Dimension size, String name) {
        Dimension before = driver.manage().window().getSize();
        viewport(size);
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Fails on any console error since the last call (script errors, failed loads), except the expected ones. */
    void assertNoConsoleErrors() {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(expectedErrors.negate()).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
