package id.ppu.dukcapil.intake;

import java.time.Instant;

/**
 * One message of a triage case's conversation, of any WhatsApp type.
 *
 * @param type    Meta's message type: text, image, video, audio, sticker, document, location,
 *                contacts, interactive, button, reaction, unsupported, or one this version does not know
 * @param body    what the resident wrote: the text, a caption, the title of a chosen reply, an emoji
 * @param mediaId the Cloud API media id of an image, video, audio, sticker or document
 * @param detail  a location's name and address, shared contacts, a reply's id, why a type is unsupported
 */
public record TriageMessage(
        Instant receivedAt,
        String senderName,
        String type,
        String body,
        String mediaId,
        String mimeType,
        String fileName,
        String detail,
        Double latitude,
        Double longitude) {

    /** Whether the message is a plain text (the others carry media, a location, a reply...). */
    public boolean isText() {
        return "text".equals(type);
    }
}
