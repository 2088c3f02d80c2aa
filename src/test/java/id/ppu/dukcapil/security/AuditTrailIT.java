package id.ppu.dukcapil.security;

import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail itself: append-only in the database, paged and filtered for administrators only. */
@SpringBootTest
class AuditTrailIT {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /** A tag of this test's entries: the trail is shared by the whole run and never emptied. */
    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_table_refuses_to_change_or_remove_an_entry() {
        insert("audit-" + tag, AuditKind.CASE_VIEWED, "AUDT-" + tag, Instant.parse("2026-11-28T01:00:00Z"));

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else' where actor = :a")
                        .param("a", "audit-" + tag)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where actor = :a")
                        .param("a", "audit-" + tag)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :a")
                        .param("a", "audit-" + tag)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void an_administrative_act_is_recorded_only_inside_the_transaction_of_the_act() {
        signIn("audit-" + tag, Role.ADMIN);

        assertThatThrownBy(() -> audit.change(AuditKind.API_KEY_CREATED, "x", null))
                .isInstanceOf(IllegalTransactionStateException.class);
        tx.executeWithoutResult(s -> audit.change(AuditKind.API_KEY_CREATED, "kept", null));
        tx.executeWithoutResult(s -> {
            audit.change(AuditKind.API_KEY_CREATED, "rolled back", null);
            s.setRollbackOnly();
        });

        assertThat(page(new AuditFilter("audit-" + tag, null, null, null, null)))
                .extracting(AuditRow::subject)
                .containsExactly("kept");
    }

    @Test
    void an_event_names_the_account_as_it_is_looked_up_so_the_user_filter_finds_it() {
        audit.event("  Audit-" + tag.toUpperCase() + "-Tried ", AuditKind.SIGN_IN_FAILED, null, null);
        signIn("audit-" + tag + "-admin", Role.ADMIN);

        assertThat(page(new AuditFilter("audit-" + tag + "-tried", null, null, null, null)))
                .extracting(AuditRow::kind)
                .containsExactly(AuditKind.SIGN_IN_FAILED);
    }

    @Test
    void the_trail_filters_by_user_case_kind_and_wita_dates_newest_first() {
        String clerk = "audit-" + tag + "-clerk";
        String other = "audit-" + tag + "-other";
        String caseA = "AUDT-" + tag.toUpperCase() + "-A";
        // 27/11/2026 23:30 WITA is 15:30 UTC the same day; 28/11/2026 00:30 WITA is 16:30 UTC on the 27th.
        insert(clerk, AuditKind.CASE_VIEWED, caseA, Instant.parse("2026-11-27T15:30:00Z"));
        insert(clerk, AuditKind.CITIZEN_TIMELINE_VIEWED, caseA, Instant.parse("2026-11-27T16:30:00Z"));
        insert(clerk, AuditKind.CASE_VIEWED, "AUDT-" + tag.toUpperCase() + "-B", Instant.parse("2026-11-28T02:00:00Z"));
        insert(other, AuditKind.CASE_VIEWED, caseA, Instant.parse("2026-11-28T03:00:00Z"));
        signIn("audit-" + tag + "-admin", Role.ADMIN);

        assertThat(page(new AuditFilter(clerk.toUpperCase(), null, null, null, null)))
                .extracting(AuditRow::occurredAt)
                .containsExactly(
                        Instant.parse("2026-11-28T02:00:00Z"),
                        Instant.parse("2026-11-27T16:30:00Z"),
                        Instant.parse("2026-11-27T15:30:00Z"));
        assertThat(page(new AuditFilter(null, caseA.toLowerCase(), null, null, null)))
                .extracting(AuditRow::actor)
                .containsExactly(other, clerk, clerk);
        assertThat(page(new AuditFilter(
                        null, caseA, Set.of(AuditKind.CITIZEN_TIMELINE_VIEWED, AuditKind.API_KEY_CREATED), null, null)))
                .extracting(AuditRow::kind)
                .containsExactly(AuditKind.CITIZEN_TIMELINE_VIEWED);
        LocalDate day = LocalDate.of(2026, 11, 28);
        assertThat(page(new AuditFilter(clerk, null, null, day, day)))
                .extracting(AuditRow::occurredAt)
                .containsExactly(Instant.parse("2026-11-28T02:00:00Z"), Instant.parse("2026-11-27T16:30:00Z"));
        assertThat(page(new AuditFilter(clerk, null, null, null, day.minusDays(1))))
                .extracting(AuditRow::occurredAt)
                .containsExactly(Instant.parse("2026-11-27T15:30:00Z"));
        // Pages follow each other without gaps or repeats.
        assertThat(audit.page(new AuditFilter(clerk, null, null, null, null), PageRequest.of(1, 2)))
                .extracting(AuditRow::occurredAt)
                .containsExactly(Instant.parse("2026-11-27T15:30:00Z"));
    }

    @Test
    void nobody_but_administrators_reads_the_trail() {
        for (Role role : List.of(Role.PETUGAS, Role.KEPALA, Role.PERENCANA)) {
            signIn("audit-" + tag, role);
            assertThatThrownBy(() -> page(AuditFilter.all())).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> page(AuditFilter.all()))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private List<AuditRow> page(AuditFilter filter) {
        return audit.page(filter, PageRequest.of(0, 50));
    }

    private void insert(String actor, AuditKind kind, String caseNumber, Instant at) {
        jdbc.sql("insert into audit_event (occurred_at, actor, kind, case_id, case_number) values (:at, :a, :k, 1, :n)")
                .param("at", Timestamp.from(at))
                .param("a", actor)
                .param("k", kind.name())
                .param("n", caseNumber)
                .update();
    }
}
