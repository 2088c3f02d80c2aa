package id.ppu.dukcapil.base.ui.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Objects;

/**
 * A Leaflet map of circle markers (size by a count, colour by a measure through a
 * {@link MapLegend}), text labels and a legend, over the tiles of {@link MapTiles} or a plain
 * background without them. The map fits itself to its markers and labels; a click on a marker
 * reaches the server as a {@link MarkerClickEvent} with the marker's id. The component holds no
 * data logic: callers give it records.
 */
@Tag("leaflet-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.20")
@JsModule("./components/leaflet-map.ts")
public class LeafletMap extends Component implements HasSize, HasStyle {

    /** Radius in pixels of the smallest and of the largest marker. */
    static final double MIN_RADIUS = 4;

    static final double MAX_RADIUS = 20;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final MapTiles tiles;
    private List<MapMarker> markers = List.of();
    private MapLegend legend = new MapLegend("", List.of(), null, null, null);
    private List<MapLabel> labels = List.of();

    public LeafletMap(MapTiles tiles) {
        this.tiles = Objects.requireNonNull(tiles, "tiles");
        setWidthFull();
        setHeight("480px");
        getElement().setAttribute("role", "region");
        push();
    }

    /** Shows these markers, coloured by this legend's bins, in place of the previous ones. */
    public void setMarkers(List<MapMarker> markers, MapLegend legend) {
        this.markers = List.copyOf(markers);
        this.legend = Objects.requireNonNull(legend, "legend");
        push();
    }

    /** Shows these texts (e.g. district names), in place of the previous ones. */
    public void setLabels(List<MapLabel> labels) {
        this.labels = List.copyOf(labels);
        push();
    }

    /** The name screen readers announce for the map. */
    public void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    public List<MapMarker> getMarkers() {
        return markers;
    }

    public MapLegend getLegend() {
        return legend;
    }

    public List<MapLabel> getLabels() {
        return labels;
    }

    public MapTiles getTiles() {
        return tiles;
    }

    /** Listens for clicks on markers. */
    public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
        return addListener(MarkerClickEvent.class, listener);
    }

    private void push() {
        getElement().setPropertyJson("data", toJson(tiles, markers, legend, labels));
    }

    /**
     * What the browser side draws: the tile source, each marker with its radius in pixels (the
     * square root of its size against the largest, so areas compare like the counts) and its
     * colour from the legend, the labels and the legend's entries.
     */
    static ObjectNode toJson(MapTiles tiles, List<MapMarker> markers, MapLegend legend, List<MapLabel> labels) {
        ObjectNode data = MAPPER.createObjectNode();
        data.putObject("tiles").put("url", tiles.url()).put("attribution", tiles.attribution());
        double largest = markers.stream().mapToDouble(MapMarker::size).max().orElse(0);
        ArrayNode list = data.putArray("markers");
        for (MapMarker m : markers) {
            list.addObject()
                    .put("id", m.id())
                    .put("lat", m.lat())
                    .put("lon", m.lon())
                    .put("label", m.label())
                    .put("tooltip", m.tooltip())
                    .put("radius", radius(m.size(), largest))
                    .put("colour", legend.colourOf(m.colourValue()))
                    .put("highlighted", m.highlighted());
        }
        ArrayNode texts = data.putArray("labels");
        labels.forEach(
                l -> texts.addObject().put("text", l.text()).put("lat", l.lat()).put("lon", l.lon()));
        ObjectNode key = data.putObject("legend").put("title", Objects.toString(legend.title(), ""));
        ArrayNode entries = key.putArray("entries");
        legend.bins().forEach(b -> entries.addObject().put("colour", b.colour()).put("label", b.label()));
        if (legend.noDataLabel() != null) {
            entries.addObject().put("colour", MapLegend.NO_DATA_COLOUR).put("label", legend.noDataLabel());
        }
        key.put("sizeNote", legend.sizeNote()).put("highlightNote", legend.highlightNote());
        return data;
    }

    /** Pixels: {@link #MIN_RADIUS} for nothing, {@link #MAX_RADIUS} for the largest size, by square root between. */
    static double radius(double size, double largest) {
        if (size <= 0 || largest <= 0) {
            return MIN_RADIUS;
        }
        double r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(size, largest) / largest);
        return Math.round(r * 10) / 10.0;
    }

    /** A click on a marker, carrying the marker's id. */
    @DomEvent("leaflet-marker-click")
    public static class MarkerClickEvent extends ComponentEvent<LeafletMap> {

        private final String markerId;

        public MarkerClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient);
            this.markerId = markerId;
        }

        public String getMarkerId() {
            return markerId;
        }
    }
}
