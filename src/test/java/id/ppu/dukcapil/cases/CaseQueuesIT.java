package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.base.OfficeCalendar;
import id.ppu.dukcapil.base.Wita;
import id.ppu.dukcapil.calendar.HolidayService;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import id.ppu.dukcapil.support.TestSignIn;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseQueuesIT {

    private static final String NIPAH = "64.09.01.1009";

    @Autowired
    CaseQueues queues;

    @Autowired
    CaseWork work;

    @Autowired
    CaseService cases;

    @Autowired
    CaseDeadlines deadlines;

    @Autowired
    HolidayService holidays;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestCases fixture;

    @BeforeAll
    void insertCasesOfEveryKind() {
        fixture = new TestCases(jdbc, "QUE");
        Instant now = clock.instant();
        String[] statuses = {
            "TRIAGE",
            "SUBMITTED",
            "VERIFIED",
            "NEEDS_CORRECTION",
            "WAITING_IN_PERSON",
            "IN_PROCESS",
            "READY",
            "COMPLETED",
            "REJECTED"
        };
        int[] ages = {0, 1, 3, 6, 10, 30};
        for (String status : statuses) {
            for (int age : ages) {
                fixture.insert(
                        "WEB",
                        "KTP",
                        status,
                        status.equals("TRIAGE") ? null : TestCases.anyNik(),
                        status.equals("TRIAGE") ? null : "Warga Quetest",
                        NIPAH,
                        now.minus(Duration.ofDays(age)));
            }
        }
        deadlines.refresh(jdbc.sql("select id from service_case where case_number like 'QUE-%'")
                .query(Long.class)
                .list());
        // Some of them are held.
        jdbc.sql("""
                update service_case set holder = 'petugas', held_since = now()
                where id in (select id from service_case where case_number like 'QUE-%' order by id limit 7)""").update();
    }

    @AfterAll
    void removeThem() {
        jdbc.sql("delete from case_event where case_id in (select id from service_case where case_number like 'QUE-%')")
                .update();
        fixture.deleteAll();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_queue_count_equals_a_plain_sql_count() {
        TestSignIn.signIn("petugas", Role.PETUGAS);
        LocalDate today = LocalDate.now(clock.withZone(Wita.ZONE));
        LocalDate next = holidays.officeCalendar().plusWorkingDays(today, 1);
        Map<Queue, Long> counts = queues.counts();
        assertThat(counts.get(Queue.NEW)).isEqualTo(raw("status = any('{TRIAGE,SUBMITTED}') and holder is null"));
        assertThat(counts.get(Queue.TO_VERIFY)).isEqualTo(raw("status = 'SUBMITTED'"));
        assertThat(counts.get(Queue.WAITING_RESIDENT))
                .isEqualTo(raw("status = any('{NEEDS_CORRECTION,WAITING_IN_PERSON}')"));
        assertThat(counts.get(Queue.READY_FOR_PICKUP)).isEqualTo(raw("status = 'READY'"));
        assertThat(counts.get(Queue.OVERDUE))
                .isEqualTo(
                        raw("status = any('{SUBMITTED,VERIFIED,IN_PROCESS,READY}') and due_on < date '" + today + "'"));
        assertThat(counts.get(Queue.DUE_SOON))
                .isEqualTo(raw("status = any('{SUBMITTED,VERIFIED,IN_PROCESS,READY}') and due_on >= date '" + today
                        + "' and due_on <= date '" + next + "'"));
        assertThat(counts.get(Queue.MINE))
                .isEqualTo(raw("holder = 'petugas' and status <> all('{COMPLETED,REJECTED,MERGED}')"));
        // The fixture alone guarantees that no count is trivially zero.
        assertThat(counts.get(Queue.OVERDUE)).isPositive();
        assertThat(counts.get(Queue.MINE)).isPositive();
    }

    @Test
    void a_queue_lists_its_cases_by_due_date_oldest_first() {
        TestSignIn.signIn("petugas", Role.PETUGAS);
        List<QueueRow> rows = queues.page(Queue.OVERDUE, PageRequest.of(0, 500));
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(QueueRow::dueOn).isSortedAccordingTo(LocalDate::compareTo);
        assertThat(rows).allSatisfy(r -> assertThat(r.dueOn()).isBefore(queues.today()));
        assertThat(rows)
                .extracting(QueueRow::status)
                .doesNotContain(CaseStatus.NEEDS_CORRECTION, CaseStatus.WAITING_IN_PERSON, CaseStatus.COMPLETED);
    }

    @Test
    void every_stored_due_date_is_the_office_calendars_for_the_case() {
        OfficeCalendar calendar = holidays.officeCalendar();
        int standard = jdbc.sql("select working_days from service_standard where service_type = 'KTP'")
                .query(Integer.class)
                .single();
        List<Object[]> rows = jdbc.sql("""
                select submitted_at, due_on from service_case
                where case_number like 'QUE-%' and status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY')""")
                .query((rs, i) -> new Object[] {
                    rs.getTimestamp(1).toInstant(), rs.getDate(2).toLocalDate()
                })
                .list();
        assertThat(rows).hasSize(24);
        for (Object[] r : rows) {
            assertThat(r[1]).isEqualTo(calendar.dueDate((Instant) r[0], standard, List.of(), queues.today()));
        }
        assertThat(jdbc.sql(
                                "select count(*) from service_case where case_number like 'QUE-%' and status = 'TRIAGE' and due_on is not null")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_walk_in_is_registered_with_its_due_date_and_the_clock_stops_while_it_waits_for_the_resident() {
        TestSignIn.signIn("petugas", Role.PETUGAS);
        ApplicantData data = new ApplicantData();
        data.setServiceType(ServiceType.KK);
        data.setNik(TestCases.anyNik());
        data.setApplicantName("Budi Quetest");
        data.setVillageCode(NIPAH);
        Registration r = cases.registerWalkIn(data);
        try {
            int standard = jdbc.sql("select working_days from service_standard where service_type = 'KK'")
                    .query(Integer.class)
                    .single();
            LocalDate expected =
                    holidays.officeCalendar().dueDate(clock.instant(), standard, List.of(), queues.today());
            assertThat(dueOn(r.caseId())).isEqualTo(expected);
            assertThat(waitingSince(r.caseId())).isNull();

            cases.changeStatus(r.caseId(), version(r.caseId()), CaseStatus.NEEDS_CORRECTION, null);
            assertThat(waitingSince(r.caseId())).isNotNull();

            cases.changeStatus(r.caseId(), version(r.caseId()), CaseStatus.VERIFIED, null);
            assertThat(waitingSince(r.caseId())).isNull();
            // A wait within the same day costs the office nothing and moves nothing.
            assertThat(dueOn(r.caseId())).isEqualTo(expected);
        } finally {
            jdbc.sql("delete from case_event where case_id = :id")
                    .param("id", r.caseId())
                    .update();
            jdbc.sql("delete from service_case where id = :id")
                    .param("id", r.caseId())
                    .update();
        }
    }

    @Test
    void two_clerks_taking_the_same_case_at_the_same_moment_one_gets_it_and_the_other_is_told() throws Exception {
        long caseId = jdbc.sql(
                        "select id from service_case where case_number like 'QUE-%' and holder is null and status = 'SUBMITTED' order by id limit 1")
                .query(Long.class)
                .single();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String clerk : List.of("ani", "budi")) {
                results.add(pool.submit(() -> {
                    TestSignIn.signIn(clerk, Role.PETUGAS);
                    start.await();
                    try {
                        work.take(caseId, null);
                        return "took";
                    } catch (CaseHeldException e) {
                        return "told:" + e.holder();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            String holder = jdbc.sql("select holder from service_case where id = :id")
                    .param("id", caseId)
                    .query(String.class)
                    .single();
            assertThat(outcomes).containsExactlyInAnyOrder("took", "told:" + holder);
            assertThat(jdbc.sql("select count(*) from case_event where case_id = :id and type = 'TAKEN'")
                            .param("id", caseId)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql(
                                    "select count(*) from audit_event where kind = 'CASE_TAKEN' and subject = (select case_number from service_case where id = :id)")
                            .param("id", caseId)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void taking_a_case_a_colleague_holds_needs_the_holder_named_then_release_and_hand_over_are_recorded() {
        long caseId = jdbc.sql(
                        "select id from service_case where case_number like 'QUE-%' and holder is null and status = 'VERIFIED' order by id limit 1")
                .query(Long.class)
                .single();
        TestSignIn.signIn("citra", Role.PETUGAS);
        work.take(caseId, null);
        TestSignIn.signIn("dewi", Role.PETUGAS);
        assertThatThrownBy(() -> work.take(caseId, null))
                .isInstanceOf(CaseHeldException.class)
                .satisfies(e -> assertThat(((CaseHeldException) e).holder()).isEqualTo("citra"));
        work.take(caseId, "citra");
        assertThat(holder(caseId)).isEqualTo("dewi");
        assertThatThrownBy(() -> work.handOver(caseId, "nobody-here")).isInstanceOf(CaseException.class);
        work.release(caseId);
        assertThat(holder(caseId)).isNull();
        TestSignIn.signIn("citra", Role.PETUGAS);
        assertThatThrownBy(() -> work.release(caseId)).isInstanceOf(CaseException.class);
        assertThat(jdbc.sql(
                                "select type || ' ' || actor || ' ' || detail from case_event where case_id = :id and type in ('TAKEN', 'RELEASED') order by id")
                        .param("id", caseId)
                        .query(String.class)
                        .list())
                .containsExactly("TAKEN citra → citra", "TAKEN dewi citra → dewi", "RELEASED dewi dewi →");
    }

    private long raw(String condition) {
        return jdbc.sql("select count(*) from service_case where " + condition)
                .query(Long.class)
                .single();
    }

    private LocalDate dueOn(long id) {
        Date d = jdbc.sql("select due_on from service_case where id = :id")
                .param("id", id)
                .query(Date.class)
                .single();
        return d == null ? null : d.toLocalDate();
    }

    private Object waitingSince(long id) {
        return jdbc.sql("select waiting_since from service_case where id = :id")
                .param("id", id)
                .query((rs, i) -> rs.getTimestamp(1))
                .optional()
                .orElse(null);
    }

    private long version(long id) {
        return jdbc.sql("select version from service_case where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private String holder(long id) {
        return jdbc.sql("select holder from service_case where id = :id")
                .param("id", id)
                .query((rs, i) -> rs.getString(1))
                .list()
                .get(0);
    }
}
