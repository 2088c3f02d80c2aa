package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.DomainException;

/**
 * A quick answer that cannot be saved or deleted as asked: invalid input ({@link #field()} names the
 * form field), a title the service already has, a change made meanwhile by someone else, or an
 * answer deleted meanwhile.
 */
public class QuickAnswerException extends DomainException {

    private final String field;

    public QuickAnswerException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    /** The form field the problem belongs to, or null if it is none's. */
    public String field() {
        return field;
    }
}
