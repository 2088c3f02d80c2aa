package id.ppu.dukcapil.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The office's current service mode in the header. Until the head can change it (outreach
 * feature) the office runs in NORMAL mode.
 */
public class ServiceModeBadge extends Span {

    public ServiceModeBadge() {
        setId("service-mode");
        setText(getTranslation("servicemode.label") + ": " + getTranslation("servicemode.NORMAL"));
        getElement().getThemeList().add("badge success");
    }
}
