package id.ppu.dukcapil.intake;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Lets tests outside this package deliver a WhatsApp text as the webhook would. */
@Component
public class WhatsAppTestMessages {

    private final IntakeService intake;

    WhatsAppTestMessages(IntakeService intake) {
        this.intake = intake;
    }

    public void receive(String messageId, String from, String profileName, String body) {
        intake.receiveWhatsApp(
                new InboundText(messageId, from, profileName, Instant.now().minusSeconds(60), body));
    }

    /** A message of another type than text, as the webhook reads it: media id, MIME type, file name, caption. */
    public void receiveMedia(
            String messageId,
            String from,
            String type,
            String mediaId,
            String mimeType,
            String fileName,
            String caption) {
        intake.receiveWhatsApp(new InboundText(
                messageId,
                from,
                "Rina",
                Instant.now().minusSeconds(60),
                type,
                caption,
                mediaId,
                mimeType,
                fileName,
                null,
                null,
                null,
                null));
    }

    /** A shared location. */
    public void receiveLocation(String messageId, String from, double latitude, double longitude, String place) {
        intake.receiveWhatsApp(new InboundText(
                messageId,
                from,
                "Rina",
                Instant.now().minusSeconds(60),
                "location",
                null,
                null,
                null,
                null,
                place,
                latitude,
                longitude,
                null));
    }
}
