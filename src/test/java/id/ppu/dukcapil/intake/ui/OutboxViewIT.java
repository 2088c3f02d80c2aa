package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import id.ppu.dukcapil.intake.OutboundContent;
import id.ppu.dukcapil.intake.OutboundKind;
import id.ppu.dukcapil.intake.OutboundMessageRow;
import id.ppu.dukcapil.intake.OutboundMessages;
import id.ppu.dukcapil.intake.OutboundStatus;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxViewIT extends AbstractViewIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboundMessages outbox;

    @Autowired
    TransactionTemplate tx;

    TestCases fixture;
    String admin;
    String caseNumber;

    @BeforeEach
    void messages() {
        jdbc.sql("delete from outbound_message").update();
        fixture = new TestCases(jdbc, "OUTV");
        admin = "outbox-admin-" + UUID.randomUUID().toString().substring(0, 8);
        caseNumber = fixture.insert(
                "WHATSAPP",
                "KTP",
                "READY",
                TestCases.anyNik(),
                "Rahmawati Pesan",
                "64.09.01.1009",
                Instant.parse("2026-10-01T01:00:00Z"));
        long caseId = jdbc.sql("select id from service_case where case_number = :n")
                .param("n", caseNumber)
                .query(Long.class)
                .single();
        tx.executeWithoutResult(s -> {
            outbox.enqueue(
                    "view-sent",
                    caseId,
                    "081290000301",
                    OutboundKind.CASE_READY,
                    new OutboundContent.Template("dukcapil_dokumen_siap", "id", List.of(caseNumber)));
            outbox.enqueue(
                    "view-failed",
                    caseId,
                    "081290000302",
                    OutboundKind.REPLY,
                    new OutboundContent.Text("Syarat KTP-el: fotokopi KK."));
            outbox.enqueue("view-pending", null, "081290000303", OutboundKind.REPLY, new OutboundContent.Text("Halo"));
        });
        jdbc.sql(
                        "update outbound_message set status = 'SENT', attempts = 1, wa_message_id = 'wamid.VIEW1', sent_at = now(),"
                                + " created_at = created_at - interval '2 minutes' where idempotency_key = 'view-sent'")
                .update();
        jdbc.sql("update outbound_message set status = 'FAILED', attempts = 1, last_error_code = '131026',"
                        + " last_error_text = '(#131026) Message undeliverable', created_at = created_at - interval '1 minute'"
                        + " where idempotency_key = 'view-failed'")
                .update();
        jdbc.sql(
                        "update outbound_message set attempts = 2, last_error_code = 'timeout', last_error_text = 'No answer',"
                                + " next_attempt_at = next_attempt_at + interval '1 minute' where idempotency_key = 'view-pending'")
                .update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from outbound_message").update();
        fixture.deleteAll();
    }

    @SuppressWarnings("unchecked")
    private static Grid<OutboundMessageRow> grid() {
        return _get(Grid.class, s -> s.withId("outbox-grid"));
    }

    private static List<OutboundMessageRow> rows() {
        return GridKt._findAll(grid());
    }

    private String status(String key) {
        return jdbc.sql("select status from outbound_message where idempotency_key = :k")
                .param("k", key)
                .query(String.class)
                .single();
    }

    private static String detail(String id) {
        return _get(Div.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private long audited(String kind) {
        return jdbc.sql("select count(*) from audit_event where actor = :a and kind = :k")
                .param("a", admin)
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    @Test
    void the_administrator_sees_every_message_newest_first_with_its_status_attempts_and_last_error() {
        login(admin, Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);

        assertThat(rows())
                .extracting(OutboundMessageRow::status)
                .containsExactly(OutboundStatus.PENDING, OutboundStatus.FAILED, OutboundStatus.SENT);
        List<String> failed = GridKt._getFormattedRow(grid(), 1);
        assertThat(failed)
                .contains(
                        "Balasan petugas",
                        caseNumber,
                        "6281290000302",
                        "Teks bebas",
                        "Gagal",
                        "1",
                        "131026 · Pesan tidak dapat diterima nomor ini (mungkin tidak memakai WhatsApp).");
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .contains("Menunggu", "2", "timeout · Server WhatsApp tidak menjawab tepat waktu.");
        assertThat(GridKt._getFormattedRow(grid(), 2))
                .contains("Dokumen siap", "Templat dukcapil_dokumen_siap", "Terkirim");
        assertThat(audited("OUTBOUND_MESSAGES_VIEWED")).isPositive();
    }

    @Test
    void the_status_filter_narrows_the_list_and_an_empty_result_says_so() {
        login(admin, Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OutboundStatus> statuses = _get(MultiSelectComboBox.class, s -> s.withId("outbox-status"));

        statuses.setValue(Set.of(OutboundStatus.FAILED));
        assertThat(rows()).extracting(OutboundMessageRow::recipient).containsExactly("6281290000302");

        statuses.setValue(Set.of(OutboundStatus.SENT, OutboundStatus.PENDING));
        assertThat(rows()).hasSize(2);

        statuses.setValue(Set.of(OutboundStatus.READ));
        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Tidak ada pesan keluar untuk filter ini.");
    }

    @Test
    void the_page_says_that_sending_is_off_without_a_token() {
        login(admin, Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);

        assertThat(_get(Paragraph.class, s -> s.withId("outbox-sending")).getText())
                .isEqualTo(
                        "Pengiriman WhatsApp mati: WHATSAPP_ACCESS_TOKEN belum diisi. Pesan tetap disimpan di antrean dan"
                                + " dikirim setelah pengiriman dinyalakan.");
    }

    @Test
    void an_opened_message_shows_its_text_and_error_and_the_opening_is_audited_with_its_case() {
        login(admin, Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);

        grid().select(GridKt._get(grid(), 1));

        assertThat(detail("outbox-detail-text")).contains("Syarat KTP-el: fotokopi KK.");
        assertThat(detail("outbox-detail-recipient")).contains("6281290000302");
        assertThat(detail("outbox-detail-error")).contains("131026");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and kind = 'OUTBOUND_MESSAGES_VIEWED'"
                                + " and case_number = :n and detail = 'FULL'")
                        .param("a", admin)
                        .param("n", caseNumber)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        grid().select(GridKt._get(grid(), 2));
        assertThat(_find(Div.class, s -> s.withId("outbox-detail-text"))).isEmpty();
        assertThat(detail("outbox-detail-template")).contains("dukcapil_dokumen_siap (id)");
        assertThat(_find(Button.class, s -> s.withId("outbox-retry"))).isEmpty();
    }

    @Test
    void a_failed_message_goes_back_in_the_queue_only_after_the_administrator_confirms() {
        login(admin, Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        grid().select(GridKt._get(grid(), 1));
        Button retry = _get(Button.class, s -> s.withId("outbox-retry"));
        assertThat(retry.isVisible()).isTrue();

        ButtonKt._click(retry);
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, s -> s.withId("outbox-retry-confirm")));
        assertThat(status("view-failed")).isEqualTo("FAILED");

        ButtonKt._click(retry);
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("outbox-retry-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains(caseNumber);
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(status("view-failed")).isEqualTo("PENDING");
        assertThat(jdbc.sql("select attempts from outbound_message where idempotency_key = 'view-failed'")
                        .query(Integer.class)
                        .single())
                .isZero();
        NotificationsKt.expectNotifications("Pesan keluar #"
                + rows().stream()
                        .filter(r -> r.recipient().equals("6281290000302"))
                        .findFirst()
                        .orElseThrow()
                        .id() + " masuk antrean lagi.");
        assertThat(audited("OUTBOUND_MESSAGE_RETRIED")).isEqualTo(1);
        assertThat(rows()).extracting(OutboundMessageRow::status).doesNotContain(OutboundStatus.FAILED);
    }

    @Test
    void a_message_that_is_no_longer_failed_is_not_retried_and_the_administrator_is_told_to_reload() {
        login(admin, Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        grid().select(GridKt._get(grid(), 1));
        jdbc.sql("update outbound_message set status = 'DELIVERED' where idempotency_key = 'view-failed'")
                .update();

        ButtonKt._click(_get(Button.class, s -> s.withId("outbox-retry")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("outbox-retry-confirm")));

        NotificationsKt.expectNotifications("Pesan ini tidak (lagi) berstatus gagal; muat ulang daftar.");
        assertThat(status("view-failed")).isEqualTo("DELIVERED");
        assertThat(audited("OUTBOUND_MESSAGE_RETRIED")).isZero();
    }

    @Test
    void nobody_but_administrators_opens_pesan_keluar() {
        for (Role role : List.of(Role.PETUGAS, Role.KEPALA, Role.PERENCANA)) {
            login(role.name().toLowerCase() + "-outbox", role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(OutboxView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void the_view_names_its_menu_entry() {
        Menu menu = OutboxView.class.getAnnotation(Menu.class);

        assertThat(menu.order()).isEqualTo(93);
        assertThat(menu.icon()).isEqualTo("vaadin:envelope-o");
        assertThat(UI.getCurrent().getTranslation(menu.title())).isEqualTo("Pesan Keluar");
    }
}
