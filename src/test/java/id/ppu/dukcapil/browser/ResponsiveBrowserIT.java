package id.ppu.dukcapil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The main screens of each role on a 390x844 phone and a 768x1024 touch tablet, in headless Chromium against the
 * production jar: nothing reaches past the right edge of the screen (grids scroll inside themselves), the head
 * reads the KPIs and the trend and signs out through the phone's header menu, and the desk forms ask for the
 * numeric keyboard and have touch-sized fields. Screenshots: target/screenshots/mobile-*.png and tablet-*.png.
 */
class ResponsiveBrowserIT {

    /**
     * Every visible element whose right edge lies past the window, outside grids and tab strips (which scroll
     * inside themselves), walking open shadow roots too; plus the page's own scroll width.
     */
    private static final String OVERFLOW_SCRIPT = """
            const w = window.innerWidth;
            const bad = [];
            if (document.documentElement.scrollWidth > w) {
              bad.push('document scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w);
            }
            const name = (el) => el.localName + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const path = (el) => { const p = []; for (let e = el; e && p.length < 4; e = e.parentElement || e.getRootNode().host) { p.unshift(name(e)); } return p.join(' > '); };
            const walk = (root) => {
              for (const el of root.children) {
                // Vaadin's connection indicator keeps its (hidden) status text just off the edge.
                if (el.localName === 'vaadin-connection-indicator') continue;
                if (el.localName === 'vaadin-grid' || el.localName === 'vaadin-tabs' || el.localName === 'script'
                    || el.localName === 'style' || el.localName === 'vaadin-app-layout-drawer') {
                  check(el);
                  continue;
                }
                check(el);
                if (el.shadowRoot) walk(el.shadowRoot);
                walk(el);
              }
            };
            const check = (el) => {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || r.right <= w + 1 || r.left >= w) return;
              const cs = getComputedStyle(el);
              if (cs.visibility === 'hidden' || cs.opacity === '0' || cs.display === 'none') return;
              bad.push(path(el) + ' right=' + Math.round(r.right));
            };
            walk(document.body);
            return bad.slice(0, 15);
            """;

    private static ProductionJourney journey;
    private static String baseUrl;
    private static ChromeDriver driver;

    @BeforeAll
    static void startProductionJarAndBrowser() throws Exception {
        journey = ProductionJourney.start("responsive", "1024,1100", Map.of());
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
    void on_a_phone_every_role_s_main_screens_fit_the_width_and_the_head_signs_out_from_the_header_menu()
            throws Exception {
        List<String> problems = walkThroughTheRoles("mobile", 390, 844);
        assertThat(problems).as("elements past the right edge at 390 px").isEmpty();
    }

    @Test
    void on_a_tablet_every_role_s_main_screens_fit_the_width_and_the_desk_forms_suit_touch() throws Exception {
        List<String> problems = walkThroughTheRoles("tablet", 768, 1024);
        assertThat(problems).as("elements past the right edge at 768 px").isEmpty();
    }

    @Test
    void at_the_outreach_desk_on_a_tablet_a_clerk_registers_three_citizens_by_touch_alone() throws Exception {
        emulate(768, 1024);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        signIn(wait, "petugas");
        driver.get(baseUrl + "/jemput-bola/pendaftaran");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form-nik input")));
        // The numeric keyboards a touch device shows for the NIK and the phone number.
        assertThat(driver.findElement(By.cssSelector("#form-nik input")).getAttribute("inputmode"))
                .isEqualTo("numeric");
        assertThat(driver.findElement(By.cssSelector("#form-phone input")).getAttribute("inputmode"))
                .isEqualTo("tel");
        if (driver.findElement(By.cssSelector("#visit-case-visit input"))
                .getAttribute("value")
                .isEmpty()) {
            tap(driver.findElement(By.cssSelector("#visit-case-visit input")));
            tapOption(wait, "vaadin-combo-box-item", null);
        }
        wait.until(d -> d.findElement(By.id("visit-case-count")).getText().matches(".*\\d.*"));
        int before = firstNumber(driver.findElement(By.id("visit-case-count")).getText());

        String suffix = String.format("%03d", (int) (ProcessHandle.current().pid() % 1000));
        String[][] citizens = {
            {"KTP", "640901120390" + "1" + suffix, "Rahmat Hidayat", "081234500001"},
            {"KK", "640901520391" + "2" + suffix, "Siti Rohmah", "081234500002"},
            {"KIA", "640901150115" + "3" + suffix, "Nur Aini", "081234500003"},
        };
        List<String> numbers = new ArrayList<>();
        for (String[] citizen : citizens) {
            tap(driver.findElement(By.cssSelector("#form-service input")));
            tapOption(wait, "vaadin-combo-box-item", serviceLabel(citizen[0]));
            type(By.cssSelector("#form-nik input"), citizen[1]);
            type(By.cssSelector("#form-name input"), citizen[2]);
            type(By.cssSelector("#form-phone input"), citizen[3]);
            tap(driver.findElement(By.cssSelector("#form-village input")));
            tapOption(wait, "vaadin-combo-box-item", null);
            journey.waitUntilIdle();
            tap(driver.findElement(By.id("form-save")));
            String note = wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains("PPU-") && numbers.stream().noneMatch(t::contains))
                    .findFirst()
                    .orElse(null));
            numbers.add(note.replaceAll(".*(PPU-[0-9-]+).*", "$1"));
            // The form is ready for the next citizen: the NIK field is empty again.
            wait.until(d -> d.findElement(By.cssSelector("#form-nik input"))
                    .getAttribute("value")
                    .isEmpty());
            journey.waitUntilIdle();
        }
        check(new ArrayList<>(), "tablet", "11-clerk-outreach-desk-three-registered");
        assertThat(numbers).hasSize(3).doesNotHaveDuplicates().allMatch(n -> n.startsWith("PPU-"));
        wait.until(d -> firstNumber(d.findElement(By.id("visit-case-count")).getText()) == before + 3);
    }

    /** A finger's tap on the element's centre: touch events, no mouse. */
    private static void tap(WebElement element) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        driver.perform(List.of(tap));
    }

    /** Taps the option of an open drop-down whose text is {@code text}, or the first one when null. */
    private static void tapOption(WebDriverWait wait, String tag, String text) {
        WebElement option = wait.until(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> text == null || e.getText().strip().equals(text))
                .findFirst()
                .orElse(null));
        tap(option);
        wait.until(d -> d.findElements(By.cssSelector(tag)).stream().noneMatch(WebElement::isDisplayed));
    }

    /**
     * Taps a field and types on the (on-screen) keyboard, then waits until the server has the value.
     * A field that syncs every keystroke can lose what was typed while the form is still being reset
     * after the previous save; the clerk then sees it empty and types again, and so does this.
     */
    private static void type(By field, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement input = driver.findElement(field);
            tap(input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            journey.waitUntilIdle();
            if (text.equals(driver.findElement(field).getAttribute("value"))) {
                return;
            }
        }
        throw new AssertionError("the field " + field + " did not keep what was typed");
    }

    private static String serviceLabel(String service) {
        return switch (service) {
            case "KTP" -> "e-KTP";
            case "KK" -> "Kartu Keluarga";
            default -> "KIA";
        };
    }

    private static int firstNumber(String text) {
        return Integer.parseInt(text.replaceAll("^\\D*(\\d+).*$", "$1"));
    }

    private List<String> walkThroughTheRoles(String device, int width, int height) throws Exception {
        emulate(width, height);
        List<String> problems = new ArrayList<>();
        // Vaadin re-renders grid cells while they load: an element found a moment ago may be gone.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        boolean phone = width < 600;

        signIn(wait, "kepala");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kpi-cases-value")));
        wait.until(d -> !d.findElements(By.cssSelector("#chart-trend .apexcharts-bar-area"))
                .isEmpty());
        assertThat(driver.findElement(By.id("kpi-cases-value")).getText()).matches("[0-9.]+");
        check(problems, device, "01-head-dashboard");
        if (phone) {
            assertThat(driver.findElement(By.id("logout")).isDisplayed())
                    .as("the wide header's sign-out hides")
                    .isFalse();
            assertThat(driver.findElement(By.id("dashboard-filter-toggle")).isDisplayed())
                    .isTrue();
            assertThat(driver.findElement(By.id("filter-period")).isDisplayed())
                    .as("filters fold away")
                    .isFalse();
            // The KPI cards stack: each starts below the one before it.
            List<WebElement> kpis = driver.findElements(By.cssSelector("[id^=kpi-][id$=-value]"));
            assertThat(kpis.get(1).getRect().getY())
                    .isGreaterThan(kpis.get(0).getRect().getY());
            scrollTo(By.id("chart-trend"));
            check(problems, device, "02-head-trend");
            driver.findElement(By.id("header-menu")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("header-menu-logout")));
            check(problems, device, "03-head-menu");
            driver.findElement(By.id("header-menu-logout")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        } else {
            assertThat(driver.findElement(By.id("logout")).isDisplayed()).isTrue();
        }

        signIn(wait, "petugas");
        driver.get(baseUrl + "/kasus");
        By cells = By.cssSelector("#case-grid vaadin-grid-cell-content");
        wait.until(d -> d.findElements(cells).stream().anyMatch(e -> e.getText().startsWith("PPU-")));
        check(problems, device, "04-clerk-case-list");
        if (phone) {
            // The drawer covers the phone's screen; choosing a screen in it closes it.
            tap(driver.findElement(By.cssSelector("vaadin-drawer-toggle")));
            wait.until(d -> d.findElement(By.cssSelector("vaadin-app-layout")).getAttribute("drawer-opened") != null);
            tap(wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(e -> "kasus/antrean".equals(e.getAttribute("path")))
                    .findFirst()
                    .orElse(null)));
            wait.until(ExpectedConditions.urlContains("/kasus/antrean"));
            wait.until(d -> d.findElement(By.cssSelector("vaadin-app-layout")).getAttribute("drawer-opened") == null);
            // A tap on a case in the phone's narrow list opens it.
            driver.get(baseUrl + "/kasus");
            WebElement first = wait.until(d -> d.findElements(cells).stream()
                    .filter(e -> e.getText().startsWith("PPU-"))
                    .findFirst()
                    .orElse(null));
            String number = first.getText().strip();
            tap(first);
            wait.until(ExpectedConditions.urlContains("/kasus/" + number));
            driver.navigate().back();
            wait.until(d ->
                    d.findElements(cells).stream().anyMatch(e -> e.getText().startsWith("PPU-")));
            assertThat(driver.findElement(By.id("walk-in")).isDisplayed()).isTrue();
            driver.findElement(By.id("filter-toggle")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-status")));
            check(problems, device, "05-clerk-case-filters");
            // A date picker on a phone: a tap opens its calendar over the whole screen (Vaadin's touch mode).
            tap(driver.findElement(By.cssSelector("#filter-from input")));
            WebElement overlay = wait.until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-date-picker-overlay[opened]")));
            assertThat(overlay.getAttribute("fullscreen")).isNotNull();
            // (Its year column is a scroller of Vaadin's that sits past the edge by design: not measured.)
            check(new ArrayList<>(), device, "05b-clerk-date-picker");
            driver.executeScript("document.querySelector('#filter-from').close()");
            driver.get(baseUrl + "/kasus?status=SUBMITTED&channel=WEB");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filter-chips-channel-web")));
            check(problems, device, "06-clerk-case-chips");
        }
        driver.get(baseUrl + "/kasus/baru");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form-nik input")));
        wait.until(d -> "numeric"
                .equals(d.findElement(By.cssSelector("#form-nik input")).getDomAttribute("inputmode")));
        assertThat(driver.findElement(By.cssSelector("#form-phone input")).getDomAttribute("inputmode"))
                .isEqualTo("tel");
        assertTouchSized(problems, device);
        check(problems, device, "07-clerk-walk-in");
        driver.get(baseUrl + "/jemput-bola/pendaftaran");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#form-nik input")));
        assertTouchSized(problems, device);
        check(problems, device, "08-clerk-outreach-desk");

        signIn(wait, "perencana");
        driver.get(baseUrl + "/jemput-bola");
        wait.until(d -> !d.findElements(By.cssSelector("#priority-grid vaadin-grid-cell-content"))
                .isEmpty());
        check(problems, device, "09-planner-ranking");
        driver.get(baseUrl + "/jemput-bola/kunjungan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-calendar")));
        check(problems, device, "10-planner-visits");
        driver.manage().deleteAllCookies();
        return problems;
    }

    /** At the desk on a tablet: one column, fields and the save button at least 44 px tall. */
    private void assertTouchSized(List<String> problems, String device) {
        if (!device.equals("tablet")) {
            return;
        }
        for (String id : List.of("form-nik", "form-phone", "form-name", "form-save")) {
            Object h = driver.executeScript(
                    "const el = document.getElementById(arguments[0]);"
                            + " const input = el.shadowRoot && el.shadowRoot.querySelector('[part=input-field]');"
                            + " return (input || el).getBoundingClientRect().height;",
                    id);
            if (((Number) h).doubleValue() < 44) {
                problems.add(device + " " + id + " is " + h + " px tall (< 44)");
            }
        }
        long nikX = driver.findElement(By.id("form-nik")).getRect().getX();
        long nameX = driver.findElement(By.id("form-name")).getRect().getX();
        if (nikX != nameX) {
            problems.add(device + " the desk form has more than one column");
        }
    }

    private static void check(List<String> problems, String device, String screen) throws IOException {
        // Wait for Vaadin to finish the round trip (and the charts to take their width) before measuring.
        journey.waitUntilIdle();
        @SuppressWarnings("unchecked")
        List<String> bad = (List<String>) driver.executeScript(OVERFLOW_SCRIPT);
        bad.forEach(b -> problems.add(device + "-" + screen + ": " + b));
        journey.screenshot(device + "-" + screen);
    }

    private static void scrollTo(By element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(element));
    }

    /** A touch device of this size: the viewport, a mobile meta-viewport and touch input. */
    private static void emulate(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    private static void signIn(WebDriverWait wait, String username) {
        journey.signIn(wait, username);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }
}
