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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The maps in headless Chromium (Debian's package) against the production jar with demo data and
 * no map tiles (MAP_TILE_URL empty, so nothing is fetched): the head's dashboard map draws a
 * circle per village with requests and opens a village's figures on a click; the planner's map
 * draws all 54 villages and opens a village's factor breakdown.
 */
class MapBrowserIT {

    private static final String DB_URL = "jdbc:postgresql://127.0.0.1:5432/dukcapil_browser_"
            + ProcessHandle.current().pid();
    private static final String WEBHOOK_SECRET = "browser-map-webhook-secret";
    private static Process app;
    private static Path appLog;
    private static String baseUrl;
    private static ChromeDriver driver;

    @BeforeAll
    static void startProductionJarAndBrowser() throws Exception {
        File jar =
                new File(System.getProperty("browser.jar", "target/production/dukcapil-dashboard-0.1.0-SNAPSHOT.jar"));
        assertThat(jar)
                .as("production jar built by the pre-integration-test phase")
                .exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        baseUrl = "http://localhost:" + port;
        appLog = Files.createTempFile("dukcapil-browser-app", ".log");
        ProcessBuilder pb = new ProcessBuilder(
                javaBinary(),
                "-Xmx1g",
                "-jar",
                jar.getAbsolutePath(),
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--app.demo-data.cases=20000");
        pb.environment().put("DB_URL", DB_URL);
        pb.environment().put("WHATSAPP_APP_SECRET", WEBHOOK_SECRET);
        // No tiles: the maps draw on a plain background and the test fetches nothing from outside.
        pb.environment().put("MAP_TILE_URL", "");
        pb.redirectErrorStream(true).redirectOutput(appLog.toFile());
        app = pb.start();
        waitForHttp(baseUrl + "/login", Duration.ofMinutes(4));
        // The server answers while the demo data loads; its accounts exist only once the cases are in.
        waitForLog("demo accounts", Duration.ofMinutes(4));
        assertThat(Files.readString(appLog))
                .as("the jar runs in production mode")
                .doesNotContain("in development mode");

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
                "--window-size=1400,1000",
                "--lang=id-ID",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
        DatabaseBootstrap.dropDatabase(DB_URL, "postgres", "");
    }

    @Test
    void head_opens_the_dashboard_map_and_a_villages_figures() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        signIn(wait, "kepala");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-tab-map")))
                .click();
        By circles = By.cssSelector("#dashboard-map path.leaflet-interactive");
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-map-table")));
        // One circle per row of the table below it: the villages with requests in the period.
        wait.until(d -> {
            long rows = gridSize(table);
            return rows > 0 && d.findElements(circles).size() == rows;
        });
        assertThat(gridSize(table)).isEqualTo(54);
        assertLeafletStyledWithoutTiles("dashboard-map");
        screenshot("map-01-dashboard");

        clickMarker(wait, circles);
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("village-figures-total")));
        assertThat(total.getText()).matches("[1-9][0-9.]*");
        assertThat(driver.findElement(By.id("village-figures-population")).getText())
                .matches("[0-9.]+.*");
        screenshot("map-02-dashboard-village");
        driver.findElement(By.id("village-figures-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("village-figures-total")));
    }

    @Test
    void planner_opens_the_planner_map_and_a_villages_factor_breakdown() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        signIn(wait, "perencana");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        driver.get(baseUrl + "/jemput-bola");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("planner-tab-map")))
                .click();
        By markers = By.cssSelector("#planner-map path.leaflet-interactive");
        wait.until(d -> d.findElements(markers).size() == 54);
        assertLeafletStyledWithoutTiles("planner-map");
        screenshot("map-03-planner");

        clickMarker(wait, markers);
        // The dialog's content sits in its overlay, not under the dialog element: look for it by its ids.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("village-breakdown-close")));
        WebElement breakdown =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id^=breakdown-]")));
        wait.until(d -> !breakdown
                .findElements(By.cssSelector("vaadin-grid-cell-content"))
                .isEmpty());
        screenshot("map-04-planner-breakdown");
        driver.findElement(By.id("village-breakdown-close")).click();
    }

    /** Leaflet's stylesheet is loaded (its panes are absolutely placed) and no tile was requested. */
    private static void assertLeafletStyledWithoutTiles(String mapId) {
        WebElement map = driver.findElement(By.id(mapId));
        assertThat(map.getAttribute("data-no-tiles")).isNotNull();
        assertThat(map.findElements(By.cssSelector(".leaflet-tile"))).isEmpty();
        assertThat(map.findElement(By.cssSelector(".leaflet-pane")).getCssValue("position"))
                .isEqualTo("absolute");
        assertThat(map.findElements(By.cssSelector(".leaflet-map-legend"))).hasSize(1);
        assertThat(map.findElements(By.cssSelector(".leaflet-map-label"))).isNotEmpty();
    }

    /** Clicks the largest marker (the easiest target, not hidden under another). */
    private static void clickMarker(WebDriverWait wait, By markers) {
        WebElement marker = driver.findElements(markers).stream()
                .max(java.util.Comparator.comparingInt(
                        e -> e.getSize().getWidth() * e.getSize().getHeight()))
                .orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", marker);
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(marker)
                .click()
                .perform();
    }

    /** Rows of a Vaadin grid, whether rendered or not. */
    private static long gridSize(WebElement grid) {
        Object size = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].size ?? arguments[0]._flatSize ?? 0", grid);
        return ((Number) size).longValue();
    }

    private static void signIn(WebDriverWait wait, String username) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        WebElement loginForm = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        wait.until(d ->
                !loginForm.findElements(By.cssSelector("input[name=username]")).isEmpty());
        loginForm.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        loginForm.findElement(By.cssSelector("input[name=password]")).sendKeys("rahasia123", Keys.ENTER);
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void waitForHttp(String url, Duration timeout) throws Exception {
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
            app.onExit()
                    .completeOnTimeout(null, 1, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
        }
        throw new IllegalStateException("The app did not answer within " + timeout + ":\n" + Files.readString(appLog));
    }

    private static void waitForLog(String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.readString(appLog).contains(text)) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The app never logged '" + text + "':\n" + Files.readString(appLog));
            }
            // Blocks up to a second unless the app exits: a bounded poll of the log, not a fixed sleep.
            app.onExit()
                    .completeOnTimeout(null, 1, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
