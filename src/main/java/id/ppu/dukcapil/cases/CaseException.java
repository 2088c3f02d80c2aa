package id.ppu.dukcapil.cases;

/**
 * A domain failure whose message is an i18n key; the UI shows it in the user's language.
 * Feature-specific failures extend it.
 */
public class CaseException extends RuntimeException {

    private final transient Object[] args;

    public CaseException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    /** The i18n key describing the failure. */
    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }
}
