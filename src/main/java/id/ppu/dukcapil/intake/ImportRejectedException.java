package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.DomainException;

/** A file that cannot be imported at all (no header, required columns missing); no row was stored. */
public class ImportRejectedException extends DomainException {

    public ImportRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
