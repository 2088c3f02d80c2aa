package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import java.time.Instant;

/**
 * A quick answer ("jawaban cepat") a clerk can send a resident, edited by administrators.
 *
 * @param serviceType  the service it answers about, or null for a general answer
 * @param requirements whether it is (part of) the service's requirements: the automatic reply to
 *                     {@code SYARAT <service>} and what to bring in the WAITING_IN_PERSON notification
 * @param version      for optimistic locking: a change names the version it was made on
 */
public record QuickAnswer(
        long id,
        ServiceType serviceType,
        String title,
        String body,
        int sortOrder,
        boolean active,
        boolean requirements,
        String updatedBy,
        Instant updatedAt,
        long version) {}
