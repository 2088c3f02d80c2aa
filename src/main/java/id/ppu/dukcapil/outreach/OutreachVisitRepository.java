package id.ppu.dukcapil.outreach;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutreachVisitRepository extends JpaRepository<OutreachVisit, Long> {

    /** The visit on a day that is not cancelled (the team makes one a day). */
    @Query(
            "select v from OutreachVisit v where v.visitDate = :date and v.status <> id.ppu.dukcapil.outreach.VisitStatus.CANCELLED")
    Optional<OutreachVisit> findActiveOn(LocalDate date);
}
