package id.ppu.dukcapil.cases;

/** Someone else changed the case since it was loaded: reload and retry. */
public class CaseConflictException extends CaseException {

    public CaseConflictException(String caseNumber) {
        super("case.error.conflict", caseNumber);
    }
}
