package id.ppu.dukcapil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.base.DatabaseBootstrap;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey starts with: the production jar with demo data on a free port and a
 * database of its own, and Debian's headless Chromium in front of it (with the flags this closed
 * network needs). {@link #close()} stops both and drops the database.
 */
final class ProductionJourney implements AutoCloseable {

    final String baseUrl;
    final ChromeDriver driver;
    private final Process app;
    private final Path appLog;
    private final String databaseUrl;

    private ProductionJourney(String baseUrl, ChromeDriver driver, Process app, Path appLog, String databaseUrl) {
        this.baseUrl = baseUrl;
        this.driver = driver;
        this.app = app;
        this.appLog = appLog;
        this.databaseUrl = databaseUrl;
    }

    /**
     * @param name        names the database and the log (with this JVM's pid)
     * @param windowSize  Chromium's window, e.g. "1400,1000"
     * @param environment extra environment of the app (secrets, MAP_TILE_URL, ...)
     */
    static ProductionJourney start(String name, String windowSize, Map<String, String> environment) throws Exception {
        File jar =
                new File(System.getProperty("browser.jar", "target/production/dukcapil-dashboard-0.1.0-SNAPSHOT.jar"));
        assertThat(jar)
                .as("production jar built by the pre-integration-test phase")
                .exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String databaseUrl = "jdbc:postgresql://127.0.0.1:5432/dukcapil_" + name + "_"
                + ProcessHandle.current().pid();
        Path appLog = Files.createTempFile("dukcapil-" + name + "-app", ".log");
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                jar.getAbsolutePath(),
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--app.demo-data.cases=20000");
        pb.environment().put("DB_URL", databaseUrl);
        pb.environment().putAll(environment);
        pb.redirectErrorStream(true).redirectOutput(appLog.toFile());
        Process app = pb.start();
        String baseUrl = "http://localhost:" + port;
        waitForHttp(app, appLog, baseUrl + "/login", Duration.ofMinutes(4));
        // The server answers while the demo data loads; its accounts exist only once the cases are in.
        waitForLog(app, appLog, "demo accounts", Duration.ofMinutes(4));
        assertThat(Files.readString(appLog))
                .as("the jar runs in production mode")
                .doesNotContain("in development mode");
        return new ProductionJourney(baseUrl, chromium(windowSize), app, appLog, databaseUrl);
    }

    private static ChromeDriver chromium(String windowSize) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + windowSize,
                "--lang=id-ID",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        return new ChromeDriver(service, options);
    }

    /** Signs out whoever was signed in (by dropping the session cookie), then signs in with the demo password. */
    void signIn(WebDriverWait wait, String username) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        WebElement loginForm = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        wait.until(d ->
                !loginForm.findElements(By.cssSelector("input[name=username]")).isEmpty());
        loginForm.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        loginForm.findElement(By.cssSelector("input[name=password]")).sendKeys("rahasia123", Keys.ENTER);
    }

    /** The JDBC URL of the journey's own database (user postgres), to find demo rows to open. */
    String databaseUrl() {
        return databaseUrl;
    }

    /** Writes the browser's view to target/screenshots/{name}.png. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits until Vaadin has no round trip in flight. */
    void waitUntilIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d -> Boolean.TRUE.equals(
                                driver.executeScript(
                                        "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                                                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        app.destroy();
        app.waitFor();
        DatabaseBootstrap.dropDatabase(databaseUrl, "postgres", "");
    }

    private static void waitForHttp(Process app, Path appLog, String url, Duration timeout) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app stopped:\n" + Files.readString(appLog));
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet: the next attempt blocks on connect, so this loop does not spin
            }
            app.onExit().completeOnTimeout(null, 1, TimeUnit.SECONDS).join();
        }
        throw new IllegalStateException("The app did not answer within " + timeout + ":\n" + Files.readString(appLog));
    }

    private static void waitForLog(Process app, Path appLog, String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.readString(appLog).contains(text)) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The app never logged '" + text + "':\n" + Files.readString(appLog));
            }
            // Blocks up to a second unless the app exits: a bounded poll of the log, not a fixed sleep.
            app.onExit().completeOnTimeout(null, 1, TimeUnit.SECONDS).join();
        }
    }
}
