package id.ppu.dukcapil.servicemode;

import id.ppu.dukcapil.base.DomainException;

/** A service-mode change that breaks a rule; the message is an i18n key. */
public class ServiceModeException extends DomainException {

    ServiceModeException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
