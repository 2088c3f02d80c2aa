package id.ppu.dukcapil.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chart's server side: options travel as JSON, updates replace them, clicks come back with indices. */
class ApexChartTest {

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void options_built_in_java_reach_the_element_as_json() {
        ApexChart chart = new ApexChart(barOptions(3, 5));
        UI.getCurrent().add(new Div(chart));
        assertThat(chart.getElement().getTag()).isEqualTo("apex-chart");
        String json = chart.getElement().getPropertyRaw("options").toString();
        assertThat(json).contains("\"type\":\"bar\"").contains("\"data\":[3,5]");
        assertThat(chart.getElement().getProperty("locale"))
                .isEqualTo(UI.getCurrent().getLocale().toLanguageTag());
        assertThat(chart.getElement().getStyle().get("width")).isEqualTo("100%");
    }

    @Test
    void new_options_replace_the_old_ones_and_callers_cannot_change_them_behind_its_back() {
        ObjectNode first = barOptions(1, 2);
        ApexChart chart = new ApexChart(first);
        first.withObjectProperty("chart").put("type", "line");
        assertThat(chart.getOptions().at("/chart/type").asText()).isEqualTo("bar");

        chart.setOptions(barOptions(7, 8));
        assertThat(chart.getElement().getPropertyRaw("options").toString())
                .contains("\"data\":[7,8]")
                .doesNotContain("[1,2]");
        ObjectNode copy = chart.getOptions();
        copy.removeAll();
        assertThat(chart.getOptions().at("/series/0/data/1").asInt()).isEqualTo(8);
    }

    @Test
    void a_click_on_a_data_point_reaches_listeners_with_series_and_point() {
        ApexChart chart = new ApexChart(barOptions(3, 5));
        UI.getCurrent().add(chart);
        List<int[]> clicks = new ArrayList<>();
        chart.addDataPointClickListener(e -> clicks.add(new int[] {e.getSeriesIndex(), e.getDataPointIndex()}));
        JsonObject detail = Json.createObject();
        detail.put("event.detail.seriesIndex", 0);
        detail.put("event.detail.dataPointIndex", 1);
        BasicUtilsKt._fireDomEvent(chart, "apex-data-point-click", detail);
        assertThat(clicks).singleElement().satisfies(c -> assertThat(c).containsExactly(0, 1));
    }

    private static ObjectNode barOptions(int a, int b) {
        ObjectNode o = ApexChart.newOptions();
        o.putObject("chart").put("type", "bar");
        o.putArray("series")
                .addObject()
                .put("name", "n")
                .putArray("data")
                .add(a)
                .add(b);
        return o;
    }
}
