package id.ppu.dukcapil.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<ServiceCase, Long> {

    Optional<ServiceCase> findByCaseNumber(String caseNumber);

    @Query(value = "select nextval('case_number_seq')", nativeQuery = true)
    long nextCaseSequence();
}
