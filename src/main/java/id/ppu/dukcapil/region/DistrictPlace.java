package id.ppu.dukcapil.region;

/** Where a district's name goes on a map: the mean of its villages' reference points. */
public record DistrictPlace(String code, String name, double lat, double lon) {}
