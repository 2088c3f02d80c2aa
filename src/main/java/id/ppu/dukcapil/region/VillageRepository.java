package id.ppu.dukcapil.region;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VillageRepository extends JpaRepository<Village, String> {

    List<Village> findAllByOrderByDistrictCodeAscNameAsc();
}
