package id.ppu.dukcapil.base.ui.map;

/**
 * Where the map's background tiles come from: a URL template with {@code {z}/{x}/{y}} and the
 * attribution its licence asks for. A blank URL means no tiles: a plain background with labels,
 * so the map works offline and without a tile server.
 */
public record MapTiles(String url, String attribution) {

    /** OpenStreetMap's standard tiles (tile usage policy: light use, attribution shown). */
    public static final String OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public static final String OSM_ATTRIBUTION =
            "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    public MapTiles {
        url = url == null ? "" : url.strip();
        attribution = attribution == null ? "" : attribution.strip();
    }

    /** No tiles at all. */
    public static MapTiles none() {
        return new MapTiles("", "");
    }

    public boolean enabled() {
        return !url.isEmpty();
    }
}
