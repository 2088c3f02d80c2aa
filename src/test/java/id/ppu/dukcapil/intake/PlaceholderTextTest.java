package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.ppu.dukcapil.outreach.UpcomingVisit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholderTextTest {

    /** Each placeholder's value at most 10 characters; the filled-in text at most 200. */
    private static final Map<Placeholder, Integer> TEN = ten();

    private static final int LIMIT = 200;

    private static Map<Placeholder, Integer> ten() {
        Map<Placeholder, Integer> m = new EnumMap<>(Placeholder.class);
        Arrays.stream(Placeholder.values()).forEach(p -> m.put(p, 10));
        return m;
    }

    private static NotificationTextException refusal(NotificationKind kind, String body) {
        return catchThrowableOfType(
                NotificationTextException.class, () -> PlaceholderText.validate(kind, body, TEN, LIMIT));
    }

    @Test
    void placeholders_are_replaced_by_their_values_and_nothing_else_changes() {
        String text = PlaceholderText.render(
                "Permohonan {nomor} ({layanan}) ditolak.\nAlasan: {alasan} {nomor}",
                Map.of(
                        Placeholder.NOMOR, "PPU-2026-0000001",
                        Placeholder.LAYANAN, "KTP-el",
                        Placeholder.ALASAN, "Foto $1 {tidak} terbaca\\"));

        assertThat(text)
                .isEqualTo(
                        "Permohonan PPU-2026-0000001 (KTP-el) ditolak.\nAlasan: Foto $1 {tidak} terbaca\\ PPU-2026-0000001");
    }

    @Test
    void a_placeholder_without_a_value_becomes_a_dash_and_an_unknown_one_stays_as_written() {
        assertThat(PlaceholderText.render("{nomor} {alasan} {nama}", Map.of(Placeholder.NOMOR, "X")))
                .isEqualTo("X - {nama}");
    }

    @Test
    void the_texts_of_the_old_bundle_pass_for_their_kinds() {
        assertThatCode(() -> PlaceholderText.validate(
                        NotificationKind.REJECTED,
                        "Mohon maaf, permohonan {nomor} ({layanan}) tidak dapat diproses. Alasan: {alasan}",
                        TEN,
                        LIMIT))
                .doesNotThrowAnyException();
        assertThatCode(() -> PlaceholderText.validate(
                        NotificationKind.WAITING_IN_PERSON_VISIT,
                        "{nomor}: datang ke {kunjungan}. Bawa {syarat}",
                        TEN,
                        LIMIT))
                .doesNotThrowAnyException();
        assertThatCode(() -> PlaceholderText.validate(NotificationKind.COMPLETED, "{nomor} selesai.", TEN, LIMIT))
                .doesNotThrowAnyException();
    }

    @Test
    void a_rejection_without_its_reason_is_refused_naming_what_is_missing() {
        NotificationTextException e = refusal(NotificationKind.REJECTED, "Permohonan {nomor} ditolak.");

        assertThat(e.messageKey()).isEqualTo("notificationText.error.missing");
        assertThat(e.args()).containsExactly(NotificationKind.REJECTED, "{alasan}");
    }

    @Test
    void every_missing_placeholder_is_named_at_once() {
        NotificationTextException e = refusal(NotificationKind.WAITING_IN_PERSON, "Silakan datang.");

        assertThat(e.messageKey()).isEqualTo("notificationText.error.missing");
        assertThat(e.args()).containsExactly(NotificationKind.WAITING_IN_PERSON, "{nomor}, {syarat}, {jam_layanan}");
    }

    @Test
    void an_unknown_placeholder_is_refused_with_the_list_of_those_the_kind_offers() {
        NotificationTextException e = refusal(NotificationKind.READY, "{nomor} siap di {tempat_ambil}, {Nama}.");

        assertThat(e.messageKey()).isEqualTo("notificationText.error.unknown");
        assertThat(e.args()).containsExactly("{Nama}", "{nomor}, {layanan}, {jam_layanan}, {tempat_ambil}");
    }

    @Test
    void a_known_placeholder_of_another_kind_is_refused() {
        NotificationTextException e = refusal(NotificationKind.COMPLETED, "{nomor} selesai. Alasan: {alasan}");

        assertThat(e.messageKey()).isEqualTo("notificationText.error.notAvailable");
        assertThat(e.args())
                .containsExactly("{alasan}", NotificationKind.COMPLETED, "{nomor}, {layanan}, {jam_layanan}");
        assertThat(refusal(NotificationKind.WAITING_IN_PERSON, "{nomor} {syarat} {jam_layanan} {kunjungan}")
                        .messageKey())
                .isEqualTo("notificationText.error.notAvailable");
    }

    @Test
    void a_stray_brace_is_refused_with_the_text_around_it() {
        NotificationTextException open = refusal(NotificationKind.COMPLETED, "Permohonan {nomor selesai.");
        NotificationTextException doubled = refusal(NotificationKind.COMPLETED, "Permohonan {{nomor}} selesai.");
        NotificationTextException closing =
                refusal(NotificationKind.COMPLETED, "Permohonan {nomor} telah selesai, terima kasih :}");

        assertThat(open.messageKey()).isEqualTo("notificationText.error.brace");
        assertThat(open.args()).containsExactly("Permohonan {nomor selesai.");
        assertThat(doubled.args()).containsExactly("Permohonan {{nomor}} selesa…");
        assertThat(closing.args()).containsExactly("…terima kasih :}");
    }

    @Test
    void a_blank_text_is_refused() {
        assertThat(refusal(NotificationKind.COMPLETED, "").messageKey()).isEqualTo("notificationText.error.blank");
        assertThat(refusal(NotificationKind.COMPLETED, PlaceholderText.normalise(" \r\n\t "))
                        .messageKey())
                .isEqualTo("notificationText.error.blank");
    }

    @Test
    void the_longest_message_counts_each_placeholder_at_its_longest_value() {
        // 3 characters of text (": " and "!") and two placeholders of 10 at most: 23.
        assertThat(PlaceholderText.longestRendering("{nomor}: {alasan}!", TEN)).isEqualTo(23);

        String fits = "{nomor}" + "x".repeat(LIMIT - 10);
        assertThatCode(() -> PlaceholderText.validate(NotificationKind.COMPLETED, fits, TEN, LIMIT))
                .doesNotThrowAnyException();
        NotificationTextException tooLong = refusal(NotificationKind.COMPLETED, fits + "{layanan}");
        assertThat(tooLong.messageKey()).isEqualTo("notificationText.error.tooLong");
        assertThat(tooLong.args()).containsExactly(LIMIT + 10, LIMIT, 10);
    }

    @Test
    void a_text_is_normalised_to_unix_line_breaks_without_blank_ends() {
        assertThat(PlaceholderText.normalise("  Baris satu\r\nBaris dua\rBaris tiga \n\n"))
                .isEqualTo("Baris satu\nBaris dua\nBaris tiga");
        assertThat(PlaceholderText.normalise(null)).isEmpty();
    }

    @Test
    void every_kind_requires_the_case_number_and_offers_what_it_requires() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(kind.required()).as(kind.name()).contains(Placeholder.NOMOR);
            assertThat(kind.available()).as(kind.name()).containsAll(kind.required());
        }
        assertThat(NotificationKind.REJECTED.required()).contains(Placeholder.ALASAN);
        assertThat(NotificationKind.WAITING_IN_PERSON_VISIT.required()).contains(Placeholder.KUNJUNGAN);
        assertThat(NotificationKind.WAITING_IN_PERSON.available()).doesNotContain(Placeholder.KUNJUNGAN);
    }

    @Test
    void a_visit_to_the_residents_village_names_that_village_only() {
        UpcomingVisit v = new UpcomingVisit(
                1,
                LocalDate.of(2027, 3, 11),
                "Penajam",
                List.of(new UpcomingVisit.Village("Nipah-Nipah", true), new UpcomingVisit.Village("Petung", true)),
                true);

        assertThat(ResidentTexts.visit(v))
                .isEqualTo("Kamis, 11 Maret 2027 di Kelurahan Nipah-Nipah, Kecamatan Penajam");
    }

    @Test
    void a_visit_elsewhere_in_the_district_names_its_first_three_villages_and_how_many_more() {
        List<UpcomingVisit.Village> five = List.of(
                new UpcomingVisit.Village("Api-Api", false),
                new UpcomingVisit.Village("Waru", true),
                new UpcomingVisit.Village("Bangun Mulya", false),
                new UpcomingVisit.Village("Sesulu", false),
                new UpcomingVisit.Village("Selamat", false));

        assertThat(ResidentTexts.visit(new UpcomingVisit(2, LocalDate.of(2027, 3, 17), "Waru", five, false)))
                .isEqualTo("Rabu, 17 Maret 2027 di Desa Api-Api, Kelurahan Waru, Desa Bangun Mulya dan 2 desa/kelurahan"
                        + " lainnya, Kecamatan Waru");
        assertThat(ResidentTexts.visit(
                        new UpcomingVisit(3, LocalDate.of(2027, 3, 17), "Waru", five.subList(0, 2), false)))
                .isEqualTo("Rabu, 17 Maret 2027 di Desa Api-Api dan Kelurahan Waru, Kecamatan Waru");
    }
}
