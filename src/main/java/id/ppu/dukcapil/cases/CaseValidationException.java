package id.ppu.dukcapil.cases;

/** Input for a case that breaks a rule; names the field and an i18n key for the reason. */
public class CaseValidationException extends CaseException {

    private final String field;

    public CaseValidationException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
