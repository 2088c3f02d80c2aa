package id.ppu.dukcapil.cases;

/**
 * What became of a request at intake.
 *
 * @param mergedInto the surviving case's number when the request was folded into the citizen's
 *                   open case of the same service, else null
 */
public record Registration(long caseId, String caseNumber, CaseStatus status, String mergedInto, Outcome outcome) {

    /** CREATED: a new case; MERGED: a new request folded into an open case; DUPLICATE: seen before. */
    public enum Outcome {
        CREATED,
        MERGED,
        DUPLICATE
    }

    /** Whether this request was new (as opposed to a retry of one registered before). */
    public boolean isNew() {
        return outcome != Outcome.DUPLICATE;
    }
}
