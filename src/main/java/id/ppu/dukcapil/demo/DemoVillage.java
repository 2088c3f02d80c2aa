package id.ppu.dukcapil.demo;

/** A village as the generator needs it, read once from the {@code village} table. */
record DemoVillage(
        int index,
        String code,
        String name,
        String districtCode,
        int population,
        double distanceKm,
        boolean hardToReach,
        boolean urban) {}
