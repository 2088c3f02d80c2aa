package id.ppu.dukcapil.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.ppu.dukcapil.base.DomainException;
import id.ppu.dukcapil.base.MessageKey;
import org.springframework.security.access.AccessDeniedException;

/** Short messages to the user, translated. Domain failures carry their i18n key. */
public final class Notifications {

    private Notifications() {}

    public static void success(String key, Object... args) {
        show(key, NotificationVariant.LUMO_SUCCESS, args);
    }

    public static void error(String key, Object... args) {
        show(key, NotificationVariant.LUMO_ERROR, args);
    }

    /**
     * Runs an action, turning a domain failure into an error notification.
     *
     * @return whether the action completed
     */
    public static boolean guard(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            if (showIfKnown(e)) {
                return false;
            }
            throw e;
        }
    }

    public static boolean showIfKnown(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException ce) {
                error(ce.messageKey(), translatedArgs(ce.args()));
                return true;
            }
            if (c instanceof AccessDeniedException) {
                error("error.forbidden");
                return true;
            }
        }
        return false;
    }

    private static Object[] translatedArgs(Object[] args) {
        UI ui = UI.getCurrent();
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (ui != null && out[i] instanceof MessageKey k) {
                out[i] = ui.getTranslation(k.messageKey());
            }
        }
        return out;
    }

    private static void show(String key, NotificationVariant variant, Object... args) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification n = new Notification(ui.getTranslation(key, args), 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.setId("notification");
        n.open();
    }
}
