package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline figure: a label, the value large, and a line of context under it. */
class KpiCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    KpiCard(String id, String label) {
        setId(id);
        getStyle().set("background", "var(--lumo-base-color)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        value.setId(id + "-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        detail.setId(id + "-detail");
        detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(caption, value, detail);
    }

    void show(String valueText, String detailText) {
        value.setText(valueText);
        detail.setText(detailText);
    }

    String value() {
        return value.getText();
    }

    String detail() {
        return detail.getText();
    }
}
