package id.ppu.dukcapil.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One case in a work queue; the applicant's name is masked for roles that may not see it. */
public record QueueRow(
        long id,
        String caseNumber,
        Channel channel,
        ServiceType serviceType,
        CaseStatus status,
        String applicantName,
        String villageName,
        Instant submittedAt,
        LocalDate dueOn,
        Instant waitingSince,
        String holder,
        long version) {}
