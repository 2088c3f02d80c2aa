package id.ppu.dukcapil.intake;

import java.time.Instant;

/** A text message from the WhatsApp Cloud API: its id, the sender's number and profile name, when, and the text. */
record InboundText(String messageId, String from, String profileName, Instant at, String body) {
}
