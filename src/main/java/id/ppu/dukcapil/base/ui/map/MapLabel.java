package id.ppu.dukcapil.base.ui.map;

/** A text placed on the map that does not react to the mouse, e.g. a district's name at its centre. */
public record MapLabel(String text, double lat, double lon) {}
