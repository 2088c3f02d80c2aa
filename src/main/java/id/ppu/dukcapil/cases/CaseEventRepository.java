package id.ppu.dukcapil.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
