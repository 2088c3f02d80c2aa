package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.ppu.dukcapil.intake.ConversationService;
import id.ppu.dukcapil.intake.TriageRow;
import id.ppu.dukcapil.intake.WhatsAppTestMessages;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A clerk answers a resident's question from the triage queue; the reply waits in the outbox and shows in the thread. */
class TriageReplyViewIT extends AbstractViewIT {

    /** WhatsApp senders of this class start with 6281700; message ids with wamid.REPLYVIEW. */
    private static final String SENDER = "628170000001";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WhatsAppTestMessages whatsApp;

    @Autowired
    ConversationService conversations;

    @BeforeEach
    void question() {
        jdbc.sql("delete from outbound_message").update();
        whatsApp.receive("wamid.REPLYVIEW1", SENDER, "Rina", "Syaratnya apa saja untuk KTP-el?");
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from outbound_message").update();
        TestCases.deleteWhere(jdbc, "phone like '6281700%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.REPLYVIEW%'")
                .update();
    }

    private void openQuestion() {
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(TriageView.class);
        @SuppressWarnings("unchecked")
        Grid<TriageRow> grid = _get(Grid.class, s -> s.withId("triage-grid"));
        grid.asSingleSelect()
                .setValue(GridKt._findAll(grid).stream()
                        .filter(r -> SENDER.equals(r.phone()))
                        .findFirst()
                        .orElseThrow());
    }

    private long caseId() {
        return jdbc.sql("select id from service_case where phone = :p")
                .param("p", SENDER)
                .query(Long.class)
                .single();
    }

    @Test
    void a_clerk_answers_a_question_in_free_text_within_the_window_and_the_reply_joins_the_thread() {
        openQuestion();
        assertThat(_get(Paragraph.class, s -> s.withId("triage-reply-window")).getText())
                .startsWith(
                        "Balasan dikirim sebagai teks bebas: jendela 24 jam sejak pesan terakhir warga terbuka sampai ");
        assertThat(_get(Paragraph.class, s -> s.withId("triage-reply-sending")).getText())
                .startsWith("Pengiriman WhatsApp mati: WHATSAPP_ACCESS_TOKEN belum diisi.");

        _get(TextArea.class, s -> s.withId("triage-reply-text"))
                .setValue("Syarat KTP-el: fotokopi KK dan hadir untuk perekaman.");
        ButtonKt._click(_get(Button.class, s -> s.withId("triage-reply-send")));

        NotificationsKt.expectNotifications("Balasan masuk antrean pengiriman.");
        Map<String, Object> queued = jdbc.sql("select recipient, kind, body, template_name, status, case_id, created_by"
                        + " from outbound_message")
                .query()
                .singleRow();
        assertThat(queued)
                .containsEntry("recipient", SENDER)
                .containsEntry("kind", "REPLY")
                .containsEntry("body", "Syarat KTP-el: fotokopi KK dan hadir untuk perekaman.")
                .containsEntry("status", "PENDING")
                .containsEntry("case_id", caseId())
                .containsEntry("created_by", "petugas");
        assertThat(queued.get("template_name")).isNull();
        Div thread = _get(Div.class, s -> s.withId("triage-messages"));
        List<String> bubbles = thread.getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
        assertThat(bubbles).hasSize(2);
        assertThat(bubbles.get(0)).endsWith("Syaratnya apa saja untuk KTP-el?");
        assertThat(bubbles.get(1))
                .contains("petugas · Menunggu")
                .endsWith("Syarat KTP-el: fotokopi KK dan hadir untuk perekaman.");
        assertThat(_get(TextArea.class, s -> s.withId("triage-reply-text")).getValue())
                .isEmpty();
    }

    @Test
    void outside_the_window_without_an_approved_reply_template_the_clerk_is_told_and_cannot_send() {
        jdbc.sql(
                        "update inbound_message set received_at = now() - interval '2 days' where message_id = 'wamid.REPLYVIEW1'")
                .update();
        openQuestion();

        assertThat(_get(Paragraph.class, s -> s.withId("triage-reply-window")).getText())
                .isEqualTo(
                        "Di luar jendela 24 jam sejak pesan terakhir warga, dan belum ada templat balasan yang disetujui:"
                                + " balasan tidak dapat dikirim.");
        assertThat(_get(Button.class, s -> s.withId("triage-reply-send")).isEnabled())
                .isFalse();
        assertThat(_get(TextArea.class, s -> s.withId("triage-reply-text")).isEnabled())
                .isFalse();
    }

    @Test
    void the_same_reply_sent_twice_is_queued_once_and_an_empty_reply_not_at_all() {
        TestSignIn.signIn("petugas", Role.PETUGAS);
        long id = caseId();

        long first = conversations.reply(id, "3f2b-double-click", "Silakan datang hari Senin.");
        long again = conversations.reply(id, "3f2b-double-click", "Silakan datang hari Senin.");

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from outbound_message")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        openQuestion();
        ButtonKt._click(_get(Button.class, s -> s.withId("triage-reply-send")));
        NotificationsKt.expectNotifications("Teks pesan harus berisi 1 sampai 4096 karakter.");
        assertThat(jdbc.sql("select count(*) from outbound_message")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
