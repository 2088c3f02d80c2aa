package id.ppu.dukcapil.security;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filter of the audit view: the acting user (exact username), a case number, kinds (empty = any)
 * and a date range in WITA (inclusive).
 */
public record AuditFilter(String actor, String caseNumber, Set<AuditKind> kinds, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(java.util.Locale.ROOT);
        caseNumber = caseNumber == null || caseNumber.isBlank()
                ? null
                : caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** Every entry. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
