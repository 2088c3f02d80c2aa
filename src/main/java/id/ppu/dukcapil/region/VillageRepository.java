package id.ppu.dukcapil.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VillageRepository extends JpaRepository<Village, String> {

    List<Village> findAllByOrderByDistrictCodeAscNameAsc();

    @Query("select new id.ppu.dukcapil.region.VillagePlace(v.code, v.name, v.districtCode, v.lat, v.lng) from Village v"
            + " where v.lat is not null and v.lng is not null order by v.code")
    List<VillagePlace> findPlaces();

    @Query("select new id.ppu.dukcapil.region.DistrictPlace(d.code, d.name, avg(v.lat), avg(v.lng)) from Village v"
            + " join District d on d.code = v.districtCode where v.lat is not null and v.lng is not null"
            + " group by d.code, d.name order by d.code")
    List<DistrictPlace> findDistrictCentres();
}
