package id.ppu.dukcapil.servicemode.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import id.ppu.dukcapil.servicemode.ServiceMode;

/**
 * The office's current service mode in the header: green when normal, grey with limited hours,
 * red when the office is closed. It reads the mode from its {@link ServiceModeIndicator} and reads it again
 * when a {@link Changed} event is fired on its UI.
 */
@JsModule("@vaadin/vaadin-lumo-styles/badge-global.js")
public class ServiceModeBadge extends Span {

    private final transient ServiceModeIndicator indicator;
    private Registration changes;

    /** @param indicator where the mode comes from */
    public ServiceModeBadge(ServiceModeIndicator indicator) {
        this.indicator = indicator;
        setId("service-mode");
        refresh();
    }

    /** Tells every badge in {@code ui} that the mode changed. */
    public static void modeChanged(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        changes = ComponentUtil.addListener(attachEvent.getUI(), Changed.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        changes.remove();
        super.onDetach(detachEvent);
    }

    private void refresh() {
        ServiceMode mode = indicator.currentMode();
        setText(getTranslation("servicemode.label") + ": " + getTranslation(mode.messageKey()));
        getElement().getThemeList().clear();
        getElement().getThemeList().add("badge " + theme(mode));
    }

    /** Lumo badge colour: a closed office stands out in red, limited hours in grey. */
    static String theme(ServiceMode mode) {
        return switch (mode) {
            case NORMAL -> "success";
            case LIMITED_HOURS -> "contrast";
            case ONLINE_ONLY -> "error";
        };
    }

    /** The service mode changed: badges read it again. */
    public static class Changed extends ComponentEvent<UI> {

        public Changed(UI ui) {
            super(ui, false);
        }
    }
}
