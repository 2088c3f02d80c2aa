package id.ppu.dukcapil.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Breakpoints shared by the screens and frontend/styles/responsive.css, and the grid columns that hide on a
 * narrow window. Layout that CSS can do (wrapping, stacking, touch sizes) lives in the style sheet; which grid
 * columns show is decided here, because a Vaadin grid column cannot be hidden from CSS.
 */
public final class Responsive {

    /** Below this window width (px) the app is laid out for a phone. */
    public static final int PHONE = 600;

    private Responsive() {}

    /** Hides some of a grid's columns while the browser window is narrower than each column's breakpoint. */
    public static Columns columns(Grid<?> grid) {
        return new Columns(grid);
    }

    /**
     * Asks for the numeric or telephone keyboard on touch devices ({@code inputmode} on the field's own input
     * element, which Vaadin's text field does not expose).
     */
    public static void inputMode(Component field, String mode) {
        field.getElement().setAttribute("data-inputmode", mode);
        field.getElement()
                .addAttachListener(e -> field.getElement()
                        .executeJs(
                                "customElements.whenDefined(this.localName).then(() => { const i = this.inputElement"
                                        + " || this.querySelector('input'); if (i) { i.setAttribute('inputmode', $0); } })",
                                mode));
    }

    /** The columns of one grid that hide below a window width; follows the window while the grid is attached. */
    public static final class Columns {

        private final Map<Grid.Column<?>, Integer> breakpoints = new LinkedHashMap<>();
        private Registration resize;

        private Columns(Grid<?> grid) {
            grid.addAttachListener(this::follow);
            grid.addDetachListener(e -> {
                if (resize != null) {
                    resize.remove();
                    resize = null;
                }
            });
        }

        /** The column shows only while the window is at least {@code minWidth} px wide. */
        public Columns hideBelow(int minWidth, Grid.Column<?>... columns) {
            for (Grid.Column<?> column : columns) {
                breakpoints.put(column, minWidth);
            }
            return this;
        }

        /** Shows or hides the columns for a window of this width (px). */
        public void apply(int windowWidth) {
            breakpoints.forEach((column, min) -> column.setVisible(windowWidth >= min));
        }

        private void follow(AttachEvent event) {
            UI ui = event.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> apply(details.getWindowInnerWidth()));
            if (resize == null) {
                resize = ui.getPage().addBrowserWindowResizeListener(e -> apply(e.getWidth()));
            }
        }
    }
}
