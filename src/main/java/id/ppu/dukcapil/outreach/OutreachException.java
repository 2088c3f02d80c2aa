package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.DomainException;

/** A failure of an outreach use case; the message is an i18n key of the outreach bundle. */
public class OutreachException extends DomainException {

    public OutreachException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
