package id.ppu.dukcapil.region;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A desa or kelurahan. Populations flagged as estimated are a synthetic split of the district total. */
@Entity
class Village {

    @Id
    private String code;

    private String name;
    private String kind;
    private String districtCode;
    private int population;
    private boolean populationEstimated;
    private Double lat;
    private Double lng;
    private BigDecimal distanceKm;
    private boolean hardToReach;
    private String iknStatus;
    private String note;

    protected Village() {}

    VillageInfo toInfo() {
        return new VillageInfo(
                code,
                name,
                kind,
                districtCode,
                population,
                populationEstimated,
                distanceKm.doubleValue(),
                hardToReach,
                note);
    }

    String getCode() {
        return code;
    }
}
