package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.ServiceType;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the office writes to residents on WhatsApp, from the bundle {@code i18n/resident}: always
 * Bahasa Indonesia, whatever the language of the clerk whose action causes the message.
 */
final class ResidentTexts {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "i18n/resident",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ResidentTexts() {}

    /** The text of {@code key} with its arguments filled in. */
    static String text(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), INDONESIAN).format(arguments);
    }

    static String service(ServiceType service) {
        return service == null ? "-" : BUNDLE.getString("resident.service." + service.name());
    }

    /** The line that reminds a resident how to stop messages. */
    static String footer() {
        return BUNDLE.getString("resident.footer");
    }
}
