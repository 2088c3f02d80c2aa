package id.ppu.dukcapil.base;

/**
 * A business-rule failure whose message is an i18n key; the UI shows it in the user's language.
 * Arguments that are {@link MessageKey}s are translated too.
 */
public class DomainException extends RuntimeException {

    private final transient Object[] args;

    public DomainException(String messageKey, Object... args) {
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
