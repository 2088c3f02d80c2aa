package id.ppu.dukcapil.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assert;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import id.ppu.dukcapil.intake.NotificationKind;
import id.ppu.dukcapil.intake.NotificationTexts;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import id.ppu.dukcapil.support.TestSignIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class NotificationTextsViewIT extends AbstractViewIT {

    private static final String EDITED =
            "Mohon maaf, permohonan {nomor} ({layanan}) ditolak. Alasan: {alasan}\nHubungi kantor bila ada pertanyaan.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationTexts texts;

    String admin;

    @BeforeEach
    void defaults() {
        restoreDefaults();
        admin = "teks-view-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() {
        restoreDefaults();
    }

    private void restoreDefaults() {
        jdbc.sql("update notification_text set body = default_body, version = 0")
                .update();
    }

    private String body(String kind) {
        return jdbc.sql("select body from notification_text where kind = :k")
                .param("k", kind)
                .query(String.class)
                .single();
    }

    private static TextArea text(String kind) {
        return _get(TextArea.class, s -> s.withId("notification-text-" + kind));
    }

    private static String preview(String kind) {
        return _get(Div.class, s -> s.withId("notification-preview-" + kind)).getText();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private void open() {
        login(admin, Role.ADMIN);
        UI.getCurrent().navigate(NotificationTextsView.class);
    }

    @Test
    void every_kind_has_an_editor_with_its_text_its_placeholders_and_a_preview_of_a_sample_case() {
        open();

        for (NotificationKind kind : NotificationKind.values()) {
            _assert(TextArea.class, 1, s -> s.withId("notification-text-" + kind.name()));
        }
        assertThat(text("REJECTED").getValue()).isEqualTo(body("REJECTED"));
        assertThat(_get(UnorderedList.class, s -> s.withId("notification-placeholders-REJECTED"))
                        .getElement()
                        .getTextRecursively())
                .contains("{alasan} – alasan penolakan (catatan petugas) (wajib)")
                .contains("{layanan} – jenis layanan, misalnya KTP-el")
                .doesNotContain("{kunjungan}");
        assertThat(preview("REJECTED"))
                .startsWith(
                        "Mohon maaf, permohonan PPU-2026-0012345 (KTP-el) tidak dapat diproses. Alasan: NIK pemohon")
                .endsWith("Balas BERHENTI bila tidak ingin menerima pesan lagi.");
        assertThat(preview("WAITING_IN_PERSON_VISIT")).contains("di Kelurahan Nipah-Nipah, Kecamatan Penajam");
        assertThat(_get(Span.class, s -> s.withId("notification-state-REJECTED"))
                        .getText())
                .isEqualTo("Teks bawaan");
        assertThat(button("notification-reset-REJECTED").isEnabled()).isFalse();
    }

    @Test
    void an_edit_shows_in_the_preview_at_once_and_is_stored_on_save() {
        open();

        text("REJECTED").setValue(EDITED);

        assertThat(preview("REJECTED"))
                .startsWith("Mohon maaf, permohonan PPU-2026-0012345 (KTP-el) ditolak. Alasan: NIK pemohon")
                .contains("\nHubungi kantor bila ada pertanyaan.\n\nBalas BERHENTI");
        assertThat(body("REJECTED")).isNotEqualTo(EDITED);

        ButtonKt._click(button("notification-save-REJECTED"));

        NotificationsKt.expectNotifications("Teks \"Ditolak\" disimpan.");
        assertThat(body("REJECTED")).isEqualTo(EDITED);
        assertThat(_get(Span.class, s -> s.withId("notification-state-REJECTED"))
                        .getText())
                .startsWith("Diubah dari teks bawaan · Terakhir diubah oleh " + admin + ", ");
        assertThat(button("notification-reset-REJECTED").isEnabled()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and kind = 'NOTIFICATION_TEXT_CHANGED'")
                        .param("a", admin)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_text_that_breaks_a_rule_is_marked_with_the_reason_and_not_stored() {
        open();
        String before = body("REJECTED");

        text("REJECTED").setValue("Permohonan {nomor} ditolak.");

        assertThat(text("REJECTED").isInvalid()).isTrue();
        assertThat(text("REJECTED").getErrorMessage()).isEqualTo("Teks \"Ditolak\" harus memuat penanda {alasan}.");
        assertThat(preview("REJECTED")).isEmpty();
        ButtonKt._click(button("notification-save-REJECTED"));
        assertThat(text("REJECTED").isInvalid()).isTrue();
        assertThat(body("REJECTED")).isEqualTo(before);

        text("REJECTED").setValue("Permohonan {nomor} ditolak: {alasan} {kunjungan}");
        assertThat(text("REJECTED").getErrorMessage())
                .isEqualTo("Penanda {kunjungan} tidak tersedia untuk teks \"Ditolak\". Penanda yang dapat dipakai:"
                        + " {nomor}, {layanan}, {alasan}, {jam_layanan}.");

        text("REJECTED").setValue("Permohonan {nomor ditolak: {alasan}");
        assertThat(text("REJECTED").getErrorMessage())
                .isEqualTo("Kurung kurawal hanya dipakai untuk penanda, misalnya {nomor}. Periksa bagian"
                        + " \"Permohonan {nomor ditolak:…\".");

        text("REJECTED").setValue(EDITED);
        assertThat(text("REJECTED").isInvalid()).isFalse();
        assertThat(preview("REJECTED")).isNotEmpty();
    }

    @Test
    void a_reset_to_the_default_happens_only_after_the_administrator_confirms() {
        String original = body("READY");
        open();
        text("READY").setValue("{nomor}: dokumen {layanan} siap di {tempat_ambil}.");
        ButtonKt._click(button("notification-save-READY"));

        ButtonKt._click(button("notification-reset-READY"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("notification-reset-confirm"));
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Dokumen siap diambil");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(body("READY")).isEqualTo("{nomor}: dokumen {layanan} siap di {tempat_ambil}.");

        ButtonKt._click(button("notification-reset-READY"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("notification-reset-confirm")));

        assertThat(body("READY")).isEqualTo(original);
        assertThat(text("READY").getValue()).isEqualTo(original);
        assertThat(button("notification-reset-READY").isEnabled()).isFalse();
        NotificationsKt.expectNotifications(
                "Teks \"Dokumen siap diambil\" disimpan.", "Teks \"Dokumen siap diambil\" dikembalikan ke bawaan.");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a and kind = 'NOTIFICATION_TEXT_RESET'")
                        .param("a", admin)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_save_over_a_colleagues_change_is_refused_and_says_to_reload() {
        open();
        TestSignIn.as(
                "rekan-teks",
                Role.ADMIN,
                () -> texts.change(NotificationKind.COMPLETED, 0, "Permohonan {nomor} sudah selesai."));

        text("COMPLETED").setValue("Permohonan {nomor} selesai. Terima kasih.");
        ButtonKt._click(button("notification-save-COMPLETED"));

        NotificationsKt.expectNotifications(
                "Teks \"Selesai\" baru saja diubah oleh rekan-teks. Muat ulang halaman, lalu ulangi perubahan Anda.");
        assertThat(body("COMPLETED")).isEqualTo("Permohonan {nomor} sudah selesai.");
    }

    @Test
    void nobody_but_administrators_opens_the_notification_texts() {
        for (Role role : List.of(Role.PETUGAS, Role.KEPALA, Role.PERENCANA)) {
            login(role.name().toLowerCase() + "-teks", role);
            assertThatThrownBy(() -> UI.getCurrent().navigate(NotificationTextsView.class))
                    .as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void the_view_names_its_menu_entry() {
        Menu menu = NotificationTextsView.class.getAnnotation(Menu.class);

        assertThat(menu.order()).isEqualTo(93.7);
        assertThat(UI.getCurrent().getTranslation(menu.title())).isEqualTo("Teks Notifikasi");
    }
}
