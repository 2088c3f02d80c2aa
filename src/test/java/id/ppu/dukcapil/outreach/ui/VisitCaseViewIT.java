package id.ppu.dukcapil.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.BUMI_HARAPAN_VILLAGE;
import static id.ppu.dukcapil.support.Regions.KARANG_JINAWI_VILLAGE;
import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SOTEK_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.cases.ui.CaseForm;
import id.ppu.dukcapil.outreach.OutreachFixture;
import id.ppu.dukcapil.outreach.OutreachPlanner;
import id.ppu.dukcapil.outreach.VisitRow;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class VisitCaseViewIT extends AbstractViewIT {

    /** "Today" in these tests: the clock is pinned to it, so they do not depend on the day the suite runs. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** A woman born 13/06/1988 and a man born 15/02/1992. */
    private static final String SITI = "6409045306880031";

    private static final String BAGUS = "6409041502920052";
    /** Day 59 - 40 = 19 is a day, but 13 is no month. */
    private static final String BAD_BIRTH_DATE = "6409045913880031";

    private static final List<String> NIKS = List.of(SITI, BAGUS, BAD_BIRTH_DATE);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutreachPlanner planner;

    @Autowired
    MutableClock clock;

    OutreachFixture visits;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        visits = new OutreachFixture(jdbc);
        // Visits are one a day for the whole regency: start from an empty calendar.
        visits.deleteAll();
        clock.pinToday(TODAY);
        today = planner.today();
    }

    @AfterEach
    void cleanUp() {
        visits.deleteAll();
        TestCases.deleteWhere(jdbc, "nik in ('" + String.join("', '", NIKS) + "')");
    }

    @Test
    void clerk_registers_a_citizen_on_a_past_visit_as_an_outreach_case_linked_to_it() {
        long done = visits.visit(
                today.minusDays(3),
                "DONE",
                SEPAKU_DISTRICT,
                Map.of(KARANG_JINAWI_VILLAGE, 40, BUMI_HARAPAN_VILLAGE, 20),
                Map.of("KTP", 25),
                10);
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(VisitCaseView.class);
        // No visit today, so nothing is chosen for the clerk and the form waits.
        assertThat(visitBox().getValue()).isNull();
        assertThat(_get(CaseForm.class).isEnabled()).isFalse();

        choose(done);
        assertThat(text("visit-case-villages"))
                .isEqualTo("Desa/Kelurahan yang dikunjungi: Karang Jinawi, Bumi Harapan");
        assertThat(text("visit-case-count")).isEqualTo("Kasus tercatat pada kunjungan ini: 0");
        fill(ServiceType.KTP, SITI, "Siti Aminah Jemput", KARANG_JINAWI_VILLAGE);
        save();

        var row = jdbc.sql("select case_number, channel, status, outreach_visit_id from service_case where nik = :nik")
                .param("nik", SITI)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("channel", "OUTREACH")
                .containsEntry("status", "SUBMITTED")
                .containsEntry("outreach_visit_id", done);
        NotificationsKt.expectNotifications("Kasus " + row.get("case_number") + " terdaftar pada kunjungan "
                + Formats.date(today.minusDays(3)) + ".");
        assertThat(text("visit-case-count")).isEqualTo("Kasus tercatat pada kunjungan ini: 1");
    }

    @Test
    void a_resident_with_an_open_request_for_the_service_is_told_the_visit_joined_it() {
        long todays =
                visits.visit(today, "PLANNED", SEPAKU_DISTRICT, Map.of(KARANG_JINAWI_VILLAGE, 30), Map.of(), null);
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(VisitCaseView.class);
        fill(ServiceType.KTP, SITI, "Siti Aminah Jemput", KARANG_JINAWI_VILLAGE);
        save();
        String first = jdbc.sql("select case_number from service_case where nik = :nik")
                .param("nik", SITI)
                .query(String.class)
                .single();
        NotificationsKt.clearNotifications();

        fill(ServiceType.KTP, SITI, "Siti Aminah Jemput", KARANG_JINAWI_VILLAGE);
        save();

        NotificationsKt.expectNotifications(
                "Warga ini sudah punya permohonan " + first + " yang masih terbuka untuk layanan yang sama:"
                        + " kedatangannya di jemput bola dicatat pada kasus itu, bukan sebagai kasus baru.");
        assertThat(jdbc.sql("select status from service_case where nik = :nik and outreach_visit_id = :id order by id")
                        .param("nik", SITI)
                        .param("id", todays)
                        .query(String.class)
                        .list())
                .containsExactly("SUBMITTED", "MERGED");
    }

    @Test
    void cancelled_future_and_older_visits_are_not_offered_and_todays_visit_is_chosen() {
        long todays =
                visits.visit(today, "PLANNED", SEPAKU_DISTRICT, Map.of(KARANG_JINAWI_VILLAGE, 30), Map.of(), null);
        long lastWeek = visits.doneVisit(today.minusDays(5), PENAJAM_DISTRICT, SOTEK_VILLAGE, 12);
        visits.visit(
                today.minusDays(2), "CANCELLED", SEPAKU_DISTRICT, Map.of(BUMI_HARAPAN_VILLAGE, 30), Map.of(), null);
        visits.visit(today.plusDays(2), "PLANNED", SEPAKU_DISTRICT, Map.of(BUMI_HARAPAN_VILLAGE, 30), Map.of(), null);
        visits.doneVisit(today.minusDays(31), PENAJAM_DISTRICT, SOTEK_VILLAGE, 8);
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(VisitCaseView.class);

        ComboBox<VisitRow> box = visitBox();
        assertThat(box.getListDataView().getItems().map(VisitRow::id).toList()).containsExactly(todays, lastWeek);
        assertThat(box.getValue().id()).isEqualTo(todays);
        List<String> labels = ComboBoxKt.getSuggestions(box);
        assertThat(labels.get(0)).endsWith(Formats.date(today) + " · Sepaku · Direncanakan");
        assertThat(labels.get(1)).endsWith(Formats.date(today.minusDays(5)) + " · Penajam · Selesai");
        assertThat(_get(CaseForm.class).isEnabled()).isTrue();
        _assertNone(Paragraph.class, s -> s.withId("visit-case-empty"));
    }

    @Test
    void after_saving_the_form_is_empty_and_the_next_citizen_goes_to_the_same_visit() {
        long todays =
                visits.visit(today, "PLANNED", SEPAKU_DISTRICT, Map.of(KARANG_JINAWI_VILLAGE, 30), Map.of(), null);
        visits.doneVisit(today.minusDays(1), PENAJAM_DISTRICT, SOTEK_VILLAGE, 12);
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(VisitCaseView.class);

        fill(ServiceType.KTP, SITI, "Siti Aminah Jemput", KARANG_JINAWI_VILLAGE);
        save();

        assertThat(visitBox().getValue().id()).isEqualTo(todays);
        assertThat(field("form-nik").getValue()).isEmpty();
        assertThat(field("form-nik").isInvalid()).isFalse();
        assertThat(field("form-name").getValue()).isEmpty();
        assertThat(field("form-name").isInvalid()).isFalse();
        assertThat(serviceBox().getValue()).isNull();
        assertThat(villageBox().getValue()).isNull();
        assertThat(_get(Span.class, s -> s.withId("form-nik-info")).getText()).isEmpty();

        fill(ServiceType.KK, BAGUS, "Bagus Jemput", KARANG_JINAWI_VILLAGE);
        save();

        assertThat(jdbc.sql("select count(*) from service_case where outreach_visit_id = :id and channel = 'OUTREACH'")
                        .param("id", todays)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(text("visit-case-count")).isEqualTo("Kasus tercatat pada kunjungan ini: 2");
    }

    @Test
    void an_invalid_nik_is_shown_on_its_field_and_nothing_is_stored() {
        long todays =
                visits.visit(today, "PLANNED", SEPAKU_DISTRICT, Map.of(KARANG_JINAWI_VILLAGE, 30), Map.of(), null);
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(VisitCaseView.class);

        fill(ServiceType.KTP, BAD_BIRTH_DATE, "Siti Aminah Jemput", KARANG_JINAWI_VILLAGE);
        save();

        TextField nik = field("form-nik");
        assertThat(nik.isInvalid()).isTrue();
        assertThat(nik.getErrorMessage()).isEqualTo("Tanggal lahir dalam NIK (digit 7-12) tidak sah.");
        assertThat(nik.getValue()).isEqualTo(BAD_BIRTH_DATE);
        assertThat(jdbc.sql("select count(*) from service_case where outreach_visit_id = :id or nik = :nik")
                        .param("id", todays)
                        .param("nik", BAD_BIRTH_DATE)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(text("visit-case-count")).isEqualTo("Kasus tercatat pada kunjungan ini: 0");
    }

    @Test
    void without_an_eligible_visit_the_view_says_so_and_the_form_is_disabled() {
        visits.visit(today, "CANCELLED", SEPAKU_DISTRICT, Map.of(KARANG_JINAWI_VILLAGE, 30), Map.of(), null);
        visits.visit(today.plusDays(1), "PLANNED", SEPAKU_DISTRICT, Map.of(KARANG_JINAWI_VILLAGE, 30), Map.of(), null);
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(VisitCaseView.class);

        Paragraph empty = _get(Paragraph.class, s -> s.withId("visit-case-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText())
                .startsWith("Tidak ada kunjungan jemput bola yang bisa dipakai")
                .contains("dalam 30 hari terakhir");
        assertThat(visitBox().isEnabled()).isFalse();
        assertThat(visitBox().getListDataView().getItems()).isEmpty();
        Button save = _get(Button.class, s -> s.withId("form-save"));
        assertThat(save.isEnabled()).isFalse();
        assertThatThrownBy(() -> ButtonKt._click(save)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void planner_head_and_administrator_are_denied_the_view() {
        for (Role role : List.of(Role.PERENCANA, Role.KEPALA, Role.ADMIN)) {
            login(role.name().toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(VisitCaseView.class))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void a_clerk_finds_the_screen_in_the_side_navigation() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(VisitCaseView.class);
        assertThat(navLabels())
                .contains("Layanan Langsung", "Layanan Jemput Bola")
                .doesNotContain("Kunjungan Jemput Bola");
    }

    @Test
    void a_planner_is_not_offered_the_screen_in_the_side_navigation() {
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(VisitsView.class);
        assertThat(navLabels()).contains("Kunjungan Jemput Bola").doesNotContain("Layanan Jemput Bola");
    }

    private void choose(long visitId) {
        ComboBox<VisitRow> box = visitBox();
        box.setValue(box.getListDataView()
                .getItems()
                .filter(v -> v.id() == visitId)
                .findFirst()
                .orElseThrow());
    }

    private static void fill(ServiceType service, String nik, String name, String village) {
        serviceBox().setValue(service);
        field("form-nik").setValue(nik);
        field("form-name").setValue(name);
        villageBox().setValue(village);
    }

    private static void save() {
        ButtonKt._click(_get(Button.class, s -> s.withId("form-save")));
    }

    private static String text(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    private static TextField field(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<VisitRow> visitBox() {
        return _get(ComboBox.class, s -> s.withId("visit-case-visit"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ServiceType> serviceBox() {
        return _get(ComboBox.class, s -> s.withId("form-service"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> villageBox() {
        return _get(ComboBox.class, s -> s.withId("form-village"));
    }

    private static List<String> navLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
