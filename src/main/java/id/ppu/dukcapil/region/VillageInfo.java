package id.ppu.dukcapil.region;

/** Read model of a village for pickers, filters and planners. */
public record VillageInfo(
        String code,
        String name,
        String kind,
        String districtCode,
        int population,
        boolean populationEstimated,
        double distanceKm,
        boolean hardToReach,
        String note) {}
