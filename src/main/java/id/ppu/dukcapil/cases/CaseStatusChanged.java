package id.ppu.dukcapil.cases;

/**
 * Published (synchronously, inside the change's transaction) when a clerk moves a case along the
 * state machine, so that other features can act in the same transaction, e.g. queue a message to
 * the resident. Holds personal data (the phone, the clerk's comment): never log it whole.
 *
 * @param eventId the history entry of the change; names the change once and for all
 * @param comment the clerk's comment or reason, or null
 * @param phone   the resident's phone as the case holds it, or null
 * @param districtCode the resident's district, or null
 * @param villageCode  the resident's village, or null
 */
public record CaseStatusChanged(
        long caseId,
        long eventId,
        String caseNumber,
        ServiceType serviceType,
        CaseStatus from,
        CaseStatus to,
        String comment,
        String phone,
        String districtCode,
        String villageCode) {

    @Override
    public String toString() {
        return "CaseStatusChanged[case " + caseId + ", event " + eventId + ", " + from + " -> " + to + "]";
    }
}
