package id.ppu.dukcapil.cases;

import java.time.Instant;

/** One line of the case list; personal fields masked per role; the service is null for a TRIAGE case that does not name it yet. */
public record CaseRow(
        long id,
        String caseNumber,
        Instant submittedAt,
        Channel channel,
        ServiceType serviceType,
        String nik,
        String applicantName,
        String villageName,
        CaseStatus status,
        int ageDays) {}
