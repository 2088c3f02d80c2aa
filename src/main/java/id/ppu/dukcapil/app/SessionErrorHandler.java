package id.ppu.dukcapil.app;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import id.ppu.dukcapil.base.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any uncaught failure in a UI into a notification in the user's language. */
class SessionErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        if (!Notifications.showIfKnown(t)) {
            log.error("Unexpected error in the UI", t);
            Notifications.error("error.unexpected");
        }
    }
}
