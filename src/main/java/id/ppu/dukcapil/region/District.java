package id.ppu.dukcapil.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A kecamatan of the regency. */
@Entity
class District {

    @Id
    private String code;

    private String name;
    private int population;
    private LocalDate populationAsOf;
    private Integer wajibKtp;

    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    private BigDecimal distanceKm;
    private String seatVillageCode;

    protected District() {}

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    int getPopulation() {
        return population;
    }

    BigDecimal getDistanceKm() {
        return distanceKm;
    }

    LocalDate getPopulationAsOf() {
        return populationAsOf;
    }
}
