package id.ppu.dukcapil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
 * The two-way WhatsApp screens and the administrators' screens of this round in headless Chromium against the
 * production jar with demo data: the head's WhatsApp and coverage tabs show the demo's figures, an administrator
 * reads the notification texts with their preview, the outbox with the demo's failures, the service standards and
 * population screens, and a clerk reads a resident's conversation in the case detail. Each step leaves a
 * screenshot (whatsapp-*) to look at.
 */
class WhatsAppScreensBrowserIT {

    private static ProductionJourney journey;
    private static ChromeDriver driver;

    @BeforeAll
    static void startProductionJarAndBrowser() throws Exception {
        journey = ProductionJourney.start(
                "browser_whatsapp",
                "1400,1000",
                Map.of("WHATSAPP_APP_SECRET", "browser-whatsapp-webhook-secret", "MAP_TILE_URL", ""));
        driver = journey.driver;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (journey != null) {
            journey.close();
        }
    }

    @Test
    void head_reads_the_whatsapp_figures_and_the_coverage_of_the_demo() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        journey.signIn(wait, "kepala");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("dashboard-tab-whatsapp")))
                .click();
        WebElement response = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kpi-wa-response-value")));
        // The demo answers residents within working hours: a median in minutes or hours, not a dash.
        wait.until(d -> response.getText().matches(".*[0-9].*"));
        assertThat(driver.findElement(By.id("kpi-wa-notified-value")).getText()).matches("[1-9][0-9.]*");
        assertThat(driver.findElements(By.id("whatsapp-empty")))
                .as("no empty state over the demo's figures")
                .noneMatch(WebElement::isDisplayed);
        wait.until(d ->
                !d.findElements(By.cssSelector("#chart-whatsapp-statuses svg")).isEmpty());
        journey.waitUntilIdle();
        journey.screenshot("whatsapp-01-head-tab");

        driver.findElement(By.id("dashboard-tab-coverage")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-coverage")));
        wait.until(d ->
                !d.findElements(By.cssSelector("#chart-coverage-trend svg")).isEmpty());
        journey.waitUntilIdle();
        journey.screenshot("whatsapp-02-head-coverage-tab");
    }

    @Test
    void administrator_reads_notification_texts_outbox_standards_and_population() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        journey.signIn(wait, "admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));

        driver.get(journey.baseUrl + "/admin/teks-notifikasi");
        WebElement preview =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-preview-REJECTED")));
        // The preview fills the placeholders for a sample case: no brace is left.
        wait.until(d -> preview.getText().contains("PPU-"));
        assertThat(preview.getText()).doesNotContain("{alasan}").contains("BERHENTI");
        journey.waitUntilIdle();
        journey.screenshot("whatsapp-03-admin-notification-texts");

        driver.get(journey.baseUrl + "/admin/pesan-keluar");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox-grid")));
        wait.until(d -> gridSize(d.findElement(By.id("outbox-grid"))) > 0);
        journey.waitUntilIdle();
        journey.screenshot("whatsapp-04-admin-outbox");

        driver.get(journey.baseUrl + "/admin/standar-layanan");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standards-grid")));
        wait.until(d -> gridSize(d.findElement(By.id("standards-grid"))) == 7);
        journey.waitUntilIdle();
        journey.screenshot("whatsapp-05-admin-standards");

        driver.get(journey.baseUrl + "/admin/penduduk-cakupan");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage-villages")));
        wait.until(d -> gridSize(d.findElement(By.id("coverage-villages"))) == 54);
        journey.waitUntilIdle();
        journey.screenshot("whatsapp-06-admin-population-coverage");
    }

    @Test
    void clerk_reads_a_residents_conversation_with_the_reply_in_the_case_detail() throws Exception {
        String caseNumber = answeredConversationCase();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        journey.signIn(wait, "petugas");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        driver.get(journey.baseUrl + "/kasus/" + caseNumber);
        WebElement thread = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-thread")));
        wait.until(d -> !thread.findElements(By.cssSelector(".triage-message")).isEmpty()
                && !thread.findElements(By.cssSelector(".triage-reply")).isEmpty());
        assertThat(thread.findElements(By.cssSelector(".triage-reply-status")))
                .as("each reply shows where it stands")
                .isNotEmpty();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", thread);
        journey.waitUntilIdle();
        journey.screenshot("whatsapp-07-clerk-case-thread");
    }

    /** A demo case whose resident wrote on WhatsApp and got a clerk's reply. */
    private static String answeredConversationCase() throws Exception {
        try (Connection c = DriverManager.getConnection(journey.databaseUrl(), "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("""
                                select sc.case_number from service_case sc
                                where exists (select 1 from inbound_message m where m.case_id = sc.id)
                                  and exists (select 1 from outbound_message o
                                              where o.case_id = sc.id and o.kind = 'REPLY')
                                order by sc.id desc limit 1""")) {
            assertThat(rs.next()).as("the demo holds an answered conversation").isTrue();
            return rs.getString(1);
        }
    }

    private static long gridSize(WebElement grid) {
        Object size = driver.executeScript("return arguments[0].size ?? arguments[0]._flatSize ?? 0", grid);
        return ((Number) size).longValue();
    }
}
