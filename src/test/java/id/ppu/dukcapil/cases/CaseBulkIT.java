package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class CaseBulkIT {

    private static final String NIPAH = "64.09.01.1009";

    @Autowired
    CaseBulk bulk;

    @Autowired
    JdbcClient jdbc;

    TestCases fixture;

    @BeforeEach
    void signIn() {
        fixture = new TestCases(jdbc, "BLK");
        TestSignIn.signIn("petugas", Role.PETUGAS);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from case_event where case_id in (select id from service_case where case_number like 'BLK-%')")
                .update();
        fixture.deleteAll();
        jdbc.sql("delete from app_user where username = 'bulk.ani'").update();
    }

    @Test
    void a_status_change_of_a_selection_is_done_or_refused_case_by_case_and_the_refused_ones_stay_as_they_were() {
        QueueRow submitted = row(insert("SUBMITTED"));
        QueueRow completed = row(insert("COMPLETED"));
        QueueRow stale = row(insert("SUBMITTED"));
        QueueRow submittedToo = row(insert("SUBMITTED"));
        // A colleague changed this one after the clerk's queue was read.
        jdbc.sql("update service_case set version = version + 1 where id = :id")
                .param("id", stale.id())
                .update();

        List<BulkOutcome> outcomes =
                bulk.changeStatus(List.of(submitted, completed, stale, submittedToo), CaseStatus.VERIFIED, null);

        assertThat(outcomes)
                .extracting(BulkOutcome::caseNumber)
                .containsExactly(
                        submitted.caseNumber(), completed.caseNumber(), stale.caseNumber(), submittedToo.caseNumber());
        assertThat(outcomes)
                .extracting(BulkOutcome::refusalKey)
                .containsExactly(null, "case.error.transition", "case.error.conflict", null);
        assertThat(outcomes.get(1).refusalArgs()).containsExactly(CaseStatus.COMPLETED, CaseStatus.VERIFIED);
        assertThat(status(submitted)).isEqualTo("VERIFIED");
        assertThat(status(submittedToo)).isEqualTo("VERIFIED");
        assertThat(status(completed)).isEqualTo("COMPLETED");
        assertThat(status(stale)).isEqualTo("SUBMITTED");
        assertThat(statusEvents(submitted)).isEqualTo(1);
        assertThat(statusEvents(completed)).isZero();
        assertThat(statusEvents(stale)).isZero();
    }

    @Test
    void a_rejection_without_a_reason_is_refused_for_every_case_and_with_a_reason_each_allowed_case_is_rejected() {
        QueueRow a = row(insert("SUBMITTED"));
        QueueRow b = row(insert("VERIFIED"));
        QueueRow closed = row(insert("COMPLETED"));

        List<BulkOutcome> withoutReason = bulk.changeStatus(List.of(a, b, closed), CaseStatus.REJECTED, "  ");

        assertThat(withoutReason)
                .extracting(BulkOutcome::refusalKey)
                .containsExactly("case.error.rejectReason", "case.error.rejectReason", "case.error.transition");
        assertThat(status(a)).isEqualTo("SUBMITTED");
        assertThat(status(b)).isEqualTo("VERIFIED");

        List<BulkOutcome> withReason = bulk.changeStatus(List.of(a, b, closed), CaseStatus.REJECTED, "Bukan warga PPU");

        assertThat(withReason).extracting(BulkOutcome::done).containsExactly(true, true, false);
        assertThat(status(a)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select detail from case_event where case_id = :id and type = 'STATUS_CHANGED'")
                        .param("id", b.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Bukan warga PPU");
    }

    @Test
    void taking_a_selection_takes_the_free_cases_and_names_the_colleague_who_holds_another() {
        QueueRow free = row(insert("SUBMITTED"));
        QueueRow held = row(insert("IN_PROCESS"));
        QueueRow closed = row(insert("REJECTED"));
        jdbc.sql("update service_case set holder = 'ani', held_since = now() where id = :id")
                .param("id", held.id())
                .update();

        List<BulkOutcome> outcomes = bulk.take(List.of(free, held, closed));

        assertThat(outcomes)
                .extracting(BulkOutcome::refusalKey)
                .containsExactly(null, "case.error.held", "case.error.closed");
        assertThat(outcomes.get(1).refusalArgs()).containsExactly(held.caseNumber(), "ani");
        assertThat(holder(free)).isEqualTo("petugas");
        assertThat(holder(held)).isEqualTo("ani");
        assertThat(jdbc.sql("select count(*) from audit_event where kind = 'CASE_TAKEN' and subject = :n")
                        .param("n", free.caseNumber())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void handing_over_a_selection_hands_over_the_cases_the_clerk_may_give_away() {
        jdbc.sql("insert into app_user (username, display_name, password_hash) values ('bulk.ani', 'Ani', 'x')")
                .update();
        jdbc.sql(
                        "insert into app_user_role (user_id, role) select id, 'PETUGAS' from app_user where username = 'bulk.ani'")
                .update();
        QueueRow mine = row(insert("VERIFIED"));
        QueueRow someoneElses = row(insert("VERIFIED"));
        jdbc.sql("update service_case set holder = 'petugas', held_since = now() where id = :id")
                .param("id", mine.id())
                .update();
        jdbc.sql("update service_case set holder = 'budi', held_since = now() where id = :id")
                .param("id", someoneElses.id())
                .update();

        List<BulkOutcome> outcomes = bulk.handOver(List.of(mine, someoneElses), "bulk.ani");

        assertThat(outcomes).extracting(BulkOutcome::refusalKey).containsExactly(null, "case.error.notHolder");
        assertThat(holder(mine)).isEqualTo("bulk.ani");
        assertThat(holder(someoneElses)).isEqualTo("budi");
        assertThat(bulk.handOver(List.of(mine), "nobody"))
                .extracting(BulkOutcome::refusalKey)
                .containsExactly("case.error.unknownClerk");
    }

    private String insert(String status) {
        return fixture.insert(
                "WEB",
                "KTP",
                status,
                TestCases.anyNik(),
                "Warga Blktest",
                NIPAH,
                Instant.now().minus(Duration.ofDays(2)));
    }

    /** The row as the clerk's queue shows it, with the version read now. */
    private QueueRow row(String number) {
        return jdbc.sql("select id, version, status from service_case where case_number = :n")
                .param("n", number)
                .query((rs, i) -> new QueueRow(
                        rs.getLong("id"),
                        number,
                        Channel.WEB,
                        ServiceType.KTP,
                        CaseStatus.valueOf(rs.getString("status")),
                        null,
                        null,
                        Instant.now(),
                        null,
                        null,
                        null,
                        rs.getLong("version")))
                .single();
    }

    private String status(QueueRow r) {
        return jdbc.sql("select status from service_case where id = :id")
                .param("id", r.id())
                .query(String.class)
                .single();
    }

    private String holder(QueueRow r) {
        return jdbc.sql("select holder from service_case where id = :id")
                .param("id", r.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long statusEvents(QueueRow r) {
        return jdbc.sql("select count(*) from case_event where case_id = :id and type = 'STATUS_CHANGED'")
                .param("id", r.id())
                .query(Long.class)
                .single();
    }
}
