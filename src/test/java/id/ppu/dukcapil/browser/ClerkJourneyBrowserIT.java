package id.ppu.dukcapil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk's journey in headless Chromium (Debian's package) against the production jar, which
 * the build makes just before this test: sign in, search a case, change its status, and see
 * the change in the history. Sending on WhatsApp is on, through a local stand-in of the Cloud API.
 */
class ClerkJourneyBrowserIT {

    private static final String WEBHOOK_SECRET = "browser-journey-webhook-secret";
    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static ProductionJourney journey;
    private static String baseUrl;
    private static ChromeDriver driver;
    private static CloudApi cloudApi;

    @BeforeAll
    static void startProductionJarAndBrowser() throws Exception {
        cloudApi = new CloudApi();
        journey = ProductionJourney.start(
                "browser",
                "1400,1000",
                Map.of(
                        "WHATSAPP_APP_SECRET",
                        WEBHOOK_SECRET,
                        "WHATSAPP_API_URL",
                        cloudApi.url(),
                        "WHATSAPP_ACCESS_TOKEN",
                        "browser-journey-access-token",
                        "WHATSAPP_PHONE_NUMBER_ID",
                        PHONE_NUMBER_ID));
        driver = journey.driver;
        baseUrl = journey.baseUrl;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (journey != null) {
            journey.close();
        }
        if (cloudApi != null) {
            cloudApi.close();
        }
    }

    /**
     * A stand-in for the WhatsApp Business Cloud API over real HTTP: it accepts every
     * {@code POST /v25.0/{phone-number-id}/messages} as Meta does, with a fresh wamid, and keeps what it got.
     */
    static final class CloudApi implements AutoCloseable {

        /** One message as received, and the wamid it was answered with. */
        record Received(String path, String authorization, String to, String text, String wamid) {}

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();
        private final com.sun.net.httpserver.HttpServer server;
        private final List<Received> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

        CloudApi() throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 10);
            server.createContext("/", exchange -> {
                try (exchange) {
                    com.fasterxml.jackson.databind.JsonNode body =
                            JSON.readTree(exchange.getRequestBody().readAllBytes());
                    String wamid = "wamid.BROWSER" + ids.incrementAndGet();
                    received.add(new Received(
                            exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            body.path("to").asText(),
                            body.path("text").path("body").asText(null),
                            wamid));
                    byte[] answer = ("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""
                                    + body.path("to").asText() + "\",\"wa_id\":\""
                                    + body.path("to").asText()
                                    + "\"}],\"messages\":[{\"id\":\"" + wamid + "\"}]}")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, answer.length);
                    exchange.getResponseBody().write(answer);
                }
            });
            server.start();
        }

        /** The API base as WHATSAPP_API_URL names it. */
        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v25.0";
        }

        List<Received> to(String waId) {
            return received.stream().filter(r -> r.to().equals(waId)).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Posts {@code body} to the app's webhook signed with the app secret, as Meta signs its deliveries. */
    private static HttpResponse<String> postWebhook(String body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                WEBHOOK_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256="
                + java.util.HexFormat.of()
                        .formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/whatsapp/webhook"))
                                .header("Content-Type", "application/json")
                                .header("X-Hub-Signature-256", signature)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** A webhook delivery as Meta sends it, its value holding {@code json} (contacts and messages, or statuses). */
    private static String webhookValue(String json) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"6281100000000",\
                "phone_number_id":"%s"},%s}}]}]}""".formatted(PHONE_NUMBER_ID, json);
    }

    @Test
    void a_clerk_answers_a_triage_question_with_a_quick_answer_and_sees_it_delivered() throws Exception {
        String resident = "6281299990002";
        String question = "Syaratnya apa saja untuk bikin kartu anak? " + System.nanoTime();
        assertThat(postWebhook(webhookValue("""
                        "contacts":[{"profile":{"name":"Ibu Rina"},"wa_id":"%s"}],"messages":[{"from":"%s",\
                        "id":"wamid.browser-question-%d","timestamp":"%d","type":"text","text":{"body":"%s"}}]\
                        """.formatted(
                                        resident,
                                        resident,
                                        System.nanoTime(),
                                        Instant.now().getEpochSecond(),
                                        question)))
                        .statusCode())
                .isEqualTo(200);

        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "petugas");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
            driver.get(baseUrl + "/kasus/triase");
            By cells = By.cssSelector("#triage-grid vaadin-grid-cell-content");
            wait.until(d ->
                    d.findElements(cells).stream().anyMatch(e -> e.getText().contains(question)));
            driver.findElements(cells).stream()
                    .filter(e -> e.getText().contains(question))
                    .findFirst()
                    .orElseThrow()
                    .click();

            // The clerk picks the KIA requirements among the quick answers; their text fills the reply.
            WebElement picker =
                    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#triage-quick-answer input")));
            picker.click();
            picker.sendKeys("Identitas Anak");
            By option = By.cssSelector("vaadin-combo-box-item");
            wait.until(d ->
                    d.findElements(option).stream().anyMatch(e -> e.getText().contains("Syarat Kartu Identitas Anak")));
            driver.findElements(option).stream()
                    .filter(e -> e.getText().contains("Syarat Kartu Identitas Anak"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            By replyText = By.cssSelector("#triage-reply-text textarea");
            wait.until(d -> d.findElement(replyText).getDomProperty("value").startsWith("Syarat Kartu Identitas Anak"));
            String text = driver.findElement(replyText).getDomProperty("value");
            screenshot("18-triage-quick-answer-picked");
            driver.findElement(By.id("triage-reply-send")).click();

            // The app's outbox worker sends it to the Cloud API stand-in: exactly that text, once.
            wait.until(d -> !cloudApi.to(resident).isEmpty());
            assertThat(cloudApi.to(resident)).singleElement().satisfies(r -> {
                assertThat(r.text()).isEqualTo(text);
                assertThat(r.path()).isEqualTo("/v25.0/" + PHONE_NUMBER_ID + "/messages");
                assertThat(r.authorization()).isEqualTo("Bearer browser-journey-access-token");
            });
            By status = By.cssSelector("#triage-messages .triage-reply-status");
            driver.findElement(By.id("triage-reload")).click();
            wait.until(d ->
                    d.findElements(status).stream().anyMatch(e -> e.getText().equals("Terkirim")));

            // Meta reports the delivery; the clerk reads the thread again and sees it.
            String wamid = cloudApi.to(resident).get(0).wamid();
            assertThat(postWebhook(webhookValue(
                                    """
                            "statuses":[{"id":"%s","status":"delivered","timestamp":"%d","recipient_id":"%s"}]\
                            """.formatted(wamid, Instant.now().getEpochSecond(), resident)))
                            .statusCode())
                    .isEqualTo(200);
            driver.findElement(By.id("triage-reload")).click();
            wait.until(d ->
                    d.findElements(status).stream().anyMatch(e -> e.getText().equals("Diterima")));
            assertThat(cloudApi.to(resident)).hasSize(1);
            screenshot("19-triage-reply-delivered");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void clerk_signs_in_finds_a_case_changes_its_status_and_sees_it_in_the_history() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        signIn(wait, "petugas");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-grid")));
        screenshot("01-case-list");
        // Pick the newest open case that still awaits verification, then find it by typing part of its number.
        driver.get(baseUrl + "/kasus?status=SUBMITTED,VERIFIED");
        By cells = By.cssSelector("#case-grid vaadin-grid-cell-content");
        wait.until(d -> d.findElements(cells).stream().anyMatch(e -> e.getText().startsWith("PPU-")));
        String caseNumber = driver.findElements(cells).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("PPU-"))
                .findFirst()
                .orElseThrow();
        driver.get(baseUrl + "/kasus");
        WebElement search = wait.until(d -> d.findElement(By.cssSelector("#filter-text input")));
        search.sendKeys(caseNumber);
        wait.until(d -> d.findElements(cells).stream()
                .map(WebElement::getText)
                .filter(t -> t.startsWith("PPU-"))
                .toList()
                .equals(List.of(caseNumber)));
        screenshot("02-search");
        driver.findElements(cells).stream()
                .filter(e -> e.getText().equals(caseNumber))
                .findFirst()
                .orElseThrow()
                .click();

        wait.until(ExpectedConditions.textToBe(By.id("case-title"), caseNumber));
        WebElement combo = driver.findElement(By.cssSelector("#next-status input"));
        combo.click();
        combo.sendKeys("Diproses");
        combo.sendKeys(Keys.ENTER);
        driver.findElement(By.id("status-comment"))
                .findElement(By.tagName("input"))
                .sendKeys("Diperiksa lewat uji peramban");
        driver.findElement(By.id("change-status")).click();

        wait.until(d -> historyTexts().contains("Diperiksa lewat uji peramban"));
        List<String> history = historyTexts();
        assertThat(history).contains("petugas").anyMatch(t -> t.endsWith("→ Diproses"));
        assertThat(driver.findElement(By.id("fact-status")).getText()).isEqualTo("Diproses");
        screenshot("03-detail-after-change");
    }

    @Test
    void head_signs_in_and_reads_the_dashboard_with_rendered_charts() throws Exception {
        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "kepala");

            // The head starts on the dashboard; ApexCharts draws each chart as SVG inside <apex-chart>.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-cases-value")));
            assertThat(driver.getCurrentUrl()).contains("/dasbor");
            wait.until(d -> d.findElements(By.cssSelector("apex-chart svg.apexcharts-svg"))
                            .size()
                    >= 7);
            wait.until(d -> !d.findElements(By.cssSelector("#chart-trend .apexcharts-bar-area"))
                    .isEmpty());
            assertThat(driver.findElement(By.id("kpi-cases-value")).getText()).matches("[0-9.]+");
            assertThat(driver.findElements(By.cssSelector("#chart-areas .apexcharts-bar-area")))
                    .isNotEmpty();
            screenshot("04-dashboard");

            // A click on a district's bar drills down to its villages.
            WebElement bar = driver.findElements(By.cssSelector("#chart-areas .apexcharts-bar-area"))
                    .get(0);
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", bar);
            wait.until(ExpectedConditions.elementToBeClickable(bar)).click();
            wait.until(d -> d.getCurrentUrl().contains("district="));
            wait.until(d -> !d.findElements(By.id("area-back")).isEmpty());
            screenshot("05-dashboard-villages");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void planner_reads_the_two_by_two_chart_and_opens_a_village_from_it() throws Exception {
        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "perencana");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));

            driver.get(baseUrl + "/jemput-bola");
            wait.until(d -> !d.findElements(By.cssSelector("#priority-grid vaadin-grid-cell-content"))
                    .isEmpty());
            screenshot("06-planner-ranking");
            driver.findElements(By.cssSelector("#planner-tabs vaadin-tab"))
                    .get(1)
                    .click();
            // One marker per village of the regency, drawn by ApexCharts inside the tab that was hidden at first.
            By markers = By.cssSelector("#red-chart .apexcharts-series-markers .apexcharts-marker");
            wait.until(d -> d.findElements(markers).size() == 54);
            assertThat(driver.findElements(By.cssSelector("#red-chart .apexcharts-xaxis-annotations line,"
                            + " #red-chart .apexcharts-yaxis-annotations line")))
                    .hasSize(2);
            screenshot("07-planner-red-chart");

            WebElement marker = driver.findElements(markers).get(0);
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", marker);
            new org.openqa.selenium.interactions.Actions(driver)
                    .moveToElement(marker)
                    .click()
                    .perform();
            // The click opens the village's score breakdown in the ranking tab.
            wait.until(d -> !d.findElements(By.cssSelector("[id^=breakdown-]")).isEmpty());
            assertThat(driver.findElements(By.cssSelector("#planner-tabs vaadin-tab"))
                            .get(0)
                            .getAttribute("selected"))
                    .isNotNull();
            screenshot("08-planner-village-from-chart");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void administrator_opens_a_case_and_finds_the_opening_in_the_audit_trail() throws Exception {
        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "admin");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));

            driver.get(baseUrl + "/kasus");
            By cells = By.cssSelector("#case-grid vaadin-grid-cell-content");
            wait.until(d ->
                    d.findElements(cells).stream().anyMatch(e -> e.getText().startsWith("PPU-")));
            WebElement first = driver.findElements(cells).stream()
                    .filter(e -> e.getText().startsWith("PPU-"))
                    .findFirst()
                    .orElseThrow();
            String caseNumber = first.getText();
            first.click();
            wait.until(ExpectedConditions.textToBe(By.id("case-title"), caseNumber));

            // The audit view opens on today's entries, newest first: the opening just made is among them.
            driver.get(baseUrl + "/admin/jejak-audit");
            By auditCells = By.cssSelector("#audit-grid vaadin-grid-cell-content");
            wait.until(d -> d.findElements(auditCells).stream()
                    .anyMatch(e -> e.getText().equals(caseNumber)));
            List<String> texts = driver.findElements(auditCells).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(texts).contains("admin", caseNumber);
            screenshot("09-audit-trail");

            driver.get(baseUrl + "/admin/pengguna");
            wait.until(d -> d.findElements(By.cssSelector("#users-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(e -> e.getText().equals("petugas")));
            screenshot("13-admin-users");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void a_photo_sent_on_whatsapp_waits_in_the_clerks_triage_queue_with_its_caption() throws Exception {
        String caption = "Ini foto KK saya, mohon dibantu " + System.nanoTime();
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"6281100000000",\
                "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Warga Uji"},"wa_id":"6281299990001"}],\
                "messages":[{"from":"6281299990001","id":"wamid.browser-photo-%d","timestamp":"%d","type":"image",\
                "image":{"caption":"%s","mime_type":"image/jpeg","sha256":"x","id":"1013859600285441"}}]}}]}]}""".formatted(System.nanoTime(), Instant.now().getEpochSecond(), caption);
        assertThat(postWebhook(body).statusCode()).isEqualTo(200);

        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "petugas");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
            driver.get(baseUrl + "/kasus/triase");
            By cells = By.cssSelector("#triage-grid vaadin-grid-cell-content");
            wait.until(d ->
                    d.findElements(cells).stream().anyMatch(e -> e.getText().contains(caption)));
            screenshot("10-triage-photo");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void head_sees_the_case_list_with_names_masked() throws Exception {
        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "kepala");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-cases-value")));
            driver.get(baseUrl + "/kasus");
            By cells = By.cssSelector("#case-grid vaadin-grid-cell-content");
            wait.until(d ->
                    d.findElements(cells).stream().anyMatch(e -> e.getText().startsWith("PPU-")));
            List<String> texts =
                    driver.findElements(cells).stream().map(WebElement::getText).toList();
            // Applicants' names reach the head masked to their initials ("S*** A*****"); no NIK is listed.
            assertThat(texts)
                    .anyMatch(t -> t.matches("\\p{L}\\*+(\\s\\p{L}\\*+)+"))
                    .noneMatch(t -> t.matches(".*[0-9]{16}.*"));
            screenshot("11-head-case-list-masked");

            // The case detail is masked too; its history says who did what and when.
            driver.findElements(cells).stream()
                    .filter(e -> e.getText().startsWith("PPU-"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            wait.until(d -> !d.findElements(By.id("case-title")).isEmpty());
            wait.until(d -> !d.findElements(By.cssSelector("#history-grid vaadin-grid-cell-content"))
                    .isEmpty());
            screenshot("12-head-case-detail-masked");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void clerk_starts_the_day_on_overdue_takes_the_oldest_case_completes_it_and_the_head_sees_the_standards()
            throws Exception {
        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "petugas");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));

            // The queues open on "Lewat tenggat", with its count, oldest due date first.
            driver.get(baseUrl + "/kasus/antrean");
            By overdueTab = By.id("queue-OVERDUE");
            wait.until(ExpectedConditions.presenceOfElementLocated(overdueTab));
            assertThat(driver.findElement(overdueTab).getAttribute("selected")).isNotNull();
            long overdueBefore = tabCount(driver.findElement(overdueTab).getText());
            assertThat(overdueBefore).as("demo data has overdue cases").isPositive();
            By cells = By.cssSelector("#queue-grid vaadin-grid-cell-content");
            wait.until(d ->
                    d.findElements(cells).stream().anyMatch(e -> e.getText().startsWith("PPU-")));
            String caseNumber = driver.findElements(cells).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.startsWith("PPU-"))
                    .findFirst()
                    .orElseThrow();
            screenshot("14-queue-overdue");

            // "Ambil": a demo colleague may hold the oldest case, then taking it over asks first.
            driver.findElement(By.id("take-" + caseNumber)).click();
            wait.until(d -> !d.findElements(By.id("release-" + caseNumber)).isEmpty()
                    || !d.findElements(By.cssSelector("#take-confirm vaadin-button[slot=confirm-button]"))
                            .isEmpty());
            if (driver.findElements(By.id("release-" + caseNumber)).isEmpty()) {
                driver.findElement(By.cssSelector("#take-confirm vaadin-button[slot=confirm-button]"))
                        .click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("release-" + caseNumber)));
            }
            assertThat(driver.findElements(cells).stream().map(WebElement::getText))
                    .contains("petugas");
            screenshot("15-queue-taken");

            // Through the state machine to completed, from whichever running status it is in:
            // Diproses, Siap diambil, Selesai.
            driver.get(baseUrl + "/kasus/" + caseNumber);
            wait.until(ExpectedConditions.textToBe(By.id("case-title"), caseNumber));
            List<String> path = List.of("Diproses", "Siap diambil", "Selesai");
            String status = driver.findElement(By.id("fact-status")).getText();
            assertThat(status).isIn("Diajukan", "Terverifikasi", "Diproses", "Siap diambil");
            int from = status.equals("Diproses") ? 1 : status.equals("Siap diambil") ? 2 : 0;
            for (String target : path.subList(from, path.size())) {
                WebElement combo = driver.findElement(By.cssSelector("#next-status input"));
                combo.click();
                combo.sendKeys(target);
                combo.sendKeys(Keys.ENTER);
                driver.findElement(By.id("change-status")).click();
                wait.until(ExpectedConditions.textToBe(By.id("fact-status"), target));
            }
            wait.until(d -> historyTexts().stream().anyMatch(t -> t.endsWith("→ Selesai")));
            screenshot("16-case-completed");

            // The completed case has left "Lewat tenggat".
            driver.get(baseUrl + "/kasus/antrean");
            wait.until(ExpectedConditions.presenceOfElementLocated(overdueTab));
            assertThat(tabCount(driver.findElement(overdueTab).getText())).isEqualTo(overdueBefore - 1);

            // The head's dashboard shows the share completed within the standard and the overdue backlog.
            signIn(wait, "kepala");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-cases-value")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("standards-section")));
            wait.until(d -> !d.findElements(By.cssSelector("#chart-standards-service .apexcharts-bar-area"))
                    .isEmpty());
            wait.until(d -> !d.findElements(By.cssSelector("#chart-standards-channel .apexcharts-bar-area"))
                    .isEmpty());
            wait.until(d -> !d.findElements(By.cssSelector("#chart-overdue .apexcharts-bar-area"))
                    .isEmpty());
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript(
                            "arguments[0].scrollIntoView({block: 'start'})",
                            driver.findElement(By.id("standards-section")));
            screenshot("17-dashboard-standards");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void administrator_opens_a_quick_answer_with_its_character_count() throws Exception {
        driver.manage().deleteAllCookies();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            signIn(wait, "admin");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
            driver.get(baseUrl + "/admin/jawaban-cepat");
            By cells = By.cssSelector("#quick-answers-grid vaadin-grid-cell-content");
            wait.until(d ->
                    d.findElements(cells).stream().anyMatch(e -> e.getText().equals("Syarat KTP-el")));
            driver.findElements(cells).stream()
                    .filter(e -> e.getText().equals("Syarat KTP-el"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            By body = By.cssSelector("#quick-answer-body textarea");
            wait.until(d -> d.findElement(body).getDomProperty("value").startsWith("Syarat KTP-el"));
            int length = driver.findElement(body).getDomProperty("value").length();
            assertThat(driver.findElement(By.id("quick-answer-body")).getText()).contains(length + " / 4096 karakter");
            screenshot("20-admin-quick-answer");
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    /** The count in a queue tab's label, "Lewat tenggat (12)". */
    private static long tabCount(String label) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\((\\d+)\\)$").matcher(label.trim());
        assertThat(m.find()).as("a count in the tab label '%s'", label).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> historyTexts() {
        return driver.findElements(By.cssSelector("#history-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void signIn(WebDriverWait wait, String username) {
        journey.signIn(wait, username);
    }

    private static void screenshot(String name) throws IOException {
        journey.screenshot(name);
    }
}
