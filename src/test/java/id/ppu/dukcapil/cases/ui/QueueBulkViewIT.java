package id.ppu.dukcapil.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import id.ppu.dukcapil.cases.BulkOutcome;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.QueueRow;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class QueueBulkViewIT extends AbstractViewIT {

    private static final String NIPAH = "64.09.01.1009";

    @Autowired
    JdbcClient jdbc;

    TestCases fixture;
    List<String> late = new ArrayList<>();

    @BeforeEach
    void insertElevenLateCasesOneHeldByAColleague() {
        fixture = new TestCases(jdbc, "QBV");
        for (int i = 0; i < 11; i++) {
            String n = fixture.insert(
                    "WEB",
                    "KTP",
                    "SUBMITTED",
                    TestCases.anyNik(),
                    "Lama Qbvtest",
                    NIPAH,
                    Instant.parse("2014-01-06T01:00:00Z").plusSeconds(86400L * i));
            // Due long before anything else in the run's database: the first rows of the overdue queue.
            jdbc.sql("update service_case set due_on = :d where case_number = :n")
                    .param("d", java.sql.Date.valueOf(LocalDate.of(2014, 1, 10).plusDays(i)))
                    .param("n", n)
                    .update();
            late.add(n);
        }
        jdbc.sql("update service_case set holder = 'ani', held_since = now() where case_number = :n")
                .param("n", late.get(4))
                .update();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from case_event where case_id in (select id from service_case where case_number like 'QBV-%')")
                .update();
        fixture.deleteAll();
    }

    @Test
    void taking_eleven_selected_cases_asks_first_then_lists_each_case_done_or_refused() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(QueueView.class);
        Grid<QueueRow> grid = queueGrid();
        for (int i = 0; i < 11; i++) {
            assertThat(GridKt._get(grid, i).caseNumber()).isEqualTo(late.get(i));
            grid.select(GridKt._get(grid, i));
        }

        ButtonKt._click(_get(Button.class, s -> s.withId("bulk-take")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("bulk-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains("11");
        assertThat(holders()).containsOnly(null, "ani");

        ConfirmDialogKt._fireConfirm(confirm);

        Grid<BulkOutcome> results = resultGrid();
        assertThat(GridKt._size(results)).isEqualTo(11);
        assertThat(GridKt._getFormatted(results, 0, "outcome")).isEqualTo("Berhasil");
        assertThat(GridKt._getFormatted(results, 4, "outcome"))
                .isEqualTo("Ditolak: Kasus " + late.get(4) + " sedang dipegang oleh ani.");
        assertThat(holders())
                .containsExactly(
                        "petugas", "petugas", "petugas", "petugas", "ani", "petugas", "petugas", "petugas", "petugas",
                        "petugas", "petugas");
    }

    @Test
    void a_status_change_of_a_few_cases_runs_without_asking_and_says_why_a_rejection_was_refused() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(QueueView.class);
        Grid<QueueRow> grid = queueGrid();
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));
        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> status = _get(ComboBox.class, s -> s.withId("bulk-status"));
        status.setValue(CaseStatus.REJECTED);

        ButtonKt._click(_get(Button.class, s -> s.withId("bulk-change")));

        Grid<BulkOutcome> results = resultGrid();
        assertThat(GridKt._size(results)).isEqualTo(2);
        assertThat(GridKt._getFormatted(results, 0, "outcome"))
                .startsWith("Ditolak: Kasus hanya dapat ditolak dengan alasan");
        assertThat(jdbc.sql("select count(*) from service_case where case_number like 'QBV-%' and status = 'SUBMITTED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(11);
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueRow> queueGrid() {
        return _get(Grid.class, s -> s.withId("queue-grid"));
    }

    @SuppressWarnings("unchecked")
    private Grid<BulkOutcome> resultGrid() {
        return _get(Grid.class, s -> s.withId("bulk-results"));
    }

    private List<String> holders() {
        return late.stream()
                .map(n -> jdbc.sql("select holder from service_case where case_number = :n")
                        .param("n", n)
                        .query((rs, i) -> rs.getString(1))
                        .list()
                        .get(0))
                .toList();
    }
}
