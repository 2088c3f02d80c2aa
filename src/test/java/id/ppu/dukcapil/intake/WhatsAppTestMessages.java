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
        intake.receiveWhatsApp(new InboundText(messageId, from, profileName, Instant.now().minusSeconds(60), body));
    }
}
