package id.ppu.dukcapil.security;

import java.time.Instant;

/** One entry of the audit trail as the administrators' view lists it. */
public record AuditRow(
        long id,
        Instant occurredAt,
        String actor,
        AuditKind kind,
        Long caseId,
        String caseNumber,
        String subject,
        String detail) {}
