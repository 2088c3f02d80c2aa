package id.ppu.dukcapil.cases;

/** A status change the state machine does not allow. */
public class IllegalTransitionException extends CaseException {

    public IllegalTransitionException(CaseStatus from, CaseStatus to) {
        super("case.error.transition", from, to);
    }
}
