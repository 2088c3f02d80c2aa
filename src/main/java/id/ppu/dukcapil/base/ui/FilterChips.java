package id.ppu.dukcapil.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;

/**
 * On a narrow screen the filters fold away behind a "Filter" button ({@link #toggle()}); the active ones show
 * as removable chips above the list instead. The style sheet shows the button and the chips only on a phone, so
 * the desktop layout stays as it was.
 */
public class FilterChips extends FlexLayout {

    /** One active filter: its key (for the chip's id), what it shows, and how to clear it. */
    public record Chip(String key, String text, Runnable remove) {}

    private final Button toggle = new Button();
    private final Component filters;

    /** {@code filters} is the container of the filter fields that the button opens and closes on a phone. */
    public FilterChips(String idPrefix, Component filters) {
        this.filters = filters;
        setId(idPrefix + "-chips");
        addClassName("filter-chips");
        setFlexWrap(FlexWrap.WRAP);
        filters.addClassName("collapsible-filters");
        toggle.setId(idPrefix + "-toggle");
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addClassName("filter-toggle");
        toggle.addClickListener(e -> setOpen(!isOpen()));
        toggle.getElement().setAttribute("aria-expanded", "false");
        setChips(List.of());
    }

    /** The button that opens and closes the filters on a phone; place it where the view wants it. */
    public Button toggle() {
        return toggle;
    }

    public boolean isOpen() {
        return filters.getClassNames().contains("filters-open");
    }

    public void setOpen(boolean open) {
        filters.getClassNames().set("filters-open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** Shows these active filters; the toggle's caption counts them. */
    public void setChips(List<Chip> chips) {
        removeAll();
        for (Chip chip : chips) {
            Button b = new Button(
                    chip.text(),
                    VaadinIcon.CLOSE_SMALL.create(),
                    e -> chip.remove().run());
            b.setId(getId().orElse("") + "-" + chip.key());
            b.setIconAfterText(true);
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            b.addClassName("filter-chip");
            b.setAriaLabel(getTranslation("filter.chip.remove", chip.text()));
            add(b);
        }
        toggle.setText(
                chips.isEmpty()
                        ? getTranslation("filter.toggle")
                        : getTranslation("filter.toggle.count", chips.size()));
    }
}
