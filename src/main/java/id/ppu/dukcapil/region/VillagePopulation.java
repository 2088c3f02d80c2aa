package id.ppu.dukcapil.region;

import java.time.LocalDate;

/** A village's current population with its source and as-of date; estimated figures are shown as "perkiraan". */
public record VillagePopulation(
        String code,
        String name,
        String districtCode,
        int population,
        boolean estimated,
        String source,
        LocalDate asOf) {}
