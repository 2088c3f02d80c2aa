package id.ppu.dukcapil.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** The UI's texts: Bahasa Indonesia first ({@code messages.properties}), English second. */
@Component
public class Translations implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK);
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
