package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.security.AuditKind;
import id.ppu.dukcapil.security.AuditTrail;
import id.ppu.dukcapil.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's service standards: how many working days each service may take. Read by every
 * staff role; changed by administrators only, audited, and applied at once to the open cases of
 * the service (their due dates move in the same transaction).
 */
@Service
public class ServiceStandards {

    private final JdbcClient jdbc;
    private final CaseDeadlines deadlines;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditTrail audit;

    ServiceStandards(JdbcClient jdbc, CaseDeadlines deadlines, CurrentUser currentUser, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every service's standard, in the order of {@link ServiceType}. */
    @Transactional(readOnly = true)
    public List<ServiceStandard> all() {
        return jdbc
                .sql("select service_type, working_days, source, updated_by, updated_at from service_standard")
                .query((rs, i) -> new ServiceStandard(
                        ServiceType.valueOf(rs.getString("service_type")),
                        rs.getInt("working_days"),
                        rs.getString("source"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list()
                .stream()
                .sorted((a, b) -> a.serviceType().compareTo(b.serviceType()))
                .toList();
    }

    /**
     * Sets a service's standard and its source; the open cases of the service get their new due
     * dates in the same transaction. Recorded in the audit trail (old and new figure).
     *
     * @throws CaseValidationException if the days are outside 1-60 or the source is blank or too long
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void change(ServiceType service, int workingDays, String source) {
        if (workingDays < ServiceStandard.MIN_DAYS || workingDays > ServiceStandard.MAX_DAYS) {
            throw new CaseValidationException("workingDays", "validation.standard.days");
        }
        if (source == null || source.isBlank() || source.strip().length() > ServiceStandard.MAX_SOURCE) {
            throw new CaseValidationException("source", "validation.standard.source");
        }
        Integer before = jdbc.sql("select working_days from service_standard where service_type = :s for update")
                .param("s", service.name())
                .query(Integer.class)
                .optional()
                .orElse(null);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into service_standard (service_type, working_days, source, updated_by, updated_at)
                values (:s, :d, :src, :who, :now)
                on conflict (service_type) do update set working_days = excluded.working_days, source = excluded.source,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("s", service.name())
                .param("d", workingDays)
                .param("src", source.strip())
                .param("who", currentUser.username())
                .param("now", Timestamp.from(now))
                .update();
        audit.change(
                AuditKind.SERVICE_STANDARD_CHANGED,
                service.name(),
                (before == null ? "-" : before) + " → " + workingDays);
        if (before == null || before != workingDays) {
            deadlines.refreshOpen(service);
        }
    }
}
