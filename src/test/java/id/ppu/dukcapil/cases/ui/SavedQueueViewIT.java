package id.ppu.dukcapil.cases.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import id.ppu.dukcapil.cases.CaseException;
import id.ppu.dukcapil.cases.Queue;
import id.ppu.dukcapil.cases.QueueRow;
import id.ppu.dukcapil.cases.SavedQueue;
import id.ppu.dukcapil.cases.SavedQueues;
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

class SavedQueueViewIT extends AbstractViewIT {

    private static final String NIPAH = "64.09.01.1009";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SavedQueues savedQueues;

    TestCases fixture;
    String lateKk;

    @BeforeEach
    void insertALateKkCaseAndALateKtpCase() {
        fixture = new TestCases(jdbc, "SQV");
        lateKk = fixture.insert(
                "WEB",
                "KK",
                "VERIFIED",
                TestCases.anyNik(),
                "Kk Sqvtest",
                NIPAH,
                Instant.parse("2013-01-07T01:00:00Z"));
        String lateKtp = fixture.insert(
                "WEB",
                "KTP",
                "VERIFIED",
                TestCases.anyNik(),
                "Ktp Sqvtest",
                NIPAH,
                Instant.parse("2013-01-07T01:00:00Z"));
        jdbc.sql("update service_case set due_on = date '2013-01-01' where case_number in (:a, :b)")
                .param("a", lateKk)
                .param("b", lateKtp)
                .update();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from case_event where case_id in (select id from service_case where case_number like 'SQV-%')")
                .update();
        fixture.deleteAll();
        jdbc.sql("delete from saved_queue where owner in ('petugas', 'ani')").update();
    }

    @Test
    void a_clerk_saves_a_narrowed_queue_and_shares_it_and_a_colleague_opens_it_but_cannot_change_it() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(QueueView.class);
        comboBox("queue-service").setValue(ServiceType.KK);
        assertThat(GridKt._get(grid(), 0).caseNumber()).isEqualTo(lateKk);
        assertThat(GridKt._findAll(grid()))
                .allSatisfy(r -> assertThat(r.serviceType()).isEqualTo(ServiceType.KK));
        long kkOverdue = jdbc.sql("""
                select count(*) from service_case where service_type = 'KK' and due_on < current_date
                and status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY')""").query(Long.class).single();
        assertThat(_get(Tab.class, s -> s.withId("queue-OVERDUE")).getLabel()).endsWith("(" + kkOverdue + ")");

        ButtonKt._click(_get(Button.class, s -> s.withId("saved-save")));
        _get(TextField.class, s -> s.withId("saved-name")).setValue("KK terlambat");
        _get(Checkbox.class, s -> s.withId("saved-shared")).setValue(true);
        ButtonKt._click(_get(Button.class, s -> s.withId("saved-save-confirm")));

        assertThat(jdbc.sql(
                                "select filter from saved_queue where owner = 'petugas' and name = 'KK terlambat' and shared")
                        .query(String.class)
                        .single())
                .isEqualTo("queue=OVERDUE;service=KK");

        // A private queue of the colleague's own stays theirs.
        login("ani", Role.PETUGAS);
        savedQueues.save("Milik Ani", id.ppu.dukcapil.cases.QueueFilter.of(Queue.NEW), false);
        login("petugas", Role.PETUGAS);
        assertThat(savedQueues.visible())
                .extracting(SavedQueue::name)
                .contains("KK terlambat")
                .doesNotContain("Milik Ani");

        login("ani", Role.PETUGAS);
        UI.getCurrent().navigate(CaseListView.class);
        UI.getCurrent().navigate(QueueView.class);
        ComboBox<SavedQueue> saved = comboBox("saved-queues");
        SavedQueue shared = ComboBoxKt.getSuggestionItems(saved).stream()
                .filter(q -> q.name().equals("KK terlambat"))
                .findFirst()
                .orElseThrow();
        saved.setValue(shared);

        assertThat(comboBox("queue-service").getValue()).isEqualTo(ServiceType.KK);
        assertThat(_get(Tab.class, s -> s.withId("queue-OVERDUE")).isSelected()).isTrue();
        assertThat(GridKt._get(grid(), 0).caseNumber()).isEqualTo(lateKk);
        assertThat(_get(Button.class, s -> s.withId("saved-delete")).isEnabled())
                .isFalse();
        assertThat(_get(Button.class, s -> s.withId("saved-share")).isEnabled()).isFalse();
        assertThatThrownBy(() -> savedQueues.delete(shared.id()))
                .isInstanceOf(CaseException.class)
                .hasMessage("queue.saved.error.notOwner");
        assertThatThrownBy(() -> savedQueues.share(shared.id(), false)).isInstanceOf(CaseException.class);
        assertThat(jdbc.sql("select count(*) from saved_queue where id = :id and shared")
                        .param("id", shared.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_owner_stops_sharing_and_deletes_a_queue() {
        login("petugas", Role.PETUGAS);
        SavedQueue q = savedQueues.save(
                "Siap KTP",
                new id.ppu.dukcapil.cases.QueueFilter(Queue.READY_FOR_PICKUP, ServiceType.KTP, null, null),
                true);
        UI.getCurrent().navigate(QueueView.class);
        ComboBox<SavedQueue> saved = comboBox("saved-queues");
        saved.setValue(ComboBoxKt.getSuggestionItems(saved).stream()
                .filter(s -> s.id() == q.id())
                .findFirst()
                .orElseThrow());
        assertThat(_get(Tab.class, s -> s.withId("queue-READY_FOR_PICKUP")).isSelected())
                .isTrue();

        ButtonKt._click(_get(Button.class, s -> s.withId("saved-share")));
        assertThat(jdbc.sql("select shared from saved_queue where id = :id")
                        .param("id", q.id())
                        .query(Boolean.class)
                        .single())
                .isFalse();

        ButtonKt._click(_get(Button.class, s -> s.withId("saved-delete")));
        assertThat(jdbc.sql("select count(*) from saved_queue where id = :id")
                        .param("id", q.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> comboBox(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueRow> grid() {
        return _get(Grid.class, s -> s.withId("queue-grid"));
    }
}
