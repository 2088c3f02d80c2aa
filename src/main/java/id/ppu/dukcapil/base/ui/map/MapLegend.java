package id.ppu.dukcapil.base.ui.map;

import java.util.Comparator;
import java.util.List;

/**
 * How marker colours read: bins of the colour value in ascending order (a value takes the colour
 * of the last bin whose {@code from} it reaches), a colour for markers without a value, and
 * notes on what the size and the ring mean. All texts already localised.
 *
 * @param noDataLabel   legend text of the grey markers without a value; null leaves it out
 * @param sizeNote      what a circle's size stands for; null leaves it out
 * @param highlightNote what the dark ring stands for; null leaves it out
 */
public record MapLegend(String title, List<Bin> bins, String noDataLabel, String sizeNote, String highlightNote) {

    /** Colour of markers without a value, or below the first bin. */
    public static final String NO_DATA_COLOUR = "#adb5bd";

    /** One step of the colour scale: values from {@code from} (inclusive) up to the next bin's. */
    public record Bin(double from, String colour, String label) {}

    public MapLegend {
        bins = bins.stream().sorted(Comparator.comparingDouble(Bin::from)).toList();
    }

    /** The colour of a marker with this value. */
    public String colourOf(Double value) {
        String colour = NO_DATA_COLOUR;
        if (value == null || value.isNaN()) {
            return colour;
        }
        for (Bin bin : bins) {
            if (value >= bin.from()) {
                colour = bin.colour();
            }
        }
        return colour;
    }
}
