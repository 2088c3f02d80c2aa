package id.ppu.dukcapil.cases.ui;

import com.vaadin.flow.component.Component;
import id.ppu.dukcapil.base.ui.Formats;
import id.ppu.dukcapil.cases.Nik;

/** A NIK's description ({@link Nik#describe}) in the language of the component that shows it. */
final class NikTexts {

    private NikTexts() {}

    /** "Perempuan, lahir 05/01/1990 (umur 36 tahun)". */
    static String of(Component on, Nik.Description d) {
        return on.getTranslation(
                d.messageKey(), on.getTranslation(d.sex().messageKey()), Formats.date(d.birthDate()), d.age());
    }
}
