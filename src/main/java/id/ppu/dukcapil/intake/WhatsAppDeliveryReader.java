package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a Cloud API notification into the messages it carries, every type included, or refuses
 * the delivery as a whole so that nothing of a broken one is stored.
 *
 * <p>The rule for Meta's shape: a field we read that is absent is empty (Meta adds and omits
 * fields over time, and other webhook fields have other values); a field we read that is present
 * with the wrong JSON type (a number for a text, an array for an object, JSON null) is a broken
 * delivery, named by its path. A message needs an id and a type. Fields we do not read are ignored.
 * A notification for another object than {@code whatsapp_business_account}, and changes of another
 * webhook field than {@code messages}, are acknowledged without reading further. Delivery statuses
 * of our outbound messages ({@code statuses[]}) follow the same rule; a status needs an id and a
 * status.
 */
final class WhatsAppDeliveryReader {

    static final String OBJECT = "whatsapp_business_account";
    private static final Pattern EPOCH_SECONDS = Pattern.compile("^[0-9]{1,12}$");

    private WhatsAppDeliveryReader() {}

    /** What a delivery carries: whether it was for WhatsApp at all, its messages, and the statuses of our messages. */
    record Delivery(boolean forWhatsApp, List<InboundText> messages, List<DeliveryStatus> statuses) {}

    /**
     * @param now the time for messages without a timestamp, and the latest one a message may claim
     * @throws WhatsAppDeliveryException naming the first field of the wrong type
     */
    static Delivery read(JsonNode root, Instant now) {
        if (root == null || !root.isObject()) {
            throw WhatsAppDeliveryException.field("$", "whatsapp.field.object");
        }
        if (!root.path("object").isTextual()
                || !OBJECT.equals(root.path("object").asText())) {
            return new Delivery(false, List.of(), List.of());
        }
        List<InboundText> messages = new ArrayList<>();
        List<DeliveryStatus> statuses = new ArrayList<>();
        JsonNode entries = array(root, "entry", "entry");
        for (int e = 0; entries != null && e < entries.size(); e++) {
            String entryPath = "entry[" + e + "]";
            JsonNode changes = array(element(entries, e, entryPath), "changes", entryPath + ".changes");
            for (int c = 0; changes != null && c < changes.size(); c++) {
                String changePath = entryPath + ".changes[" + c + "]";
                JsonNode change = element(changes, c, changePath);
                String field = text(change, "field", changePath + ".field");
                if (field != null && !"messages".equals(field)) {
                    continue;
                }
                JsonNode value = object(change, "value", changePath + ".value");
                if (value == null) {
                    continue;
                }
                String valuePath = changePath + ".value";
                JsonNode statusList = array(value, "statuses", valuePath + ".statuses");
                for (int st = 0; statusList != null && st < statusList.size(); st++) {
                    String path = valuePath + ".statuses[" + st + "]";
                    statuses.add(status(element(statusList, st, path), path, now));
                }
                List<Contact> contacts = contacts(value, valuePath + ".contacts");
                JsonNode list = array(value, "messages", valuePath + ".messages");
                for (int m = 0; list != null && m < list.size(); m++) {
                    String path = valuePath + ".messages[" + m + "]";
                    messages.add(message(element(list, m, path), path, contacts, now));
                }
            }
        }
        return new Delivery(true, messages, statuses);
    }

    private record Contact(String waId, String userId, String name) {}

    /** One delivery status of a message we sent: its wamid, the status, when, and for a failure the first error. */
    private static DeliveryStatus status(JsonNode s, String path, Instant now) {
        String id = required(s, "id", path);
        String status = required(s, "status", path);
        Instant at = time(s, path + ".timestamp", now);
        String callbackData = text(s, "biz_opaque_callback_data", path + ".biz_opaque_callback_data");
        JsonNode errors = array(s, "errors", path + ".errors");
        String code = null;
        String text = null;
        if (errors != null && !errors.isEmpty()) {
            String p = path + ".errors[0]";
            JsonNode first = element(errors, 0, p);
            JsonNode c = first.get("code");
            if (c != null) {
                if (!(c.isIntegralNumber() || c.isTextual())
                        || !c.asText().strip().matches("^[0-9]{1,12}$")) {
                    throw WhatsAppDeliveryException.field(p + ".code", "whatsapp.field.type");
                }
                code = c.asText().strip();
            }
            JsonNode data = object(first, "error_data", p + ".error_data");
            text = join(
                    ": ",
                    text(first, "title", p + ".title"),
                    data == null ? null : text(data, "details", p + ".error_data.details"));
        }
        return new DeliveryStatus(
                id,
                status,
                at,
                code,
                text == null || text.length() <= 500 ? text : text.substring(0, 500),
                callbackData);
    }

    private static List<Contact> contacts(JsonNode value, String path) {
        JsonNode list = array(value, "contacts", path);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode contact = element(list, i, p);
            JsonNode profile = object(contact, "profile", p + ".profile");
            contacts.add(new Contact(
                    text(contact, "wa_id", p + ".wa_id"),
                    text(contact, "user_id", p + ".user_id"),
                    profile == null ? null : text(profile, "name", p + ".profile.name")));
        }
        return contacts;
    }

    private static InboundText message(JsonNode m, String path, List<Contact> contacts, Instant now) {
        String id = required(m, "id", path);
        String type = required(m, "type", path);
        String from = text(m, "from", path + ".from");
        String userId = text(m, "from_user_id", path + ".from_user_id");
        Instant at = time(m, path + ".timestamp", now);
        Contact contact = contacts.stream()
                .filter(c -> c.waId() != null && c.waId().equals(from)
                        || c.userId() != null
                                && (c.userId().equals(userId) || c.userId().equals(from)))
                .findFirst()
                .orElse(contacts.isEmpty() ? null : contacts.get(0));
        String sender = from != null && !from.isBlank()
                ? from
                : userId != null && !userId.isBlank()
                        ? userId
                        : contact == null ? null : contact.waId() != null ? contact.waId() : contact.userId();
        Content content = content(m, type, path);
        return new InboundText(
                id,
                sender,
                contact == null ? null : contact.name(),
                at,
                type,
                content.body,
                content.mediaId,
                content.mimeType,
                content.fileName,
                content.detail,
                content.latitude,
                content.longitude,
                null);
    }

    /** What a message of {@code type} carries, from the object Meta names after the type. */
    private static final class Content {
        String body;
        String mediaId;
        String mimeType;
        String fileName;
        String detail;
        Double latitude;
        Double longitude;
    }

    private static Content content(JsonNode m, String type, String path) {
        Content c = new Content();
        String p = path + "." + type;
        switch (type) {
            case "text" -> {
                JsonNode text = object(m, "text", p);
                c.body = text == null ? null : text(text, "body", p + ".body");
            }
            case "image", "video", "audio", "sticker", "document" -> {
                JsonNode media = object(m, type, p);
                if (media != null) {
                    c.mediaId = text(media, "id", p + ".id");
                    c.mimeType = text(media, "mime_type", p + ".mime_type");
                    c.body = text(media, "caption", p + ".caption");
                    c.fileName = text(media, "filename", p + ".filename");
                }
            }
            case "location" -> {
                JsonNode location = object(m, "location", p);
                if (location != null) {
                    c.latitude = coordinate(location, "latitude", p + ".latitude", 90);
                    c.longitude = coordinate(location, "longitude", p + ".longitude", 180);
                    c.detail =
                            join(", ", text(location, "name", p + ".name"), text(location, "address", p + ".address"));
                }
            }
            case "contacts" -> c.detail = sharedContacts(m, path + ".contacts");
            case "interactive" -> interactive(m, p, c);
            case "button" -> {
                JsonNode button = object(m, "button", p);
                if (button != null) {
                    c.body = text(button, "text", p + ".text");
                    c.detail = text(button, "payload", p + ".payload");
                }
            }
            case "reaction" -> {
                JsonNode reaction = object(m, "reaction", p);
                if (reaction != null) {
                    c.body = text(reaction, "emoji", p + ".emoji");
                    c.detail = text(reaction, "message_id", p + ".message_id");
                }
            }
            case "system" -> {
                JsonNode system = object(m, "system", p);
                c.body = system == null ? null : text(system, "body", p + ".body");
            }
            case "unsupported", "unknown" -> {
                JsonNode errors = array(m, "errors", path + ".errors");
                JsonNode first = errors == null || errors.isEmpty() ? null : element(errors, 0, path + ".errors[0]");
                JsonNode unsupported = object(m, "unsupported", path + ".unsupported");
                c.detail = join(
                        ": ",
                        unsupported == null ? null : text(unsupported, "type", path + ".unsupported.type"),
                        first == null ? null : text(first, "title", path + ".errors[0].title"));
            }
            default -> {
                // A type this version does not know (order, a future one): kept by its type for the clerk.
            }
        }
        return c;
    }

    private static void interactive(JsonNode m, String p, Content c) {
        JsonNode interactive = object(m, "interactive", p);
        if (interactive == null) {
            return;
        }
        String kind = text(interactive, "type", p + ".type");
        if ("button_reply".equals(kind) || "list_reply".equals(kind)) {
            JsonNode reply = object(interactive, kind, p + "." + kind);
            if (reply != null) {
                c.body = join(
                        " — ",
                        text(reply, "title", p + "." + kind + ".title"),
                        text(reply, "description", p + "." + kind + ".description"));
                c.detail = text(reply, "id", p + "." + kind + ".id");
            }
        } else if ("nfm_reply".equals(kind)) {
            JsonNode reply = object(interactive, kind, p + ".nfm_reply");
            if (reply != null) {
                c.body = text(reply, "body", p + ".nfm_reply.body");
                c.detail = text(reply, "name", p + ".nfm_reply.name");
            }
        } else {
            c.detail = kind;
        }
    }

    /** "Budi Santoso +62 812-3456-7890; Ani" from the shared contact cards. */
    private static String sharedContacts(JsonNode m, String path) {
        JsonNode list = array(m, "contacts", path);
        List<String> cards = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode card = element(list, i, p);
            JsonNode name = object(card, "name", p + ".name");
            JsonNode phones = array(card, "phones", p + ".phones");
            List<String> numbers = new ArrayList<>();
            for (int j = 0; phones != null && j < phones.size(); j++) {
                numbers.add(
                        text(element(phones, j, p + ".phones[" + j + "]"), "phone", p + ".phones[" + j + "].phone"));
            }
            cards.add(join(
                    " ",
                    name == null ? null : text(name, "formatted_name", p + ".name.formatted_name"),
                    join(" ", numbers.toArray(String[]::new))));
        }
        return join("; ", cards.toArray(String[]::new));
    }

    private static Instant time(JsonNode m, String path, Instant now) {
        JsonNode t = m.get("timestamp");
        if (t == null) {
            return now;
        }
        long seconds;
        if (t.isTextual() && EPOCH_SECONDS.matcher(t.asText()).matches()) {
            seconds = Long.parseLong(t.asText());
        } else if (t.isIntegralNumber() && t.canConvertToLong() && t.asLong() >= 0 && t.asLong() < 1_000_000_000_000L) {
            seconds = t.asLong();
        } else {
            throw WhatsAppDeliveryException.field(path, "whatsapp.field.time");
        }
        Instant at = Instant.ofEpochSecond(seconds);
        // A resident's phone may be wrong about the time; a message never arrives from the future.
        return seconds == 0 || at.isAfter(now) ? now : at;
    }

    private static Double coordinate(JsonNode parent, String field, String path, int limit) {
        JsonNode v = parent.get(field);
        if (v == null) {
            return null;
        }
        BigDecimal value;
        if (v.isNumber()) {
            value = v.decimalValue();
        } else if (v.isTextual() && v.asText().matches("^-?[0-9]{1,3}(\\.[0-9]{1,15})?$")) {
            value = new BigDecimal(v.asText());
        } else {
            throw WhatsAppDeliveryException.field(path, "whatsapp.field.type");
        }
        if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw WhatsAppDeliveryException.field(path, "whatsapp.field.range");
        }
        return value.doubleValue();
    }

    private static String required(JsonNode m, String field, String path) {
        String v = text(m, field, path + "." + field);
        if (v == null || v.isBlank()) {
            throw WhatsAppDeliveryException.field(path + "." + field, "whatsapp.field.required");
        }
        return v;
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw WhatsAppDeliveryException.field(path, "whatsapp.field.type");
        }
        return v.asText();
    }

    private static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v != null && !v.isObject()) {
            throw WhatsAppDeliveryException.field(path, "whatsapp.field.object");
        }
        return v;
    }

    private static JsonNode array(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v != null && !v.isArray()) {
            throw WhatsAppDeliveryException.field(path, "whatsapp.field.array");
        }
        return v;
    }

    private static JsonNode element(JsonNode array, int i, String path) {
        JsonNode v = array.get(i);
        if (!v.isObject()) {
            throw WhatsAppDeliveryException.field(path, "whatsapp.field.object");
        }
        return v;
    }

    private static String join(String separator, String... parts) {
        String s = Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(x -> !x.isBlank())
                .collect(Collectors.joining(separator));
        return s.isEmpty() ? null : s;
    }
}
