package id.ppu.dukcapil.cases;

/** The case is held by another clerk: taking it over needs the clerk's confirmation (or someone else was faster). */
public class CaseHeldException extends CaseException {

    private final String holder;

    public CaseHeldException(String caseNumber, String holder) {
        super("case.error.held", caseNumber, holder);
        this.holder = holder;
    }

    /** The username of the clerk who holds the case. */
    public String holder() {
        return holder;
    }
}
