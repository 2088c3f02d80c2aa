package id.ppu.dukcapil.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Notifications in the shapes of Meta's webhook reference (messages webhook): one envelope
 * around messages of every type, as JSON text, so a test can also break them byte by byte.
 */
final class WhatsAppDeliveries {

    static final String MEDIA_ID = "1013859600285441";

    private WhatsAppDeliveries() {}

    /** A messages notification from {@code from} (profile {@code name}) carrying {@code messages}. */
    static String delivery(String from, String name, String... messages) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",\
                "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"6281100000000",\
                "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],\
                "messages":[%s]}}]}]}""".formatted(name, from, String.join(",", messages));
    }

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The envelope of every message: sender, id, time (a minute ago) and type; {@code content} follows. */
    static String message(String id, String from, String type, String content) {
        return "{\"from\":\"" + from + "\",\"id\":\"" + id + "\",\"timestamp\":\""
                + (Instant.now().getEpochSecond() - 60) + "\",\"type\":\"" + type + "\""
                + (content.isEmpty() ? "" : "," + content) + "}";
    }

    static String text(String id, String from, String body) {
        return message(id, from, "text", "\"text\":{\"body\":\"" + body + "\"}");
    }

    static String image(String id, String from, String caption) {
        return message(
                id,
                from,
                "image",
                "\"image\":{" + (caption == null ? "" : "\"caption\":\"" + caption + "\",")
                        + "\"mime_type\":\"image/jpeg\",\"sha256\":\"HOb3K4yJ1GRfbQrPqwJ9cg1aV5cOM+Fo7H1bdq5Qz5U=\",\"id\":\""
                        + MEDIA_ID + "\"}");
    }

    static String document(String id, String from, String fileName, String caption) {
        return message(
                id,
                from,
                "document",
                "\"document\":{" + (caption == null ? "" : "\"caption\":\"" + caption + "\",") + "\"filename\":\""
                        + fileName
                        + "\",\"mime_type\":\"application/pdf\",\"sha256\":\"x\",\"id\":\"2013859600285442\"}");
    }

    static String audio(String id, String from) {
        return message(
                id,
                from,
                "audio",
                "\"audio\":{\"mime_type\":\"audio/ogg; codecs=opus\",\"sha256\":\"x\","
                        + "\"id\":\"3013859600285443\",\"voice\":true}");
    }

    static String video(String id, String from, String caption) {
        return message(
                id,
                from,
                "video",
                "\"video\":{\"caption\":\"" + caption + "\",\"mime_type\":\"video/mp4\","
                        + "\"sha256\":\"x\",\"id\":\"4013859600285444\"}");
    }

    static String sticker(String id, String from) {
        return message(
                id,
                from,
                "sticker",
                "\"sticker\":{\"mime_type\":\"image/webp\",\"sha256\":\"x\","
                        + "\"id\":\"5013859600285445\",\"animated\":false}");
    }

    static String location(String id, String from) {
        return message(
                id,
                from,
                "location",
                "\"location\":{\"latitude\":-1.2560,\"longitude\":116.8290,"
                        + "\"name\":\"Kantor Desa Sepaku\",\"address\":\"Jl. Negara, Sepaku\"}");
    }

    static String contacts(String id, String from) {
        return message(
                id,
                from,
                "contacts",
                "\"contacts\":[{\"name\":{\"formatted_name\":\"Budi Santoso\",\"first_name\":"
                        + "\"Budi\"},\"phones\":[{\"phone\":\"+62 812-3456-7890\",\"wa_id\":\"6281234567890\",\"type\":\"CELL\"}]}]");
    }

    static String buttonReply(String id, String from) {
        return message(
                id,
                from,
                "interactive",
                "\"context\":{\"from\":\"6281100000000\",\"id\":\"wamid.OUT1\"},"
                        + "\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"ya-lanjut\",\"title\":\"Ya, lanjut\"}}");
    }

    static String listReply(String id, String from) {
        return message(
                id,
                from,
                "interactive",
                "\"interactive\":{\"type\":\"list_reply\",\"list_reply\":{\"id\":\"svc-kk\","
                        + "\"title\":\"Kartu Keluarga\",\"description\":\"Perubahan data KK\"}}");
    }

    static String button(String id, String from) {
        return message(id, from, "button", "\"button\":{\"payload\":\"JADWAL_ULANG\",\"text\":\"Jadwal ulang\"}");
    }

    static String reaction(String id, String from) {
        return message(
                id, from, "reaction", "\"reaction\":{\"message_id\":\"wamid.OUT1\",\"emoji\":\"\\uD83D\\uDC4D\"}");
    }

    static String unsupported(String id, String from) {
        return message(
                id,
                from,
                "unsupported",
                "\"errors\":[{\"code\":131051,\"title\":\"Message type unknown\","
                        + "\"message\":\"Message type unknown\",\"error_data\":{\"details\":\"Message type is currently not supported.\"}}],"
                        + "\"unsupported\":{\"type\":\"poll_creation\"}");
    }
}
