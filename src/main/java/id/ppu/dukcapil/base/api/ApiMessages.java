package id.ppu.dukcapil.base.api;

import id.ppu.dukcapil.base.Bundles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Texts of API responses (problem details, import reports) from the same bundles as the UI:
 * Bahasa Indonesia unless the client's {@code Accept-Language} prefers English.
 */
@Component
public class ApiMessages {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    ApiMessages() {
        source.setBasenames(Bundles.NAMES.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(true);
    }

    /** The language a client asked for: English if it prefers English to Indonesian, else Indonesian. */
    public Locale localeOf(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return INDONESIAN;
        }
        for (Locale l : Collections.list(request.getLocales())) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }

    /** The text of {@code key} in {@code locale}, MessageFormat-style arguments filled in. */
    public String get(String key, Locale locale, Object... args) {
        return source.getMessage(key, args, locale);
    }
}
