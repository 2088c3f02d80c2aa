package id.ppu.dukcapil.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** One headline figure: a label, the value large, and a line of context under it. */
class KpiCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    KpiCard(String id, String label) {
        setId(id);
        addClassNames(
                LumoUtility.Background.BASE,
                LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        Span caption = new Span(label);
        caption.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        value.setId(id + "-value");
        value.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
        detail.setId(id + "-detail");
        detail.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
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
