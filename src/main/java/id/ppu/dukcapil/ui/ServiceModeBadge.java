package id.ppu.dukcapil.ui;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.springframework.beans.factory.ObjectProvider;

/** The office's current service mode in the header: green when normal, red when the office is closed. */
@SpringComponent
@UIScope
@JsModule("@vaadin/vaadin-lumo-styles/badge-global.js")
public class ServiceModeBadge extends Span {

    private final transient ObjectProvider<ServiceModeIndicator> indicator;

    public ServiceModeBadge(ObjectProvider<ServiceModeIndicator> indicator) {
        this.indicator = indicator;
        setId("service-mode");
        refresh();
    }

    /** Reads the mode again, e.g. right after the head changed it. */
    public void refresh() {
        ServiceModeIndicator source = indicator.getIfAvailable();
        String mode = source == null ? "NORMAL" : source.currentMode();
        setText(getTranslation("servicemode.label") + ": " + getTranslation("servicemode." + mode));
        getElement().getThemeList().clear();
        getElement().getThemeList().add("badge " + switch (mode) {
            case "ONLINE_ONLY" -> "error";
            case "LIMITED_HOURS" -> "contrast";
            default -> "success";
        });
    }
}
