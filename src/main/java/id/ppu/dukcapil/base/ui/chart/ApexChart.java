package id.ppu.dukcapil.base.ui.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * Any ApexCharts chart, configured with the library's options as JSON (Jackson) built on the
 * server. Setting new options updates the chart in place; the browser side follows the Lumo
 * light/dark theme, resizes with its container and destroys the chart when detached. A click on
 * a data point (bar, heatmap cell, marker) reaches the server as a {@link DataPointClickEvent}.
 * The component holds no data logic: callers build the options.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/apex-chart.ts")
public class ApexChart extends Component implements HasSize, HasStyle {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ObjectNode options = MAPPER.createObjectNode();

    public ApexChart() {
        setWidthFull();
    }

    public ApexChart(ObjectNode options) {
        this();
        setOptions(options);
    }

    /** A fresh, empty options object to build on. */
    public static ObjectNode newOptions() {
        return MAPPER.createObjectNode();
    }

    /** Replaces the chart's options; a rendered chart updates in place. */
    public void setOptions(ObjectNode options) {
        this.options = options.deepCopy();
        getElement().setPropertyJson("options", this.options.deepCopy());
    }

    /** A copy of the current options. */
    public ObjectNode getOptions() {
        return options.deepCopy();
    }

    /** Listens for clicks on data points, e.g. to drill down into the clicked bar. */
    public Registration addDataPointClickListener(ComponentEventListener<DataPointClickEvent> listener) {
        return addListener(DataPointClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Number formatters on the browser side use the UI's language (e.g. 1.234,5 in Indonesian).
        getElement().setProperty("locale", attachEvent.getUI().getLocale().toLanguageTag());
    }

    /** A click on a data point: which series and which point in it (both 0-based). */
    @DomEvent("apex-data-point-click")
    public static class DataPointClickEvent extends ComponentEvent<ApexChart> {

        private final int seriesIndex;
        private final int dataPointIndex;

        public DataPointClickEvent(
                ApexChart source,
                boolean fromClient,
                @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.dataPointIndex") int dataPointIndex) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataPointIndex = dataPointIndex;
        }

        public int getSeriesIndex() {
            return seriesIndex;
        }

        public int getDataPointIndex() {
            return dataPointIndex;
        }
    }
}
