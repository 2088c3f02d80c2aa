package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.DomainException;

/** A notification text that cannot be saved as it is, or was changed meanwhile; the key says why. */
public class NotificationTextException extends DomainException {

    public NotificationTextException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
