package id.ppu.dukcapil.base.ui.map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tile source of every map, from {@code app.map.tile-url} ({@code MAP_TILE_URL}) and its attribution. */
@Configuration
class MapConfig {

    @Bean
    MapTiles mapTiles(
            @Value("${app.map.tile-url:}") String url, @Value("${app.map.tile-attribution:}") String attribution) {
        // OpenStreetMap's tiles need their attribution; another server's default is none.
        String text =
                attribution.isBlank() && MapTiles.OSM_URL.equals(url.strip()) ? MapTiles.OSM_ATTRIBUTION : attribution;
        return new MapTiles(url, text);
    }
}
