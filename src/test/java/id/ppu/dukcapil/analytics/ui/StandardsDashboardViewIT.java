package id.ppu.dukcapil.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.ppu.dukcapil.analytics.AnalyticsFilter;
import id.ppu.dukcapil.analytics.OverdueCount;
import id.ppu.dukcapil.analytics.Period;
import id.ppu.dukcapil.analytics.ServiceStandardStats;
import id.ppu.dukcapil.analytics.StandardGrouping;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The head's service-standard cards on a hand-made May 2011: two KTP requests (one late), one KK on time. */
class StandardsDashboardViewIT extends AbstractViewIT {

    private static final Map<String, String> MAY_2011 =
            Map.of("period", "CUSTOM", "from", "2011-05-01", "to", "2011-05-31");
    private static final AnalyticsFilter FILTER =
            new AnalyticsFilter(new Period(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 5, 31)), null, null);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServiceStandardStats stats;

    @Autowired
    CaseService cases;

    @Autowired
    MutableClock clock;

    TestCases fixture;
    String late;

    @BeforeEach
    void insertCases() {
        fixture = new TestCases(jdbc, "SDV");
        completed("KTP", LocalDateTime.of(2011, 5, 9, 10, 0), LocalDate.of(2011, 5, 10));
        completed("KTP", LocalDateTime.of(2011, 5, 20, 10, 0), LocalDate.of(2011, 5, 12));
        completed("KK", LocalDateTime.of(2011, 5, 4, 10, 0), LocalDate.of(2011, 5, 4));
        // And one still open and long overdue, so that the overdue card has something to show.
        late = fixture.insert(
                "WEB",
                "KTP",
                "VERIFIED",
                TestCases.anyNik(),
                "Warga Sdvtest",
                "64.09.04.1005",
                LocalDateTime.of(2011, 4, 25, 9, 0).atZone(Wita.ZONE).toInstant());
        jdbc.sql("update service_case set due_on = date '2011-05-02' where case_number = :n")
                .param("n", late)
                .update();
    }

    @AfterEach
    void removeCases() {
        fixture.deleteAll();
    }

    @Test
    void the_head_sees_the_share_within_the_standard_per_service_and_the_overdue_backlog_as_the_api_computes_them() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(MAY_2011));

        ApexChart services = chart("chart-standards-service");
        // Services in enum order: KTP 1 of 2, KK 1 of 1, the rest without completions.
        assertThat(services.getOptions().at("/series/0/data").toString()).startsWith("[50.0,100.0,null");
        assertThat(stats.shares(FILTER, StandardGrouping.SERVICE).get(0).withinStandardShare())
                .isEqualTo(0.5);
        assertThat(chart("chart-standards-channel")
                        .getOptions()
                        .at("/series/0/data/0")
                        .asDouble())
                .isEqualTo(66.7);
        StringBuilder overdue = new StringBuilder("[");
        for (OverdueCount c : stats.overdueByAge(FILTER)) {
            overdue.append(overdue.length() > 1 ? "," : "").append(c.cases());
        }
        assertThat(chart("chart-overdue").getOptions().at("/series/0/data").toString())
                .isEqualTo(overdue.append("]").toString());
        assertThat(stats.overdueByAge(FILTER).get(3).cases()).isPositive();
        assertThat(_get(StandardsSection.class).getElement().getOuterHTML()).doesNotContain("Sdvtest");
    }

    @Test
    void when_a_clerk_completes_an_overdue_case_the_heads_within_standard_share_goes_down() {
        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(MAY_2011));
        assertThat(chart("chart-standards-service")
                        .getOptions()
                        .at("/series/0/data/0")
                        .asDouble())
                .isEqualTo(50.0);

        // The clerk completes the long-overdue KTP request on 25 May 2011, through the state machine.
        clock.pinToday(LocalDate.of(2011, 5, 25));
        login("petugas", Role.PETUGAS);
        long id = jdbc.sql("select id from service_case where case_number = :n")
                .param("n", late)
                .query(Long.class)
                .single();
        for (CaseStatus next : List.of(CaseStatus.IN_PROCESS, CaseStatus.READY, CaseStatus.COMPLETED)) {
            long version = jdbc.sql("select version from service_case where id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single();
            cases.changeStatus(id, version, next, null);
        }

        login("kepala", Role.KEPALA);
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(MAY_2011));
        // KTP: one of three completed within the standard now (it was one of two).
        assertThat(chart("chart-standards-service")
                        .getOptions()
                        .at("/series/0/data/0")
                        .asDouble())
                .isEqualTo(33.3);
        assertThat(stats.shares(FILTER, StandardGrouping.SERVICE).get(0).completed())
                .isEqualTo(3);
    }

    private ApexChart chart(String id) {
        return _get(ApexChart.class, s -> s.withId(id));
    }

    private void completed(String service, LocalDateTime doneWita, LocalDate due) {
        var done = doneWita.atZone(Wita.ZONE).toInstant();
        String n = fixture.insert(
                "WEB",
                service,
                "COMPLETED",
                TestCases.anyNik(),
                "Warga Sdvtest",
                "64.09.04.1005",
                done.minusSeconds(3 * 86400));
        jdbc.sql(
                        "update service_case set completed_at = :at, due_on = :due, working_days_taken = 3 where case_number = :n")
                .param("at", Timestamp.from(done))
                .param("due", Date.valueOf(due))
                .param("n", n)
                .update();
    }
}
