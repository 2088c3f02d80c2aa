package id.ppu.dukcapil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The maps in headless Chromium (Debian's package) against the production jar with demo data and
 * no map tiles (MAP_TILE_URL empty, so nothing is fetched): the head's dashboard map draws a
 * circle per village with requests and opens a village's figures on a click; the planner's map
 * draws all 54 villages and opens a village's factor breakdown.
 */
class MapBrowserIT {

    private static final String WEBHOOK_SECRET = "browser-map-webhook-secret";
    private static ProductionJourney journey;
    private static String baseUrl;
    private static ChromeDriver driver;

    @BeforeAll
    static void startProductionJarAndBrowser() throws Exception {
        journey = ProductionJourney.start(
                "browser_map", "1400,1000", Map.of("WHATSAPP_APP_SECRET", WEBHOOK_SECRET, "MAP_TILE_URL", ""));
        driver = journey.driver;
        baseUrl = journey.baseUrl;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (journey != null) {
            journey.close();
        }
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
        journey.signIn(wait, username);
    }

    private static void screenshot(String name) throws IOException {
        journey.screenshot(name);
    }
}
