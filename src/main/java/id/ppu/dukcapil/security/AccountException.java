package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.DomainException;

/** A staff-account or API-key change that breaks a rule; names the field and an i18n key for the reason. */
public class AccountException extends DomainException {

    private final String field;

    public AccountException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
