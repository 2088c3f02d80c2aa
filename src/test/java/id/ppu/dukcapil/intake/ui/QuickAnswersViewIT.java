package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import id.ppu.dukcapil.cases.ServiceType;
import id.ppu.dukcapil.intake.QuickAnswer;
import id.ppu.dukcapil.intake.QuickAnswerDraft;
import id.ppu.dukcapil.intake.QuickAnswers;
import id.ppu.dukcapil.intake.TriageRow;
import id.ppu.dukcapil.intake.WhatsAppTestMessages;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Jawaban Cepat": an administrator adds, edits and deletes quick answers (with a character
 * counter, the rules' messages at their fields, a confirmation before deleting, an empty state),
 * and what the administrator saved is what the triage reply form offers a clerk. Answers of this
 * class are titled "Uji ..."; its WhatsApp sender starts with 6281701.
 */
class QuickAnswersViewIT extends AbstractViewIT {

    private static final String SENDER = "628170100001";

    @Autowired
    QuickAnswers quickAnswers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WhatsAppTestMessages whatsApp;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from quick_answer where title like 'Uji %'").update();
        jdbc.sql("delete from outbound_message where recipient like '6281701%'").update();
        TestCases.deleteWhere(jdbc, "phone like '6281701%'");
        jdbc.sql("delete from inbound_message where message_id like 'wamid.QAVIEW%'")
                .update();
    }

    private QuickAnswer answer(ServiceType service, String title, String body) {
        QuickAnswerDraft d = new QuickAnswerDraft();
        d.setServiceType(service);
        d.setTitle(title);
        d.setBody(body);
        QuickAnswer[] created = new QuickAnswer[1];
        TestSignIn.as("admin-qa", Role.ADMIN, () -> created[0] = quickAnswers.create(d));
        return created[0];
    }

    private void openAsAdmin() {
        login("admin-qa", Role.ADMIN);
        UI.getCurrent().navigate(QuickAnswersView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<QuickAnswer> grid() {
        return _get(Grid.class, s -> s.withId("quick-answers-grid"));
    }

    private static List<QuickAnswer> rows() {
        return GridKt._findAll(grid());
    }

    private static QuickAnswer row(String title) {
        return rows().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }

    private static TextArea body() {
        return _get(TextArea.class, s -> s.withId("quick-answer-body"));
    }

    private static TextField title() {
        return _get(TextField.class, s -> s.withId("quick-answer-title"));
    }

    private static void save() {
        ButtonKt._click(_get(Button.class, s -> s.withId("quick-answer-save")));
    }

    @Test
    void the_list_holds_the_requirements_of_every_service_and_filters_by_service() {
        openAsAdmin();

        assertThat(rows())
                .extracting(QuickAnswer::title)
                .contains("Syarat KTP-el", "Syarat Akta Kematian", "Jam layanan");
        assertThat(GridKt._getFormattedRow(grid(), 0))
                .startsWith("e-KTP", "Syarat KTP-el", "10", "Aktif · Syarat layanan");

        HasValueUtilsKt._setValue(select("quick-answers-filter"), "DEATH_CERT");
        assertThat(rows()).extracting(QuickAnswer::title).containsExactly("Syarat Akta Kematian");
        HasValueUtilsKt._setValue(select("quick-answers-filter"), "GENERAL");
        assertThat(rows()).extracting(QuickAnswer::serviceType).containsOnlyNulls();
    }

    @Test
    void a_service_without_answers_shows_the_empty_state() {
        jdbc.sql("update quick_answer set service_type = 'KK' where service_type = 'DIVORCE_CERT'")
                .update();
        try {
            openAsAdmin();
            HasValueUtilsKt._setValue(select("quick-answers-filter"), "DIVORCE_CERT");

            assertThat(rows()).isEmpty();
            assertThat(grid().getEmptyStateText())
                    .isEqualTo(
                            "Belum ada jawaban cepat untuk pilihan ini. Tambahkan dengan tombol \"Tambah jawaban\".");
        } finally {
            jdbc.sql("update quick_answer set service_type = 'DIVORCE_CERT' where title = 'Syarat Akta Perceraian'")
                    .update();
        }
    }

    @Test
    void an_administrator_adds_an_answer_for_the_filtered_service_watching_its_character_count() {
        openAsAdmin();
        HasValueUtilsKt._setValue(select("quick-answers-filter"), "KK");
        ButtonKt._click(_get(Button.class, s -> s.withId("quick-answers-add")));

        assertThat(_get(H3.class, s -> s.withId("quick-answer-form-title")).getText())
                .isEqualTo("Jawaban cepat baru");
        assertThat(select("quick-answer-service").getValue()).isEqualTo(ServiceType.KK);
        assertThat(body().getHelperText()).isEqualTo("0 / 4096 karakter");
        HasValueUtilsKt._setValue(title(), "Uji Pisah KK");
        HasValueUtilsKt._setValue(body(), "Syarat pisah KK: KK lama dan buku nikah.");
        assertThat(body().getHelperText()).isEqualTo("40 / 4096 karakter");
        save();

        NotificationsKt.expectNotifications("Jawaban cepat \"Uji Pisah KK\" disimpan.");
        QuickAnswer saved = row("Uji Pisah KK");
        assertThat(saved.serviceType()).isEqualTo(ServiceType.KK);
        assertThat(saved.body()).isEqualTo("Syarat pisah KK: KK lama dan buku nikah.");
        assertThat(saved.updatedBy()).isEqualTo("admin-qa");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor = 'admin-qa' and kind = 'QUICK_ANSWER_CREATED'"
                                        + " and subject like '%Uji Pisah KK'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_rule_broken_is_said_at_its_field_and_nothing_is_saved() {
        openAsAdmin();
        ButtonKt._click(_get(Button.class, s -> s.withId("quick-answers-add")));
        HasValueUtilsKt._setValue(body(), "Teks tanpa judul.");
        save();

        assertThat(title().isInvalid()).isTrue();
        assertThat(title().getErrorMessage()).isEqualTo("Judul wajib diisi.");

        HasValueUtilsKt._setValue(title(), "Uji Umum Syarat");
        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("quick-answer-requirements")), true);
        save();
        Select<ServiceType> service = select("quick-answer-service");
        assertThat(service.isInvalid()).isTrue();
        assertThat(service.getErrorMessage())
                .isEqualTo("Jawaban umum tidak dapat menjadi syarat layanan: pilih layanannya, atau hapus tanda syarat"
                        + " layanan.");

        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("quick-answer-requirements")), false);
        HasValueUtilsKt._setValue(body(), "x".repeat(4097));
        save();
        assertThat(body().getErrorMessage())
                .isEqualTo(
                        "Teks jawaban paling banyak 4096 karakter (batas satu pesan WhatsApp); sekarang 4097 karakter.");
        assertThat(jdbc.sql("select count(*) from quick_answer where title like 'Uji %'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_title_the_service_has_already_is_refused_by_the_service_at_the_title() {
        answer(ServiceType.KIA, "Uji KIA hilang", "Bawa surat kehilangan.");
        openAsAdmin();
        ButtonKt._click(_get(Button.class, s -> s.withId("quick-answers-add")));
        HasValueUtilsKt._setValue(select("quick-answer-service"), ServiceType.KIA);
        HasValueUtilsKt._setValue(title(), "uji kia HILANG");
        HasValueUtilsKt._setValue(body(), "Lagi.");
        save();

        String message = "Sudah ada jawaban cepat berjudul \"uji kia HILANG\" untuk layanan ini; pilih judul lain.";
        NotificationsKt.expectNotifications(message);
        assertThat(title().getErrorMessage()).isEqualTo(message);
    }

    @Test
    void an_answer_changed_meanwhile_by_someone_else_is_not_overwritten_and_the_administrator_is_told() {
        QuickAnswer a = answer(ServiceType.KTP, "Uji Ganti Data", "Bawa KK terbaru.");
        openAsAdmin();
        grid().select(row("Uji Ganti Data"));
        TestSignIn.as("admin-lain", Role.ADMIN, () -> {
            QuickAnswerDraft theirs = QuickAnswerDraft.of(a);
            theirs.setBody("Bawa KK terbaru dan KTP-el lama.");
            quickAnswers.update(a.id(), a.version(), theirs);
        });
        HasValueUtilsKt._setValue(body(), "Versi saya.");
        save();

        NotificationsKt.expectNotifications("Jawaban cepat \"Uji Ganti Data\" telah diubah oleh admin-lain sejak Anda"
                + " membukanya. Isian Anda belum disimpan: muat ulang lalu coba lagi.");
        assertThat(row("Uji Ganti Data").body()).isEqualTo("Bawa KK terbaru dan KTP-el lama.");
    }

    @Test
    void deleting_asks_first_and_a_cancel_keeps_the_answer() {
        answer(ServiceType.KK, "Uji Hapus", "Akan dihapus.");
        openAsAdmin();
        grid().select(row("Uji Hapus"));

        ButtonKt._click(_get(Button.class, s -> s.withId("quick-answer-delete")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("quick-answer-delete-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("Jawaban \"Uji Hapus\" akan dihapus");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(rows()).extracting(QuickAnswer::title).contains("Uji Hapus");

        ButtonKt._click(_get(Button.class, s -> s.withId("quick-answer-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("quick-answer-delete-confirm")));

        NotificationsKt.expectNotifications("Jawaban cepat \"Uji Hapus\" dihapus.");
        assertThat(rows()).extracting(QuickAnswer::title).doesNotContain("Uji Hapus");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where actor = 'admin-qa' and kind = 'QUICK_ANSWER_DELETED'"
                                        + " and subject like '%Uji Hapus'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void what_an_administrator_saves_is_what_the_triage_reply_form_offers_for_the_cases_service() {
        answer(ServiceType.KK, "Uji Pindah datang", "Syarat pindah datang: surat pindah.");
        openAsAdmin();
        grid().select(row("Uji Pindah datang"));
        HasValueUtilsKt._setValue(body(), "Syarat pindah datang: surat keterangan pindah dan KTP-el.");
        HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("quick-answer-active")), true);
        save();
        answer(ServiceType.KTP, "Uji KTP saja", "Hanya untuk KTP-el.");

        whatsApp.receive("wamid.QAVIEW1", SENDER, "Rina", "Mau pindah KK, bawa apa?");
        jdbc.sql("update service_case set service_type = 'KK' where phone = :p")
                .param("p", SENDER)
                .update();
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(TriageView.class);
        @SuppressWarnings("unchecked")
        Grid<TriageRow> triage = _get(Grid.class, s -> s.withId("triage-grid"));
        triage.asSingleSelect()
                .setValue(GridKt._findAll(triage).stream()
                        .filter(r -> SENDER.equals(r.phone()))
                        .findFirst()
                        .orElseThrow());

        assertThat(select("triage-quick-service").getValue()).isEqualTo(ServiceType.KK);
        @SuppressWarnings("unchecked")
        ComboBox<QuickAnswer> picker = _get(ComboBox.class, s -> s.withId("triage-quick-answer"));
        List<String> offered = ComboBoxKt.getSuggestions(picker);
        assertThat(offered)
                .contains("Syarat Kartu Keluarga (KK)", "Uji Pindah datang", "Jam layanan · Umum")
                .doesNotContain("Uji KTP saja", "Syarat KTP-el");
        ComboBoxKt.selectByLabel(picker, "Uji Pindah datang");
        TextArea reply = _get(TextArea.class, s -> s.withId("triage-reply-text"));
        assertThat(reply.getValue()).isEqualTo("Syarat pindah datang: surat keterangan pindah dan KTP-el.");

        // Another service's answers are one choice away.
        HasValueUtilsKt._setValue(QuickAnswersViewIT.<ServiceType>select("triage-quick-service"), null);
        assertThat(ComboBoxKt.getSuggestions(picker))
                .contains("e-KTP · Uji KTP saja", "Kartu Keluarga · Uji Pindah datang");
    }

    @Test
    void outside_the_24_hour_window_no_quick_answer_is_offered() {
        whatsApp.receive("wamid.QAVIEW2", SENDER, "Rina", "Syarat KK apa saja?");
        jdbc.sql(
                        "update inbound_message set received_at = now() - interval '2 days' where message_id = 'wamid.QAVIEW2'")
                .update();
        login("petugas", Role.PETUGAS);
        UI.getCurrent().navigate(TriageView.class);
        @SuppressWarnings("unchecked")
        Grid<TriageRow> triage = _get(Grid.class, s -> s.withId("triage-grid"));
        triage.asSingleSelect()
                .setValue(GridKt._findAll(triage).stream()
                        .filter(r -> SENDER.equals(r.phone()))
                        .findFirst()
                        .orElseThrow());

        // Karibu finds visible components only: the picker is hidden.
        assertThat(_find(ComboBox.class, s -> s.withId("triage-quick-answer"))).isEmpty();
        assertThat(_get(TextArea.class, s -> s.withId("triage-reply-text")).isEnabled())
                .isFalse();
    }

    @Test
    void nobody_but_administrators_opens_jawaban_cepat() {
        for (Role role : List.of(Role.PETUGAS, Role.KEPALA, Role.PERENCANA)) {
            login(role.name().toLowerCase() + "-qa", role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(QuickAnswersView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void the_view_names_its_menu_entry() {
        Menu menu = QuickAnswersView.class.getAnnotation(Menu.class);

        assertThat(menu.icon()).isEqualTo("vaadin:comments-o");
        assertThat(UI.getCurrent().getTranslation(menu.title())).isEqualTo("Jawaban Cepat");
    }
}
