package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.MessageKey;

/**
 * What an outbound WhatsApp message is for. Outside the 24-hour customer-service window each kind
 * goes out as its own approved template ({@code app.whatsapp.sending.templates.<KIND>.name}).
 * Labels live in the i18n bundle as {@code outbox.kind.<NAME>}.
 */
public enum OutboundKind implements MessageKey {
    /** A clerk's answer to a resident's message. */
    REPLY,
    /** The answer to a resident's own question ("STATUS ...", "SYARAT ..."). */
    SELF_SERVICE_ANSWER,
    /** A case needs the resident to correct something. */
    CASE_NEEDS_CORRECTION,
    /** A case waits for the resident to come in person. */
    CASE_WAITING_IN_PERSON,
    /** A case's document is ready to collect. */
    CASE_READY,
    CASE_COMPLETED,
    CASE_REJECTED,
    /** The confirmation of an opt-out (BERHENTI) or opt-in (MULAI). */
    OPT_OUT_CONFIRMATION;

    @Override
    public String messageKey() {
        return "outbox.kind." + name();
    }
}
