package id.ppu.dukcapil.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.ppu.dukcapil.cases.ui.CaseDetailView;
import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditRow;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.MutableClock;
import id.ppu.dukcapil.support.TestCases;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditViewIT extends AbstractViewIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    TestCases fixture;
    /** Users and case numbers of this test: the trail is shared by the run and never emptied. */
    String tag;

    @BeforeEach
    void setUp() {
        fixture = new TestCases(jdbc, "AUDV");
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() {
        fixture.deleteAll();
    }

    @Test
    void the_administrator_sees_who_opened_which_case_today() {
        LocalDate today = clock.pinToday(LocalDate.of(2026, 3, 10));
        String number = fixture.insert(
                "WEB",
                "KTP",
                "SUBMITTED",
                "6409014807950055",
                "Rahmawati Auditview",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2025-05-02T01:00:00Z"));
        String clerk = "audit-clerk-" + tag;
        login(clerk, Role.PETUGAS);
        UI.getCurrent().navigate(CaseDetailView.class, new RouteParameters("caseNumber", number));

        login("audit-admin-" + tag, Role.ADMIN);
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_get(DatePicker.class, s -> s.withId("audit-from")).getValue())
                .isEqualTo(today);
        _get(TextField.class, s -> s.withId("audit-actor")).setValue(clerk);

        assertThat(GridKt._size(grid())).isEqualTo(2);
        // Newest first: the timeline below the case's facts was opened after them.
        assertThat(GridKt._getFormattedRow(grid(), 0)).containsSubsequence(clerk, "Melihat kasus lain warga", number);
        List<String> opened = GridKt._getFormattedRow(grid(), 1);
        assertThat(opened.get(0)).isEqualTo("10/03/2026 10:00");
        assertThat(opened.subList(1, opened.size()))
                .containsExactly(clerk, "Membuka data kasus", number, "", "Data lengkap");
    }

    @Test
    void filters_by_user_case_kind_and_date_narrow_the_trail_and_an_empty_result_says_so() {
        String clerk = "audit-clerk-" + tag;
        String caseA = "AUDV-" + tag.toUpperCase() + "-A";
        insert(clerk, AuditKind.CASE_VIEWED, caseA, Instant.parse("2026-03-02T01:00:00Z"));
        insert(
                clerk,
                AuditKind.TRIAGE_CONVERSATION_VIEWED,
                "AUDV-" + tag.toUpperCase() + "-B",
                Instant.parse("2026-03-03T01:00:00Z"));
        insert("audit-other-" + tag, AuditKind.CASE_VIEWED, caseA, Instant.parse("2026-03-03T02:00:00Z"));
        login("audit-admin-" + tag, Role.ADMIN);
        UI.getCurrent().navigate(AuditView.class);
        _get(DatePicker.class, s -> s.withId("audit-from")).clear();

        _get(TextField.class, s -> s.withId("audit-case")).setValue(caseA);
        assertThat(actors()).containsExactly("audit-other-" + tag, clerk);
        _get(TextField.class, s -> s.withId("audit-actor")).setValue(clerk);
        assertThat(rows()).extracting(AuditRow::caseNumber).containsExactly(caseA);

        _get(TextField.class, s -> s.withId("audit-case")).clear();
        assertThat(rows()).hasSize(2);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AuditKind> kinds = _get(MultiSelectComboBox.class, s -> s.withId("audit-kinds"));
        kinds.setValue(Set.of(AuditKind.TRIAGE_CONVERSATION_VIEWED, AuditKind.API_KEY_CREATED));
        assertThat(rows()).extracting(AuditRow::kind).containsExactly(AuditKind.TRIAGE_CONVERSATION_VIEWED);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Membaca percakapan triase");

        kinds.clear();
        _get(DatePicker.class, s -> s.withId("audit-from")).setValue(LocalDate.of(2026, 3, 2));
        _get(DatePicker.class, s -> s.withId("audit-to")).setValue(LocalDate.of(2026, 3, 2));
        assertThat(rows()).extracting(AuditRow::occurredAt).containsExactly(Instant.parse("2026-03-02T01:00:00Z"));

        _get(TextField.class, s -> s.withId("audit-actor")).setValue("audit-nobody-" + tag);
        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Tidak ada catatan untuk filter ini.");
    }

    @Test
    void sign_in_outcomes_read_in_the_users_language() {
        String tried = "audit-signin-" + tag;
        jdbc.sql(
                        "insert into audit_event (occurred_at, actor, kind, subject, detail) values (now(), :a, 'SIGN_IN_FAILED', :a,"
                                + " 'wrong password')")
                .param("a", tried)
                .update();
        login("audit-admin-" + tag, Role.ADMIN);
        UI.getCurrent().navigate(AuditView.class);
        _get(TextField.class, s -> s.withId("audit-actor")).setValue(tried);

        assertThat(GridKt._getFormattedRow(grid(), 0))
                .contains("Gagal masuk", "Kata sandi salah")
                .doesNotContain("wrong password");
    }

    @Test
    void the_audit_trail_is_in_the_administrators_navigation() {
        login("audit-admin-" + tag, Role.ADMIN);
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_get(SideNav.class).getItems().stream()
                        .map(SideNavItem::getLabel)
                        .toList())
                .contains("Pengguna", "Kunci API", "Jejak Audit");
    }

    @Test
    void nobody_but_administrators_opens_the_audit_trail() {
        for (Role role : List.of(Role.PETUGAS, Role.KEPALA, Role.PERENCANA)) {
            login(role.name().toLowerCase(), role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    private List<AuditRow> rows() {
        return GridKt._findAll(grid());
    }

    private List<String> actors() {
        return rows().stream().map(AuditRow::actor).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditRow> grid() {
        return _get(Grid.class, s -> s.withId("audit-grid"));
    }

    private void insert(String actor, AuditKind kind, String caseNumber, Instant at) {
        jdbc.sql("insert into audit_event (occurred_at, actor, kind, case_id, case_number) values (:at, :a, :k, 1, :n)")
                .param("at", Timestamp.from(at))
                .param("a", actor)
                .param("k", kind.name())
                .param("n", caseNumber)
                .update();
    }
}
