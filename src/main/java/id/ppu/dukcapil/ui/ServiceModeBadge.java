package id.ppu.dukcapil.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * The office's current service mode in the header. Until the head can change it (outreach
 * feature) the office runs in NORMAL mode.
 */
@SpringComponent
@UIScope
public class ServiceModeBadge extends Span {

    public ServiceModeBadge() {
        setId("service-mode");
        setText(getTranslation("servicemode.label") + ": " + getTranslation("servicemode.NORMAL"));
        getElement().getThemeList().add("badge success");
    }
}
