package id.ppu.dukcapil.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static id.ppu.dukcapil.support.WhatsAppFixture.wita;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import id.ppu.dukcapil.base.ui.chart.ApexChart;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.WhatsAppFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's "WhatsApp" tab on a hand-made June 2008 (no other test writes there; no holiday
 * in it), the office open 08:00-15:00 WITA:
 *
 * <pre>
 *  case  district  message (WITA)        clerk's reply           wait (working hours)
 *  P     Sepaku    Mon 02/06 09:00       Mon 02/06 09:30 read    0.5
 *  P               Mon 02/06 10:00       Mon 02/06 12:00 deliv.  2.0
 *  Q     none      Tue 03/06 14:00       none                    still waiting (longer than a day by now)
 *  R     Penajam   Wed 04/06 08:00       Thu 05/06 09:00 read    8.0 (7 on Wednesday, 1 on Thursday)
 * </pre>
 *
 * Median 2.0, p90 2.0 + 0.8 x 6 = 6.8; within one working hour 1 of 4, within one working day 2 of
 * 4. Notifications: P READY read, R NEEDS_CORRECTION failed (131026), R READY delivered, Q COMPLETED
 * sent. One number wrote BERHENTI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardWhatsAppViewIT extends AbstractViewIT {

    private static final Map<String, String> JUNE_2008 =
            Map.of("period", "CUSTOM", "from", "2008-06-01", "to", "2008-06-30");

    @Autowired
    JdbcClient jdbc;

    WhatsAppFixture wa;

    @BeforeAll
    void insertConversations() {
        wa = new WhatsAppFixture(jdbc, "WAVW", "628110008");
        long p = wa.triageCase(SEPAKU_VILLAGE, "TRIAGE", wita(2008, 6, 2, 9, 0));
        wa.inbound(p, wita(2008, 6, 2, 9, 0), "Syarat KTP apa saja?");
        wa.reply(p, wita(2008, 6, 2, 9, 30), "READ", null);
        wa.inbound(p, wita(2008, 6, 2, 10, 0), "Kalau KK?");
        wa.reply(p, wita(2008, 6, 2, 12, 0), "DELIVERED", null);
        wa.outbound(p, "CASE_READY", wita(2008, 6, 10, 9, 0), "READ", null);
        long q = wa.triageCase(null, "TRIAGE", wita(2008, 6, 3, 14, 0));
        wa.inbound(q, wita(2008, 6, 3, 14, 0), "Halo");
        wa.outbound(q, "CASE_COMPLETED", wita(2008, 6, 11, 9, 0), "SENT", null);
        long r = wa.triageCase(NIPAH_NIPAH_VILLAGE, "SUBMITTED", wita(2008, 6, 4, 8, 0));
        wa.inbound(r, wita(2008, 6, 4, 8, 0), "Akta lahir bagaimana?");
        wa.reply(r, wita(2008, 6, 5, 9, 0), "READ", null);
        wa.outbound(r, "CASE_NEEDS_CORRECTION", wita(2008, 6, 12, 9, 0), "FAILED", "131026");
        wa.outbound(r, "CASE_READY", wita(2008, 6, 20, 9, 0), "DELIVERED", null);
        wa.inbound(null, wita(2008, 6, 15, 19, 0), "BERHENTI", wa.number(1));
    }

    @AfterAll
    void removeThem() {
        wa.deleteAll();
    }

    @Test
    void the_whatsapp_tab_shows_first_response_times_notification_statuses_and_opt_outs() {
        login("kepala", Role.KEPALA);
        openWhatsApp(JUNE_2008);

        assertThat(kpi("kpi-wa-response")).isEqualTo("2,0 jam kerja");
        assertThat(detail("kpi-wa-response")).isEqualTo("p90: 6,8 jam kerja · 3 dijawab");
        assertThat(kpi("kpi-wa-hour")).isEqualTo("25,0%");
        assertThat(kpi("kpi-wa-day")).isEqualTo("50,0%");
        assertThat(detail("kpi-wa-day")).isEqualTo("1 hari kerja = 7,0 jam (08.00-15.00 WITA)");
        assertThat(kpi("kpi-wa-unanswered")).isEqualTo("1");
        assertThat(detail("kpi-wa-unanswered"))
                .isEqualTo("masih di antrean triase, dari 4 pesan menunggu jawaban · 0 ditutup tanpa balasan");
        assertThat(kpi("kpi-wa-notified")).isEqualTo("3");
        assertThat(detail("kpi-wa-notified")).isEqualTo("diterima 2 · dibaca 1 · dari 4 notifikasi");
        assertThat(kpi("kpi-wa-failed")).isEqualTo("1");
        assertThat(detail("kpi-wa-failed")).isEqualTo("25,0% dari yang dikirim");
        assertThat(kpi("kpi-wa-optouts")).isEqualTo("1");
        long optedOutNow = jdbc.sql("select count(*) from whatsapp_opt_out")
                .query(Long.class)
                .single();
        assertThat(detail("kpi-wa-optouts")).isEqualTo("nomor yang kini berhenti: " + optedOutNow);
        assertThat(_get(Span.class, s -> s.withId("whatsapp-failures")).getText())
                .isEqualTo("Gagal menurut kode galat WhatsApp: 131026 pesan tidak dapat diantar, mis. nomor tanpa"
                        + " WhatsApp (1)");
        _assertNone(Paragraph.class, s -> s.withId("whatsapp-empty"));
    }

    @Test
    void the_status_chart_and_its_csv_have_notifications_and_replies_by_the_furthest_status() {
        login("perencana", Role.PERENCANA);
        openWhatsApp(JUNE_2008);

        ApexChart chart = _get(ApexChart.class, s -> s.withId("chart-whatsapp-statuses"));
        assertThat(chart.getOptions().at("/xaxis/categories").toString())
                .isEqualTo(
                        "[\"Menunggu dikirim\",\"Terkirim\",\"Diterima\",\"Dibaca\",\"Gagal\",\"Tidak dikirim (berhenti)\"]");
        assertThat(chart.getOptions().at("/series/0/name").asText()).isEqualTo("Notifikasi status");
        assertThat(chart.getOptions().at("/series/0/data").toString()).isEqualTo("[0,1,1,1,1,0]");
        assertThat(chart.getOptions().at("/series/1/name").asText()).isEqualTo("Balasan petugas");
        assertThat(chart.getOptions().at("/series/1/data").toString()).isEqualTo("[0,0,1,2,0,0]");
        assertThat(_get(ChartCard.class, s -> s.withId("card-whatsapp-statuses"))
                        .csvText())
                .isEqualTo("messages,waiting,sent,delivered,read,failed,skipped,total\r\n"
                        + "status_notifications,0,1,1,1,1,0,4\r\n"
                        + "clerk_replies,0,0,1,2,0,0,3\r\n");
    }

    @Test
    void a_district_narrows_the_conversations_and_says_what_it_leaves_out() {
        login("kepala", Role.KEPALA);
        openWhatsApp(Map.of("period", "CUSTOM", "from", "2008-06-01", "to", "2008-06-30", "district", "64.09.04"));

        // Only P is Sepaku's: 0.5 and 2.0 working hours, both answered.
        assertThat(detail("kpi-wa-response")).endsWith("· 2 dijawab");
        assertThat(kpi("kpi-wa-hour")).isEqualTo("50,0%");
        assertThat(kpi("kpi-wa-unanswered")).isEqualTo("0");
        assertThat(kpi("kpi-wa-notified")).isEqualTo("1");
        assertThat(_get(Span.class, s -> s.withId("whatsapp-scope")).getText()).startsWith("Kecamatan Sepaku: ");
    }

    @Test
    void a_period_without_whatsapp_shows_the_empty_state() {
        login("kepala", Role.KEPALA);
        openWhatsApp(Map.of("period", "CUSTOM", "from", "2008-01-01", "to", "2008-01-31"));

        Paragraph empty = _get(Paragraph.class, s -> s.withId("whatsapp-empty"));
        assertThat(empty.getText()).isEqualTo("Belum ada percakapan atau pesan WhatsApp pada periode dan filter ini.");
        _assertNone(Span.class, s -> s.withId("kpi-wa-response-value"));
        _assertNone(ApexChart.class, s -> s.withId("chart-whatsapp-statuses"));

        // Back to June: the figures replace the empty state.
        openWhatsApp(JUNE_2008);
        _assertNone(Paragraph.class, s -> s.withId("whatsapp-empty"));
        assertThat(kpi("kpi-wa-unanswered")).isEqualTo("1");
    }

    private void openWhatsApp(Map<String, String> query) {
        UI.getCurrent().navigate("dasbor", QueryParameters.simple(query));
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("dashboard-tabs"));
        tabs.setSelectedTab(_get(Tab.class, s -> s.withId("dashboard-tab-whatsapp")));
    }

    private static String kpi(String id) {
        return _get(Span.class, s -> s.withId(id + "-value")).getText();
    }

    private static String detail(String id) {
        return _get(Span.class, s -> s.withId(id + "-detail")).getText();
    }
}
