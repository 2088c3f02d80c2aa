package id.ppu.dukcapil.cases;

/** A NIK or KK number whose structure is wrong; the message is an i18n key naming the reason. */
public class InvalidIdentityNumberException extends CaseException {

    public InvalidIdentityNumberException(String messageKey) {
        super(messageKey);
    }
}
