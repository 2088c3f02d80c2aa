package id.ppu.dukcapil.intake;

import java.time.Instant;
import java.util.Optional;

/** When a resident last wrote to the office on WhatsApp. */
@FunctionalInterface
interface LastInboundLookup {

    /** The time of the newest inbound message from {@code waId} (62812...), if any. */
    Optional<Instant> lastInboundFrom(String waId);
}
