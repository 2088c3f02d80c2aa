package id.ppu.dukcapil.region;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the regency's districts and villages (a few dozen rows, so they are read whole). */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final DistrictRepository districts;
    private final VillageRepository villages;

    RegionService(DistrictRepository districts, VillageRepository villages) {
        this.districts = districts;
        this.villages = villages;
    }

    /** All districts by code. */
    public List<DistrictInfo> districts() {
        return districts.findAll().stream()
                .sorted(Comparator.comparing(District::getCode))
                .map(d -> new DistrictInfo(
                        d.getCode(),
                        d.getName(),
                        d.getPopulation(),
                        d.getDistanceKm().doubleValue()))
                .toList();
    }

    /** All villages ordered by district, then name. */
    public List<VillageInfo> villages() {
        return villages.findAllByOrderByDistrictCodeAscNameAsc().stream()
                .map(Village::toInfo)
                .toList();
    }

    /** The villages of one district ordered by name. */
    public List<VillageInfo> villagesOf(String districtCode) {
        return villages().stream()
                .filter(v -> v.districtCode().equals(districtCode))
                .toList();
    }

    /** One village by its Kemendagri code. */
    public Optional<VillageInfo> village(String code) {
        return code == null ? Optional.empty() : villages.findById(code).map(Village::toInfo);
    }

    /** Every village that has a reference point, by code (all 54 of the reference data have one). */
    public List<VillagePlace> villagePlaces() {
        return villages.findPlaces();
    }

    /** Each district's label point on a map: the mean of its villages' reference points. */
    public List<DistrictPlace> districtCentres() {
        return villages.findDistrictCentres();
    }
}
