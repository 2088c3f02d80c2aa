package id.ppu.dukcapil.intake.ui;

import id.ppu.dukcapil.intake.TriageMessage;
import java.util.Locale;

/**
 * How a WhatsApp message reads in the triage queue: a text as written; any other type as a label
 * of its type in the clerk's language ("[Foto]", "[Dokumen: kk.pdf]", "[Lokasi: ...]") followed
 * by the resident's caption, so that a photo of a KK with "ini KK saya" reads "[Foto] ini KK saya".
 */
final class MessageLabel {

    /** The view's {@code getTranslation}. */
    interface Texts {
        String get(String key, Object... args);
    }

    private MessageLabel() {}

    static String of(TriageMessage m, Texts t) {
        if (m == null) {
            return "";
        }
        String body = m.body() == null || m.body().isBlank() ? null : m.body();
        String type = m.type() == null ? "unknown" : m.type();
        return switch (type) {
            case "text" -> body == null ? "" : body;
            case "image", "video", "audio", "sticker" -> withCaption(t.get("triage.type." + type), body);
            case "document" ->
                withCaption(
                        m.fileName() == null
                                ? t.get("triage.type.document.unnamed")
                                : t.get("triage.type.document", m.fileName()),
                        body);
            case "location" -> t.get("triage.type.location", place(m));
            case "contacts" -> t.get("triage.type.contacts", orDash(m.detail()));
            case "interactive" -> t.get("triage.type.interactive", orDash(body != null ? body : m.detail()));
            case "button" -> t.get("triage.type.button", orDash(body != null ? body : m.detail()));
            case "reaction" -> t.get("triage.type.reaction", orDash(body));
            case "system" -> body != null ? body : t.get("triage.type.other", type);
            case "unsupported", "unknown" -> t.get("triage.type.unsupported", orDash(m.detail()));
            default -> withCaption(t.get("triage.type.other", type), body);
        };
    }

    private static String place(TriageMessage m) {
        String coordinates = m.latitude() == null || m.longitude() == null
                ? null
                : String.format(Locale.ROOT, "%.5f, %.5f", m.latitude(), m.longitude());
        if (m.detail() == null) {
            return orDash(coordinates);
        }
        return coordinates == null ? m.detail() : m.detail() + " (" + coordinates + ")";
    }

    private static String withCaption(String label, String caption) {
        return caption == null ? label : label + " " + caption;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
