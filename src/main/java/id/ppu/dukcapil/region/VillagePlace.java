package id.ppu.dukcapil.region;

/** Where a village lies: its reference point (WGS 84), for maps. */
public record VillagePlace(String code, String name, String districtCode, double lat, double lon) {}
