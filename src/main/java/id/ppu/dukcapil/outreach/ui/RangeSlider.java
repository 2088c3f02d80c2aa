package id.ppu.dukcapil.outreach.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;

/**
 * A native {@code <input type="range">} as a Vaadin field of integers (the free Vaadin
 * components have no slider). The value reaches the server when the user lets go.
 */
@Tag("input")
class RangeSlider extends AbstractSinglePropertyField<RangeSlider, Integer> {

    RangeSlider(int min, int max, int step) {
        super("value", min, String.class, RangeSlider::parse, String::valueOf);
        getElement().setAttribute("type", "range");
        getElement().setAttribute("min", String.valueOf(min));
        getElement().setAttribute("max", String.valueOf(max));
        getElement().setAttribute("step", String.valueOf(step));
        getElement().getStyle().set("accent-color", "var(--lumo-primary-color)").set("width", "12em");
        setSynchronizedEvent("change");
    }

    void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    private static Integer parse(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
