package id.ppu.dukcapil.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import id.ppu.dukcapil.base.Bundles;
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
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        for (String name : Bundles.NAMES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, l, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
                }
            } catch (MissingResourceException absentBundle) {
                // this feature has no texts (yet)
            }
        }
        return "!" + key;
    }
}
