package id.ppu.dukcapil.cases;

import java.time.Instant;

/**
 * A request arriving through any channel, before it becomes a case. Strings are already trimmed
 * (blank means absent); the channel adapters translate their formats into this one shape.
 *
 * @param externalId  the channel's own id of the request; a second request with the same channel
 *                    and external id is the same request (retries never create duplicates)
 * @param status      SUBMITTED for a complete request, TRIAGE for one a clerk must complete, or
 *                    a later status for historical records imported from another system
 * @param completedAt when a historical COMPLETED or REJECTED record was closed, else null
 * @param actor       who registers it, for the history (a username, {@code api:<key>}, {@code whatsapp})
 * @param source      a short note for the history on where it came from (file and line, key name)
 */
public record NewCase(
        Channel channel,
        String externalId,
        ServiceType serviceType,
        CaseStatus status,
        String nik,
        String applicantName,
        String phone,
        String villageCode,
        Instant submittedAt,
        Instant completedAt,
        String notes,
        String actor,
        String source) {

    /** A new request in SUBMITTED or TRIAGE state (the live channels: API, WhatsApp, desk). */
    public static NewCase live(
            Channel channel,
            String externalId,
            ServiceType serviceType,
            CaseStatus status,
            String nik,
            String applicantName,
            String phone,
            String villageCode,
            Instant submittedAt,
            String notes,
            String actor,
            String source) {
        return new NewCase(
                channel,
                externalId,
                serviceType,
                status,
                nik,
                applicantName,
                phone,
                villageCode,
                submittedAt,
                null,
                notes,
                actor,
                source);
    }

    /**
     * Whether unification applies: an open request that names its citizen and service. A TRIAGE
     * request is unified only once a clerk completes it.
     */
    boolean unifiable() {
        return status != null && status.unifies() && nik != null && serviceType != null;
    }
}
