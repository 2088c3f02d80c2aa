package id.ppu.dukcapil.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static id.ppu.dukcapil.support.Regions.TELEMOW_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.cases.ui.CaseListView;
import id.ppu.dukcapil.region.DistrictInfo;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard on a hand-made second quarter of 2016 (no other test writes there): five
 * requests, three of them online; Sepaku has three (two online), Penajam two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardViewIT extends AbstractViewIT {

    private static final Map<String, String> Q2_2016 =
            Map.of("period", "CUSTOM", "from", "2016-04-01", "to", "2016-06-30");

    @Autowired
    JdbcClient jdbc;

    TestCases fixture;

    @BeforeAll
    void insertCases() {
        fixture = new TestCases(jdbc, "ANLV");
        insert("WEB", "KTP", "COMPLETED", SEPAKU_VILLAGE, LocalDateTime.of(2016, 4, 4, 9, 0), 48);
        insert("APP", "KK", "COMPLETED", TELEMOW_VILLAGE, LocalDateTime.of(2016, 5, 10, 9, 0), 72);
        insert("OFFICE", "KTP", "WAITING_IN_PERSON", SEPAKU_VILLAGE, LocalDateTime.of(2016, 6, 1, 9, 0), null);
        insert("WHATSAPP", "KIA", "COMPLETED", NIPAH_NIPAH_VILLAGE, LocalDateTime.of(2016, 6, 2, 9, 0), 24);
        insert("OUTREACH", "KTP", "COMPLETED", NIPAH_NIPAH_VILLAGE, LocalDateTime.of(2016, 6, 20, 9, 0), 2);
    }

    @AfterAll
    void removeCases() {
        fixture.deleteAll();
    }

    @Test
    void head_and_planner_open_the_dashboard_and_start_on_it() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("");
        _assertOne(DashboardView.class);
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate("");
        _assertOne(DashboardView.class);
    }

    @Test
    void clerks_and_administrators_may_not_open_the_dashboard_and_start_on_the_case_list() {
        login("petugas", Role.PETUGAS);
        assertThatThrownBy(() -> UI.getCurrent().navigate(DashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate("");
        _assertOne(CaseListView.class);
        login("admin", Role.ADMIN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(DashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_bookmarked_period_shows_its_figures() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(Q2_2016));
        assertThat(_get(Span.class, s -> s.withId("dashboard-period")).getText())
                .isEqualTo("Permohonan 01/04/2016 s.d. 30/06/2016");
        assertThat(kpi("kpi-cases")).isEqualTo("5");
        assertThat(kpi("kpi-online")).isEqualTo("60,0%");
        assertThat(_get(Span.class, s -> s.withId("kpi-online-detail")).getText())
                .isEqualTo("tidak ada pembanding");
        assertThat(kpi("kpi-backlog")).isEqualTo("1");
        assertThat(_get(Span.class, s -> s.withId("kpi-backlog-detail")).getText())
                .isEqualTo("per 30/06/2016");
        assertThat(kpi("kpi-turnaround")).matches("1,[0-9] hari");
        assertThat(chart("chart-areas").getOptions().at("/series/0/data").toString())
                .isEqualTo("[1,0,0,2]");
        assertThat(card("card-areas").csvText()).contains("64.09.04,Sepaku,41956,2,1,3,66.6667,0.0715");
    }

    @Test
    void changing_a_filter_updates_the_figures_and_the_url() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(Q2_2016));
        @SuppressWarnings("unchecked")
        ComboBox<ServiceType> service = _get(ComboBox.class, s -> s.withId("filter-service"));
        service.setValue(ServiceType.KTP);
        // The URL is replaced in the browser's history (no navigation): look at what goes to the browser.
        String url = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(js -> js.getInvocation().getParameters().stream())
                .filter(p -> p instanceof String u && u.startsWith("dasbor?"))
                .map(String.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(QueryParameters.fromString(url.substring("dasbor?".length())).getParameters())
                .isEqualTo(Map.of(
                        "period",
                        List.of("CUSTOM"),
                        "from",
                        List.of("2016-04-01"),
                        "to",
                        List.of("2016-06-30"),
                        "service",
                        List.of("KTP")));
        assertThat(kpi("kpi-cases")).isEqualTo("3");
    }

    @Test
    void clicking_a_district_drills_down_to_its_villages_and_back() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(Q2_2016));
        ApexChart areas = chart("chart-areas");
        assertThat(areas.getOptions().at("/xaxis/categories").toString())
                .isEqualTo("[\"Penajam\",\"Waru\",\"Babulu\",\"Sepaku\"]");
        click(areas, 0, 3);

        @SuppressWarnings("unchecked")
        ComboBox<DistrictInfo> district = _get(ComboBox.class, s -> s.withId("filter-district"));
        assertThat(district.getValue().name()).isEqualTo("Sepaku");
        assertThat(kpi("kpi-cases")).isEqualTo("3");
        List<String> villages = names(chart("chart-areas"));
        assertThat(villages).hasSize(15).contains("Sepaku", "Telemow");
        assertThat(chart("chart-areas")
                        .getOptions()
                        .at("/series/0/data/" + villages.indexOf("Telemow"))
                        .asInt())
                .isEqualTo(1);

        ButtonKt._click(_get(Button.class, s -> s.withId("area-back")));
        assertThat(district.getValue()).isNull();
        assertThat(names(chart("chart-areas"))).containsExactly("Penajam", "Waru", "Babulu", "Sepaku");
    }

    @Test
    void districts_can_be_ordered_by_online_share_laggards_first() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(Q2_2016));
        @SuppressWarnings("unchecked")
        Select<AreaSort> sort = _get(Select.class, s -> s.withId("area-sort"));
        sort.setValue(AreaSort.ONLINE_SHARE);
        // Penajam 50%, Sepaku 67%, Waru and Babulu without requests last.
        assertThat(names(chart("chart-areas"))).containsExactly("Penajam", "Sepaku", "Waru", "Babulu");
        click(chart("chart-areas"), 0, 1);
        @SuppressWarnings("unchecked")
        ComboBox<DistrictInfo> district = _get(ComboBox.class, s -> s.withId("filter-district"));
        assertThat(district.getValue().name()).isEqualTo("Sepaku");
    }

    @Test
    void an_empty_period_shows_a_friendly_empty_state_instead_of_charts() {
        login("kepala", Role.KEPALA);
        UI.getCurrent()
                .navigate(
                        "dasbor",
                        QueryParameters.simple(Map.of("period", "CUSTOM", "from", "2015-01-01", "to", "2015-01-31")));
        assertThat(kpi("kpi-cases")).isEqualTo("0");
        assertThat(kpi("kpi-online")).isEqualTo("–");
        for (String card : List.of("card-areas", "card-services", "card-turnaround", "card-backlog")) {
            assertThat(_get(Paragraph.class, s -> s.withId(card + "-empty")).isVisible())
                    .as(card)
                    .isTrue();
            _assertNone(Anchor.class, s -> s.withId(card + "-csv"));
        }
        assertThat(_get(Paragraph.class, s -> s.withId("card-areas-empty")).getText())
                .isEqualTo("Tidak ada permohonan pada periode dan filter ini.");
    }

    @Test
    void malformed_url_values_fall_back_to_the_defaults() {
        login("kepala", Role.KEPALA);
        UI.getCurrent()
                .navigate(
                        "dasbor",
                        QueryParameters.simple(Map.of("period", "NONSENSE", "district", "'; drop", "service", "XYZ")));
        @SuppressWarnings("unchecked")
        Select<id.ppu.dukcapil.analytics.PeriodPreset> period = _get(Select.class, s -> s.withId("filter-period"));
        assertThat(period.getValue()).isEqualTo(id.ppu.dukcapil.analytics.PeriodPreset.LAST_12_MONTHS);
        @SuppressWarnings("unchecked")
        ComboBox<DistrictInfo> district = _get(ComboBox.class, s -> s.withId("filter-district"));
        assertThat(district.getValue()).isNull();
    }

    private void insert(
            String channel, String service, String status, String village, LocalDateTime wita, Integer hours) {
        fixture.insert(channel, service, status, village, wita, hours == null ? null : Duration.ofHours(hours));
    }

    private static String kpi(String id) {
        return _get(Span.class, s -> s.withId(id + "-value")).getText();
    }

    private static ApexChart chart(String id) {
        return _get(ApexChart.class, s -> s.withId(id));
    }

    private static ChartCard card(String id) {
        return _get(ChartCard.class, s -> s.withId(id));
    }

    private static List<String> names(ApexChart chart) {
        List<String> names = new java.util.ArrayList<>();
        chart.getOptions().at("/xaxis/categories").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static void click(ApexChart chart, int series, int point) {
        JsonObject detail = Json.createObject();
        detail.put("event.detail.seriesIndex", series);
        detail.put("event.detail.dataPointIndex", point);
        BasicUtilsKt._fireDomEvent(chart, "apex-data-point-click", detail);
    }
}
