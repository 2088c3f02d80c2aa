package id.ppu.dukcapil.base.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map's server side: records become the JSON the browser draws, and marker clicks come back with the id. */
class LeafletMapTest {

    private static final MapLegend SHARES = new MapLegend(
            "Porsi daring",
            List.of(new MapLegend.Bin(50, "#40c057", "50-100%"), new MapLegend.Bin(0, "#fff3bf", "0-50%")),
            "Tanpa data",
            "Ukuran: permohonan",
            "Kunjungan direncanakan");

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void markers_become_json_with_a_radius_by_square_root_of_size_and_the_colour_of_their_bin() {
        List<MapMarker> markers = List.of(
                new MapMarker(
                        "64.09.04.1005",
                        -0.84926,
                        116.71897,
                        "Sepaku",
                        400,
                        75.0,
                        "Kec. Sepaku\nPermohonan: 400",
                        true),
                new MapMarker("64.09.01.1009", -1.29843, 116.7326, "Nipah-Nipah", 100, 20.0, "Permohonan: 100"),
                new MapMarker("64.09.02.1003", -1.2559, 116.49606, "Waru", 0, null, null));
        JsonNode data =
                LeafletMap.toJson(MapTiles.none(), markers, SHARES, List.of(new MapLabel("Sepaku", -0.9, 116.75)));

        JsonNode sepaku = data.at("/markers/0");
        assertThat(sepaku.get("id").asText()).isEqualTo("64.09.04.1005");
        assertThat(sepaku.get("lat").asDouble()).isEqualTo(-0.84926);
        assertThat(sepaku.get("lon").asDouble()).isEqualTo(116.71897);
        assertThat(sepaku.get("label").asText()).isEqualTo("Sepaku");
        assertThat(sepaku.get("tooltip").asText()).isEqualTo("Kec. Sepaku\nPermohonan: 400");
        assertThat(sepaku.get("radius").asDouble()).isEqualTo(LeafletMap.MAX_RADIUS);
        assertThat(sepaku.get("colour").asText()).isEqualTo("#40c057");
        assertThat(sepaku.get("highlighted").asBoolean()).isTrue();
        // A quarter of the largest size: half the radius span (areas compare like the counts).
        JsonNode nipah = data.at("/markers/1");
        assertThat(nipah.get("radius").asDouble())
                .isEqualTo(LeafletMap.MIN_RADIUS + (LeafletMap.MAX_RADIUS - LeafletMap.MIN_RADIUS) / 2);
        assertThat(nipah.get("colour").asText()).isEqualTo("#fff3bf");
        assertThat(nipah.get("highlighted").asBoolean()).isFalse();
        JsonNode waru = data.at("/markers/2");
        assertThat(waru.get("radius").asDouble()).isEqualTo(LeafletMap.MIN_RADIUS);
        assertThat(waru.get("colour").asText()).isEqualTo(MapLegend.NO_DATA_COLOUR);
        assertThat(waru.get("tooltip").asText()).isEmpty();

        assertThat(data.at("/labels/0/text").asText()).isEqualTo("Sepaku");
        assertThat(data.at("/labels/0/lat").asDouble()).isEqualTo(-0.9);
        assertThat(data.at("/tiles/url").asText()).isEmpty();
        // Legend entries in ascending order of their bins, then the no-data entry, then the notes.
        JsonNode legend = data.get("legend");
        assertThat(legend.get("title").asText()).isEqualTo("Porsi daring");
        assertThat(legend.get("entries")).hasSize(3);
        assertThat(legend.at("/entries/0/label").asText()).isEqualTo("0-50%");
        assertThat(legend.at("/entries/1/colour").asText()).isEqualTo("#40c057");
        assertThat(legend.at("/entries/2/colour").asText()).isEqualTo(MapLegend.NO_DATA_COLOUR);
        assertThat(legend.get("sizeNote").asText()).isEqualTo("Ukuran: permohonan");
        assertThat(legend.get("highlightNote").asText()).isEqualTo("Kunjungan direncanakan");
    }

    @Test
    void a_value_takes_the_colour_of_the_last_bin_it_reaches_and_below_the_first_none() {
        MapLegend red = new MapLegend(
                "RED",
                List.of(
                        new MapLegend.Bin(1, "green", "1"),
                        new MapLegend.Bin(2, "blue", "2"),
                        new MapLegend.Bin(4, "red", "4")),
                null,
                null,
                null);
        assertThat(red.colourOf(0.0)).isEqualTo(MapLegend.NO_DATA_COLOUR);
        assertThat(red.colourOf(1.0)).isEqualTo("green");
        assertThat(red.colourOf(3.999)).isEqualTo("blue");
        assertThat(red.colourOf(4.0)).isEqualTo("red");
        assertThat(red.colourOf(99.0)).isEqualTo("red");
        assertThat(red.colourOf(null)).isEqualTo(MapLegend.NO_DATA_COLOUR);
        assertThat(red.colourOf(Double.NaN)).isEqualTo(MapLegend.NO_DATA_COLOUR);
        JsonNode legend =
                LeafletMap.toJson(MapTiles.none(), List.of(), red, List.of()).get("legend");
        assertThat(legend.get("entries")).hasSize(3);
        assertThat(legend.get("sizeNote").isNull()).isTrue();
    }

    @Test
    void the_element_gets_the_data_and_the_tiles_with_their_attribution() throws Exception {
        LeafletMap map = new LeafletMap(new MapTiles(" " + MapTiles.OSM_URL + " ", MapTiles.OSM_ATTRIBUTION));
        map.setMarkers(List.of(new MapMarker("a", -1, 116, "A", 3, 10.0, "")), SHARES);
        map.setLabels(List.of(new MapLabel("Waru", -1.3, 116.5)));
        UI.getCurrent().add(map);
        assertThat(map.getElement().getTag()).isEqualTo("leaflet-map");
        JsonNode data = new ObjectMapper()
                .readTree(map.getElement().getPropertyRaw("data").toString());
        assertThat(data.at("/tiles/url").asText()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(data.at("/tiles/attribution").asText())
                .contains("openstreetmap.org/copyright")
                .contains("contributors");
        assertThat(data.get("markers")).hasSize(1);
        assertThat(data.at("/labels/0/text").asText()).isEqualTo("Waru");

        map.setMarkers(List.of(), SHARES);
        data = new ObjectMapper()
                .readTree(map.getElement().getPropertyRaw("data").toString());
        assertThat(data.get("markers")).isEmpty();
        assertThat(data.get("labels")).hasSize(1);
    }

    @Test
    void blank_tile_urls_mean_no_tiles() {
        assertThat(new MapTiles("  ", null).enabled()).isFalse();
        assertThat(new MapTiles(null, null).url()).isEmpty();
        assertThat(new MapConfig().mapTiles("", "").enabled()).isFalse();
        MapTiles osm = new MapConfig().mapTiles(MapTiles.OSM_URL, "");
        assertThat(osm.enabled()).isTrue();
        assertThat(osm.attribution()).isEqualTo(MapTiles.OSM_ATTRIBUTION);
        assertThat(new MapConfig()
                        .mapTiles("https://tiles.example/{z}/{x}/{y}.png", "© Example")
                        .attribution())
                .isEqualTo("© Example");
    }

    @Test
    void the_tile_url_defaults_to_openstreetmap_and_map_tile_url_overrides_it_even_when_empty() throws Exception {
        org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
        env.getPropertySources()
                .addLast(new org.springframework.core.io.support.ResourcePropertySource(
                        "classpath:application.properties"));
        assertThat(env.resolvePlaceholders("${app.map.tile-url}")).isEqualTo(MapTiles.OSM_URL);
        env.getPropertySources()
                .addFirst(new org.springframework.core.env.MapPropertySource(
                        "env", java.util.Map.of("MAP_TILE_URL", "")));
        assertThat(env.resolvePlaceholders("${app.map.tile-url}")).isEmpty();
    }

    @Test
    void a_click_on_a_marker_reaches_listeners_with_its_id() {
        LeafletMap map = new LeafletMap(MapTiles.none());
        UI.getCurrent().add(map);
        List<String> clicked = new ArrayList<>();
        map.addMarkerClickListener(e -> clicked.add(e.getMarkerId()));
        JsonObject detail = Json.createObject();
        detail.put("event.detail.id", "64.09.04.1005");
        BasicUtilsKt._fireDomEvent(map, "leaflet-marker-click", detail);
        assertThat(clicked).containsExactly("64.09.04.1005");
    }
}
