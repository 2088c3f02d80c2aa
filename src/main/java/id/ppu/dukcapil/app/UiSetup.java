package id.ppu.dukcapil.app;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.ppu.dukcapil.base.ui.Translations;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Bahasa Indonesia (whatever the browser prefers) unless the user switched
 * language in this session; every session gets the error handler that speaks the user's language.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String LOCALE_ATTRIBUTE = "app.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new SessionErrorHandler()));
        event.getSource()
                .addUIInitListener(
                        e -> e.getUI().setLocale(chosenLocale(e.getUI().getSession())));
    }

    static Locale chosenLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale l ? l : Translations.INDONESIAN;
    }
}
