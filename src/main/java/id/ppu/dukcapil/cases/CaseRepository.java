package id.ppu.dukcapil.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<ServiceCase, Long> {

    Optional<ServiceCase> findByCaseNumber(String caseNumber);
}
