package id.ppu.dukcapil.region;

/** Read model of a district. */
public record DistrictInfo(String code, String name, int population, double distanceKm) {}
