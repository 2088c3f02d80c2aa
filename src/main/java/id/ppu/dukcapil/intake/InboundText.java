package id.ppu.dukcapil.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One inbound message of the WhatsApp Cloud API, whatever its type: its id, the sender (a phone
 * number, or Meta's business-scoped user id for residents with a username), the profile name,
 * when, the type as Meta names it, and what it carries.
 *
 * @param body     what the resident wrote: a text, a caption, the title of a chosen reply, an emoji
 * @param mediaId  the Cloud API media id of an image, video, audio, sticker or document
 * @param detail   what the clerk needs besides: a location's name and address, shared contacts,
 *                 the id of a chosen reply or of the message reacted to, why a type is unsupported
 * @param problem  what intake could not keep as sent (codes, comma separated), or null
 */
record InboundText(
        String messageId,
        String from,
        String profileName,
        Instant at,
        String type,
        String body,
        String mediaId,
        String mimeType,
        String fileName,
        String detail,
        Double latitude,
        Double longitude,
        String problem) {

    static final int MAX_MESSAGE_ID = 200;
    static final int MAX_SENDER = 256;

    /** A text message. */
    InboundText(String messageId, String from, String profileName, Instant at, String body) {
        this(messageId, from, profileName, at, "text", body, null, null, null, null, null, null, null);
    }

    boolean isText() {
        return "text".equals(type);
    }

    /**
     * This message cut to what inbound_message can hold: NUL characters dropped (PostgreSQL text
     * cannot hold them), every value within its column's limit, a too long id shortened to a
     * stable digest (so a redelivery is still recognised), and each cut noted in {@link #problem}.
     */
    InboundText storable() {
        List<String> problems = new ArrayList<>();
        if (problem != null) {
            problems.add(problem);
        }
        String id = clean(messageId);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A WhatsApp message has an id");
        }
        if (id.length() > MAX_MESSAGE_ID) {
            id = cut(id, MAX_MESSAGE_ID - 65) + "~" + sha256(id);
            problems.add("id.shortened");
        }
        String sender = clean(from);
        if (sender == null || sender.isBlank()) {
            sender = "?";
            problems.add("sender.missing");
        } else if (sender.length() > MAX_SENDER) {
            sender = cut(sender, MAX_SENDER);
            problems.add("sender.truncated");
        }
        Double lat = latitude != null && Math.abs(latitude) <= 90 ? latitude : null;
        Double lon = longitude != null && Math.abs(longitude) <= 180 ? longitude : null;
        if (lat == null && latitude != null || lon == null && longitude != null) {
            problems.add("location.range");
        }
        String t = clean(type);
        return new InboundText(
                id,
                sender,
                fit(profileName, 200, "name", problems),
                at,
                t == null || t.isBlank() ? "unknown" : cut(t, 40),
                fit(body, 8000, "body", problems),
                fit(mediaId, 256, "mediaId", problems),
                fit(mimeType, 200, "mimeType", problems),
                fit(fileName, 500, "fileName", problems),
                fit(detail, 2000, "detail", problems),
                lat,
                lon,
                problems.isEmpty() ? null : cut(String.join(",", problems), 500));
    }

    /** This message with one more intake problem noted. */
    InboundText withProblem(String code) {
        return new InboundText(
                messageId,
                from,
                profileName,
                at,
                type,
                body,
                mediaId,
                mimeType,
                fileName,
                detail,
                latitude,
                longitude,
                problem == null ? code : problem + "," + code);
    }

    private static String fit(String value, int max, String field, List<String> problems) {
        String v = clean(value);
        if (v != null && v.length() > max) {
            problems.add(field + ".truncated");
            return cut(v, max);
        }
        return v;
    }

    private static String clean(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    /** The first {@code max} characters, never splitting a surrogate pair (an emoji stays whole or goes). */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
