package id.ppu.dukcapil.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.ppu.dukcapil.outreach.FactorValue;
import id.ppu.dukcapil.outreach.VillagePriority;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.AbstractViewIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The planner's per-1,000 figure of a village whose population is still the synthetic split says "perkiraan". */
class PlannerEstimateViewIT extends AbstractViewIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_breakdown_labels_the_rate_per_1000_of_an_estimated_population_and_only_that() {
        List<String> estimated = jdbc.sql("select code from village where population_estimated order by code")
                .query(String.class)
                .list();
        List<String> official = jdbc.sql("select code from village where not population_estimated order by code")
                .query(String.class)
                .list();
        assertThat(estimated).isNotEmpty();
        login("perencana", Role.PERENCANA);
        UI.getCurrent().navigate(PlannerView.class);
        @SuppressWarnings("unchecked")
        Grid<VillagePriority> grid = _get(Grid.class, s -> s.withId("priority-grid"));
        List<VillagePriority> rows = grid.getGenericDataView().getItems().toList();

        assertThat(underService(grid, rows, estimated.get(0))).contains("(penduduk perkiraan)");
        if (!official.isEmpty()) {
            assertThat(underService(grid, rows, official.get(0))).doesNotContain("perkiraan");
        }
    }

    private static String underService(Grid<VillagePriority> grid, List<VillagePriority> rows, String code) {
        int index = rows.indexOf(rows.stream()
                .filter(p -> p.village().code().equals(code))
                .findFirst()
                .orElseThrow());
        com.vaadin.flow.component.Component details = GridKt._getItemDetailsComponent(grid, index);
        @SuppressWarnings("unchecked")
        Grid<FactorValue> breakdown = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                details, Grid.class, s -> s.withId("breakdown-" + code));
        int row = breakdown
                .getGenericDataView()
                .getItems()
                .map(f -> f.factor().name())
                .toList()
                .indexOf("UNDER_SERVICE");
        return GridKt._getFormattedRow(breakdown, row).get(1);
    }
}
