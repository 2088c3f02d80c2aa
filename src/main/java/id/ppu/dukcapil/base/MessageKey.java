package id.ppu.dukcapil.base;

/** A value with a translatable label, such as a status inside an error message. */
public interface MessageKey {

    /** The i18n key of this value's label. */
    String messageKey();
}
