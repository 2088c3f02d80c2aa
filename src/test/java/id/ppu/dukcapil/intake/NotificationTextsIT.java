package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.cases.CaseService;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.Regions;
import id.ppu.dukcapil.support.SignedIn;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The notification texts: seeded with the defaults, changed by an administrator (validated,
 * audited, refused when changed meanwhile, also by a simultaneous save), reset to the default, and
 * what a resident receives after a status change.
 */
@SpringBootTest
@SignedIn(user = "teks-admin", roles = Role.ADMIN)
class NotificationTextsIT {

    private static final String ADMIN = "teks-admin";
    private static final String RESIDENT = "081291000088";
    private static final String RESIDENT_WA_ID = "6281291000088";

    @Autowired
    NotificationTexts texts;

    @Autowired
    CaseService caseService;

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TestCases fixtures;

    @BeforeEach
    void start() {
        fixtures = new TestCases(jdbc, "PPU-2094");
        restoreDefaults();
        jdbc.sql("delete from outbound_message").update();
    }

    @AfterEach
    void stop() {
        restoreDefaults();
        jdbc.sql("delete from outbound_message").update();
        jdbc.sql("delete from inbound_message where message_id like 'wamid.TEXTTEST%'")
                .update();
        fixtures.deleteAll();
    }

    private void restoreDefaults() {
        jdbc.sql("update notification_text set body = default_body, version = 0")
                .update();
    }

    private NotificationText stored(NotificationKind kind) {
        return texts.all().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    private List<String> audit(String kind) {
        return jdbc.sql("select subject || ' | ' || detail from audit_event where actor = :a and kind = :k order by id")
                .param("a", ADMIN)
                .param("k", kind)
                .query(String.class)
                .list();
    }

    @Test
    void every_kind_has_its_default_text_and_every_default_passes_its_own_rules() {
        List<NotificationText> all = texts.all();

        assertThat(all).extracting(NotificationText::kind).containsExactly(NotificationKind.values());
        for (NotificationText t : all) {
            assertThat(t.isDefault()).as(t.kind().name()).isTrue();
            assertThatCode(() -> texts.preview(t.kind(), t.body()))
                    .as(t.kind().name())
                    .doesNotThrowAnyException();
        }
        assertThat(stored(NotificationKind.REJECTED).body()).contains("Alasan: {alasan}");
    }

    @Test
    void an_edited_text_is_what_the_cloud_api_receives_after_a_status_change() throws Exception {
        NotificationText before = stored(NotificationKind.REJECTED);
        texts.change(
                NotificationKind.REJECTED,
                before.version(),
                "Yth. pemohon, permohonan {layanan} nomor {nomor} kami tolak karena: {alasan}\nSalam, Disdukcapil PPU");
        jdbc.sql("""
                insert into inbound_message (channel, message_id, sender, message_type, body, received_at)
                values ('WHATSAPP', 'wamid.TEXTTEST1', :s, 'text', 'Halo', :at)""")
                .param("s", RESIDENT_WA_ID)
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                .update();
        String number = fixtures.insert(
                "WEB",
                "KK",
                "SUBMITTED",
                TestCases.anyNik(),
                "Siti Teks",
                Regions.WARU_VILLAGE,
                Instant.now().minus(Duration.ofDays(2)));
        long id = jdbc.sql("update service_case set phone = :p where case_number = :n returning id")
                .param("p", RESIDENT)
                .param("n", number)
                .query(Long.class)
                .single();
        long version = jdbc.sql("select version from service_case where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();

        TestSignIn.as(
                "petugas",
                Role.PETUGAS,
                () -> caseService.changeStatus(id, version, CaseStatus.REJECTED, "Foto KK tidak terbaca"));

        try (CloudApiStandIn meta = CloudApiStandIn.start()) {
            TestClock clock =
                    new TestClock(Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS));
            OutboxWorker worker =
                    new OutboxWorker(store, OutboxSettings.on(meta.apiUrl()), json, clock, transactionManager);
            assertThat(worker.sendDue()).isEqualTo(1);
            assertThat(meta.requests()).singleElement().satisfies(r -> {
                assertThat(r.body().path("to").asText()).isEqualTo(RESIDENT_WA_ID);
                assertThat(r.body().path("text").path("body").asText())
                        .isEqualTo("Yth. pemohon, permohonan Kartu Keluarga (KK) nomor " + number
                                + " kami tolak karena: Foto KK tidak terbaca\nSalam, Disdukcapil PPU"
                                + "\n\nBalas BERHENTI bila tidak ingin menerima pesan lagi.");
            });
        }
    }

    @Test
    void a_change_is_stored_with_a_new_version_and_who_made_it_and_recorded_in_the_audit_trail() {
        NotificationText before = stored(NotificationKind.COMPLETED);

        NotificationText after = texts.change(
                NotificationKind.COMPLETED, before.version(), "  Permohonan {nomor} selesai.\r\nTerima kasih.  ");

        assertThat(after.body()).isEqualTo("Permohonan {nomor} selesai.\nTerima kasih.");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.updatedBy()).isEqualTo(ADMIN);
        assertThat(after.isDefault()).isFalse();
        assertThat(stored(NotificationKind.COMPLETED)).isEqualTo(after);
        assertThat(audit("NOTIFICATION_TEXT_CHANGED"))
                .last()
                .isEqualTo("COMPLETED | v0 → v1: Permohonan {nomor} selesai.\nTerima kasih.");

        // The same text again changes nothing and records nothing.
        int entries = audit("NOTIFICATION_TEXT_CHANGED").size();
        assertThat(texts.change(NotificationKind.COMPLETED, after.version(), after.body()))
                .isEqualTo(after);
        assertThat(audit("NOTIFICATION_TEXT_CHANGED")).hasSize(entries);
    }

    @Test
    void a_refused_text_changes_nothing_and_records_nothing() {
        NotificationText before = stored(NotificationKind.REJECTED);
        int entries = audit("NOTIFICATION_TEXT_CHANGED").size();

        NotificationTextException missing = catchThrowableOfType(
                NotificationTextException.class,
                () -> texts.change(NotificationKind.REJECTED, before.version(), "Permohonan {nomor} ditolak."));
        NotificationTextException unknown = catchThrowableOfType(
                NotificationTextException.class,
                () -> texts.change(NotificationKind.REJECTED, before.version(), "{nomor} {alasan} {nama_pemohon}"));
        NotificationTextException tooLong = catchThrowableOfType(
                NotificationTextException.class,
                () -> texts.change(
                        NotificationKind.REJECTED, before.version(), "{nomor} {alasan} " + "x".repeat(3900)));

        assertThat(missing.messageKey()).isEqualTo("notificationText.error.missing");
        assertThat(missing.args()).containsExactly(NotificationKind.REJECTED, "{alasan}");
        assertThat(unknown.messageKey()).isEqualTo("notificationText.error.unknown");
        assertThat(unknown.args()[0]).isEqualTo("{nama_pemohon}");
        // 3900 characters fit WhatsApp's 4096 as typed, but not with a 500-character reason filled in.
        assertThat(tooLong.messageKey()).isEqualTo("notificationText.error.tooLong");
        assertThat((int) tooLong.args()[0]).isGreaterThan(4096);
        assertThat(stored(NotificationKind.REJECTED)).isEqualTo(before);
        assertThat(audit("NOTIFICATION_TEXT_CHANGED")).hasSize(entries);
    }

    @Test
    void the_table_itself_refuses_a_rejection_text_without_its_reason() {
        assertThatThrownBy(() -> jdbc.sql("update notification_text set body = 'Permohonan {nomor} ditolak.'"
                                + " where kind = 'REJECTED'")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_names_who_changed_the_text() {
        NotificationText read = stored(NotificationKind.READY);
        TestSignIn.as(
                "rekan-admin",
                Role.ADMIN,
                () -> texts.change(NotificationKind.READY, read.version(), "{nomor} siap di {tempat_ambil}."));

        NotificationTextException conflict = catchThrowableOfType(
                NotificationTextException.class,
                () -> texts.change(NotificationKind.READY, read.version(), "{nomor}: ambil di {tempat_ambil}."));

        assertThat(conflict.messageKey()).isEqualTo("notificationText.error.conflict");
        assertThat(conflict.args()).containsExactly(NotificationKind.READY, "rekan-admin");
        assertThat(stored(NotificationKind.READY).body()).isEqualTo("{nomor} siap di {tempat_ambil}.");
        assertThatThrownBy(() -> texts.resetToDefault(NotificationKind.READY, read.version()))
                .isInstanceOf(NotificationTextException.class)
                .hasMessage("notificationText.error.conflict");
    }

    @Test
    void of_two_simultaneous_saves_from_the_same_version_exactly_one_is_stored() throws Exception {
        long version = stored(NotificationKind.NEEDS_CORRECTION).version();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String who : List.of("admin-satu", "admin-dua")) {
                outcomes.add(pool.submit(() -> {
                    TestSignIn.signIn(who, Role.ADMIN);
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        texts.change(
                                NotificationKind.NEEDS_CORRECTION,
                                version,
                                "Oleh " + who + ": {nomor} perlu diperbaiki: {perbaikan}");
                        return "stored";
                    } catch (NotificationTextException e) {
                        return e.messageKey();
                    } finally {
                        TestSignIn.signOut();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsExactlyInAnyOrder("stored", "notificationText.error.conflict");
        } finally {
            pool.shutdownNow();
        }
        NotificationText after = stored(NotificationKind.NEEDS_CORRECTION);
        assertThat(after.version()).isEqualTo(version + 1);
        assertThat(after.body()).isEqualTo("Oleh " + after.updatedBy() + ": {nomor} perlu diperbaiki: {perbaikan}");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'NOTIFICATION_TEXT_CHANGED'"
                                + " and actor in ('admin-satu', 'admin-dua') and subject = 'NEEDS_CORRECTION'"
                                + " and detail like 'v" + version + " →%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_reset_puts_the_default_back_and_is_recorded_in_the_audit_trail() {
        NotificationText changed = texts.change(
                NotificationKind.WAITING_IN_PERSON_VISIT,
                stored(NotificationKind.WAITING_IN_PERSON_VISIT).version(),
                "{nomor}: jemput bola {kunjungan}. Bawa {syarat}");

        NotificationText reset = texts.resetToDefault(NotificationKind.WAITING_IN_PERSON_VISIT, changed.version());

        assertThat(reset.isDefault()).isTrue();
        assertThat(reset.body()).isEqualTo(changed.defaultBody());
        assertThat(reset.version()).isEqualTo(changed.version() + 1);
        assertThat(audit("NOTIFICATION_TEXT_RESET"))
                .last()
                .asString()
                .startsWith(
                        "WAITING_IN_PERSON_VISIT | v1 → v2: Permohonan {nomor} ({layanan}) menunggu kehadiran Anda.");
    }

    @Test
    void the_preview_fills_in_a_sample_case_and_adds_the_opt_out_line() {
        String preview = texts.preview(
                NotificationKind.WAITING_IN_PERSON_VISIT,
                "Permohonan {nomor} ({layanan}): jemput bola {kunjungan}. Bawa {syarat} Jam kantor {jam_layanan}.");

        assertThat(preview)
                .startsWith("Permohonan PPU-2026-0012345 (KTP-el): jemput bola ")
                .contains("di Kelurahan Nipah-Nipah, Kecamatan Penajam. Bawa Syarat KTP-el:\nKTP-el baru (perekaman):")
                .contains("Jam kantor Senin-Jumat 08.00-15.00 WITA.")
                .endsWith("\n\nBalas BERHENTI bila tidak ingin menerima pesan lagi.")
                .doesNotContain("{");
        assertThatThrownBy(() -> texts.preview(NotificationKind.WAITING_IN_PERSON_VISIT, "{nomor} {syarat}"))
                .isInstanceOf(NotificationTextException.class)
                .hasMessage("notificationText.error.missing");
    }
}
