package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.MessageKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * WhatsApp's 24-hour customer-service window: free text may go to a resident only within 24
 * hours of the resident's last message; outside it only an approved template, configured per kind
 * of message (name, language {@code id}, body parameters). The window is taken to close a margin
 * early ({@code app.whatsapp.sending.window-margin}, 15 minutes) so that a message queued at its
 * very end still goes out inside it.
 */
@Service
public class CustomerServiceWindow {

    /** Meta's window after a resident's message. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private final LastInboundLookup lookup;
    private final Clock clock;
    private final WhatsAppSending settings;

    CustomerServiceWindow(LastInboundLookup lookup, Clock clock, WhatsAppSending settings) {
        this.lookup = lookup;
        this.clock = clock;
        this.settings = settings;
    }

    /** What may go to a resident now. Labels: {@code outbox.mode.<NAME>}. */
    public enum Mode implements MessageKey {
        FREE_TEXT,
        TEMPLATE;

        @Override
        public String messageKey() {
            return "outbox.mode." + name();
        }
    }

    /**
     * @param lastInboundAt the resident's last message, or null if there is none
     * @param closesAt      when free text stops being allowed (the margin taken off), or null
     */
    public record State(Mode mode, Instant lastInboundAt, Instant closesAt) {}

    /** The rule: free text while {@code now} is before the window's end less the margin. */
    static State decide(Instant lastInbound, Instant now, Duration margin) {
        if (lastInbound == null) {
            return new State(Mode.TEMPLATE, null, null);
        }
        Instant closes = lastInbound.plus(WINDOW).minus(margin);
        return new State(now.isBefore(closes) ? Mode.FREE_TEXT : Mode.TEMPLATE, lastInbound, closes);
    }

    /**
     * Whether free text or a template applies to {@code phone} now (0812..., 62812...: the same
     * number); a number that is none gets TEMPLATE.
     */
    @Transactional(readOnly = true)
    public State stateFor(String phone) {
        Instant last =
                WhatsAppNumbers.waId(phone).flatMap(lookup::lastInboundFrom).orElse(null);
        return decide(last, clock.instant(), settings.windowMargin());
    }

    /**
     * The content a message of {@code kind} to {@code phone} must have now: {@code text} inside the
     * window, otherwise the kind's approved template with {@code templateParameters}.
     *
     * @throws OutboxException outside the window when no template is configured for the kind
     */
    @Transactional(readOnly = true)
    public OutboundContent contentFor(OutboundKind kind, String phone, String text, List<String> templateParameters) {
        if (stateFor(phone).mode() == Mode.FREE_TEXT) {
            return new OutboundContent.Text(text);
        }
        WhatsAppSending.TemplateSetting template =
                settings.templateFor(kind).orElseThrow(() -> new OutboxException("outbox.error.noTemplate", kind));
        return new OutboundContent.Template(template.name(), template.language(), templateParameters);
    }
}
