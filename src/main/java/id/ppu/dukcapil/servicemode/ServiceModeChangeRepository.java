package id.ppu.dukcapil.servicemode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceModeChangeRepository extends JpaRepository<ServiceModeChange, Long> {

    Optional<ServiceModeChange> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDescIdDesc(Instant at);

    List<ServiceModeChange> findAllByOrderByEffectiveFromAscIdAsc();
}
