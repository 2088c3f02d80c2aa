package id.ppu.dukcapil.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class ResponsiveColumnsTest {

    @Test
    void columns_hide_below_their_breakpoint_and_return_above_it() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> key = grid.addColumn(s -> s);
        Grid.Column<String> extra = grid.addColumn(String::length);
        Grid.Column<String> wide = grid.addColumn(String::toUpperCase);
        Responsive.Columns columns =
                Responsive.columns(grid).hideBelow(Responsive.PHONE, extra).hideBelow(1024, wide);

        columns.apply(390);
        assertThat(key.isVisible()).isTrue();
        assertThat(extra.isVisible()).isFalse();
        assertThat(wide.isVisible()).isFalse();

        columns.apply(768);
        assertThat(extra.isVisible()).isTrue();
        assertThat(wide.isVisible()).isFalse();

        columns.apply(Responsive.PHONE);
        assertThat(extra.isVisible()).isTrue();
        columns.apply(1400);
        assertThat(wide.isVisible()).isTrue();
    }
}
