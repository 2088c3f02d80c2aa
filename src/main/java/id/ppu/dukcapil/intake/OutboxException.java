package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.DomainException;

/** A message that cannot be queued or retried as asked; the key says why in the user's language. */
public class OutboxException extends DomainException {

    public OutboxException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
