package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.MessageKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * A named gap in a notification text, filled in per case: {@code {nomor}} becomes the case number.
 * What each stands for is explained in the i18n bundle as {@code notificationText.placeholder.<NAME>}.
 */
public enum Placeholder implements MessageKey {
    /** The case number (PPU-2026-0012345). */
    NOMOR("nomor"),
    /** The service, as residents know it (KTP-el, Akta Kelahiran). */
    LAYANAN("layanan"),
    /** What the resident must correct: the clerk's comment. */
    PERBAIKAN("perbaikan"),
    /** Why the request was rejected: the clerk's reason. */
    ALASAN("alasan"),
    /** What to bring: the service's requirements (syarat). */
    SYARAT("syarat"),
    /** The office hours (setting {@code app.whatsapp.notifications.office-hours}). */
    JAM_LAYANAN("jam_layanan"),
    /** Where documents are collected (setting {@code app.whatsapp.notifications.collection-point}). */
    TEMPAT_AMBIL("tempat_ambil"),
    /** The next planned outreach visit to the resident's district: its date and place. */
    KUNJUNGAN("kunjungan");

    private final String name;

    Placeholder(String name) {
        this.name = name;
    }

    /** How the placeholder is written in a text: its name in braces. */
    public String token() {
        return "{" + name + "}";
    }

    /** The placeholder written {@code {name}}, if any. */
    static Optional<Placeholder> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name.equals(name)).findFirst();
    }

    @Override
    public String messageKey() {
        return "notificationText.placeholder." + name();
    }
}
