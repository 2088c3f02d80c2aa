package id.ppu.dukcapil.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.ppu.dukcapil.cases.Queue;
import id.ppu.dukcapil.cases.QueueRow;
import id.ppu.dukcapil.cases.ServiceStandard;
import id.ppu.dukcapil.cases.ServiceStandards;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class QueueViewIT extends AbstractViewIT {

    private static final String NIPAH = "64.09.01.1009";

    @Autowired
    JdbcClient jdbc;

    TestCases fixture;
    String lateCase;
    String heldCase;

    @BeforeEach
    void insertALateCaseAndAHeldOne() {
        fixture = new TestCases(jdbc, "QVW");
        // Submitted long before anything else in the run's database: first in the overdue queue.
        lateCase = fixture.insert(
                "WEB",
                "KTP",
                "VERIFIED",
                TestCases.anyNik(),
                "Lama Qvwtest",
                NIPAH,
                Instant.parse("2015-01-05T01:00:00Z"));
        heldCase = fixture.insert(
                "WEB",
                "KK",
                "IN_PROCESS",
                TestCases.anyNik(),
                "Dipegang Qvwtest",
                NIPAH,
                Instant.parse("2015-01-06T01:00:00Z"));
        jdbc.sql("update service_case set due_on = date '2015-01-09' where case_number = :n")
                .param("n", lateCase)
                .update();
        jdbc.sql(
                        "update service_case set due_on = date '2015-01-12', holder = 'ani', held_since = now() where case_number = :n")
                .param("n", heldCase)
                .update();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from case_event where case_id in (select id from service_case where case_number like 'QVW-%')")
                .update();
        fixture.deleteAll();
    }

    @Test
    void a_clerk_starts_on_the_overdue_queue_and_takes_the_oldest_case() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(QueueView.class);
        long mineBefore = count(Queue.MINE);
        assertThat(_get(Tab.class, s -> s.withId("queue-OVERDUE")).isSelected()).isTrue();
        Grid<QueueRow> grid = grid();
        assertThat(GridKt._get(grid, 0).caseNumber()).isEqualTo(lateCase);
        assertThat(GridKt._get(grid, 1).caseNumber()).isEqualTo(heldCase);

        ButtonKt._click(
                _get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, s -> s.withId("take-" + lateCase)));

        assertThat(holder(lateCase)).isEqualTo("petugas");
        assertThat(count(Queue.MINE)).isEqualTo(mineBefore + 1);
        assertThat(GridKt._get(grid(), 0).holder()).isEqualTo("petugas");
        assertThat(_get(
                        GridKt._getCellComponent(grid(), 0, "actions"),
                        Button.class,
                        s -> s.withId("release-" + lateCase)))
                .isNotNull();
    }

    @Test
    void taking_a_case_a_colleague_holds_asks_first() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(QueueView.class);
        assertThat(GridKt._get(grid(), 1).caseNumber()).isEqualTo(heldCase);
        ButtonKt._click(
                _get(GridKt._getCellComponent(grid(), 1, "actions"), Button.class, s -> s.withId("take-" + heldCase)));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("take-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains(heldCase, "ani");
        assertThat(holder(heldCase)).isEqualTo("ani");

        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(holder(heldCase)).isEqualTo("petugas");
        assertThat(jdbc.sql(
                                "select detail from case_event where type = 'TAKEN' and case_id = (select id from service_case where case_number = :n)")
                        .param("n", heldCase)
                        .query(String.class)
                        .single())
                .isEqualTo("ani → petugas");
    }

    @Test
    void every_tab_shows_its_queue_count() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(QueueView.class);
        for (Queue q : Queue.values()) {
            assertThat(_get(Tab.class, s -> s.withId("queue-" + q.name())).getLabel())
                    .endsWith("(" + count(q) + ")");
        }
        assertThat(jdbc.sql(
                                "select count(*) from service_case where status in ('NEEDS_CORRECTION', 'WAITING_IN_PERSON')")
                        .query(Long.class)
                        .single())
                .isEqualTo(count(Queue.WAITING_RESIDENT));
    }

    @Test
    void the_queues_are_for_clerks_and_the_standards_for_administrators() {
        login("kepala", Role.KEPALA);
        assertThatThrownBy(() -> UI.getCurrent().navigate(QueueView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("petugas", Role.PETUGAS);
        assertThatThrownBy(() -> UI.getCurrent().navigate(StandardsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void an_administrator_changes_a_standard_and_the_open_cases_get_new_due_dates() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(StandardsView.class);
        int before = jdbc.sql("select working_days from service_standard where service_type = 'KTP'")
                .query(Integer.class)
                .single();
        String source = jdbc.sql("select source from service_standard where service_type = 'KTP'")
                .query(String.class)
                .single();
        try {
            @SuppressWarnings("unchecked")
            Grid<ServiceStandard> grid = _get(Grid.class, s -> s.withId("standards-grid"));
            assertThat(GridKt._get(grid, 0).serviceType()).isEqualTo(ServiceType.KTP);
            var cell = GridKt._getCellComponent(grid, 0, "edit");
            _get(cell, IntegerField.class, s -> s.withId("standard-days-KTP")).setValue(before + 2);
            _get(cell, TextField.class, s -> s.withId("standard-source-KTP")).setValue("Uji: keputusan kepala dinas");
            ButtonKt._click(_get(cell, Button.class, s -> s.withId("standard-save-KTP")));
            assertThat(jdbc.sql("select working_days from service_standard where service_type = 'KTP'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(before + 2);
            // The late KTP case's due date comes from the new standard now (it was set by hand above).
            assertThat(jdbc.sql("select due_on > date '2015-01-09' from service_case where case_number = :n")
                            .param("n", lateCase)
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            assertThat(jdbc.sql(
                                    "select count(*) from audit_event where kind = 'SERVICE_STANDARD_CHANGED' and detail = :d")
                            .param("d", before + " → " + (before + 2))
                            .query(Long.class)
                            .single())
                    .isPositive();
        } finally {
            ctx.getBean(ServiceStandards.class).change(ServiceType.KTP, before, source);
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueRow> grid() {
        return _get(Grid.class, s -> s.withId("queue-grid"));
    }

    private long count(Queue q) {
        return ctx.getBean(id.ppu.dukcapil.cases.CaseQueues.class).counts().get(q);
    }

    private String holder(String number) {
        return jdbc.sql("select holder from service_case where case_number = :n")
                .param("n", number)
                .query((rs, i) -> rs.getString(1))
                .list()
                .get(0);
    }
}
