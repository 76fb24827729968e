package org.broadsheet.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, driven through its own chromedriver so nothing is
 * downloaded. Browser tests must run in CI: a missing browser fails them, with what to install.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Starts a browser with a fresh profile under {@code work}, 1280×900. */
    public static ChromeDriver start(Path work) throws IOException {
        return start(work, options -> { });
    }

    /** Starts a browser with a fresh profile under {@code work}; {@code tune} may adjust its options. */
    public static ChromeDriver start(Path work, Consumer<ChromeOptions> tune) throws IOException {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            fail("the browser tests need Debian's Chromium and its driver at " + BINARY + " and " + DRIVER
                    + ": apt-get install chromium chromium-driver");
        }
        Files.createDirectories(work);
        ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(work, "chromium"), "--window-size=1280,900");
        tune.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
