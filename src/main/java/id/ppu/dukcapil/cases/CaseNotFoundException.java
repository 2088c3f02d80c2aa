package id.ppu.dukcapil.cases;

/** No case has the given number or id. */
public class CaseNotFoundException extends CaseException {

    public CaseNotFoundException(String reference) {
        super("case.error.notfound", reference);
    }
}
