package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.base.DomainException;

/** A failure of a case use case; the message is an i18n key. Specific failures extend it. */
public class CaseException extends DomainException {

    public CaseException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
