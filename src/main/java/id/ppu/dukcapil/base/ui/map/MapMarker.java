package id.ppu.dukcapil.base.ui.map;

import java.util.Objects;

/**
 * A circle on the map: its radius grows with {@code size} (a count), its colour comes from the
 * legend's bin for {@code colourValue} (a measure; null means "no value").
 *
 * @param id          reported back by a click (e.g. a village code); no personal data
 * @param label       the tooltip's heading (e.g. the village's name)
 * @param tooltip     further lines of the tooltip, already localised; lines separated by {@code \n}
 * @param highlighted drawn with a dark ring (e.g. a village with a planned visit)
 */
public record MapMarker(
        String id,
        double lat,
        double lon,
        String label,
        double size,
        Double colourValue,
        String tooltip,
        boolean highlighted) {

    public MapMarker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        tooltip = tooltip == null ? "" : tooltip;
    }

    /** A marker without a ring. */
    public MapMarker(String id, double lat, double lon, String label, double size, Double colourValue, String tooltip) {
        this(id, lat, lon, label, size, colourValue, tooltip, false);
    }
}
