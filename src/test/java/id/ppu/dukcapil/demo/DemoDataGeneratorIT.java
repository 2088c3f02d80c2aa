package id.ppu.dukcapil.demo;

import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.ppu.dukcapil.analytics.AnalyticsFilter;
import id.ppu.dukcapil.analytics.FailureCount;
import id.ppu.dukcapil.analytics.Period;
import id.ppu.dukcapil.analytics.ResponseTimes;
import id.ppu.dukcapil.analytics.WhatsAppFigures;
import id.ppu.dukcapil.analytics.WhatsAppStats;
import id.ppu.dukcapil.cases.CaseStatus;
import id.ppu.dukcapil.cases.Nik;
import id.ppu.dukcapil.security.UserService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo history generated on the real PostgreSQL: 20,000 cases up to a fixed "today", checked
 * with SQL over the rows. The test database is shared with other test classes of the run, so
 * every query looks only at the rows this class made, and they are deleted afterwards.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class DemoDataGeneratorIT {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGeneratorIT.class);

    private static final int CASES = 20_000;
    private static final long SEED = 20190101L;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final List<String> DEMO_USERS = List.of("kepala", "perencana", "petugas", "admin");
    private static final String ONLINE = "channel_is_online(channel)";
    /** The demo's WhatsApp traffic: the days before today. */
    private static final Period WHATSAPP_WINDOW = new Period(TODAY.minusDays(DemoWhatsApp.DAYS), TODAY.minusDays(1));

    @Autowired
    private DemoDataGenerator generator;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private UserService users;

    @Autowired
    private Clock clock;

    @Autowired
    private WhatsAppStats whatsAppStats;

    @Autowired
    private Environment environment;

    private long firstId;
    private long firstEventId;
    private long firstVisitId;
    private long firstOutboundId;
    private Map<String, Object> caseNumberSeq;
    private List<String> usersBefore;
    private DemoDataSummary summary;

    @BeforeAll
    void generate() {
        firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from service_case", Long.class);
        firstEventId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from case_event", Long.class);
        firstVisitId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from outreach_visit", Long.class);
        firstOutboundId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from outbound_message", Long.class);
        caseNumberSeq = jdbc.queryForMap("select last_value, is_called from case_number_seq");
        usersBefore = jdbc.queryForList("select username from app_user", String.class);
        summary = generator.generate(CASES, SEED, TODAY);
        log.info(
                "Generated {} cases and {} events in {} ms ({} ms in COPY)",
                summary.cases(),
                summary.events(),
                summary.elapsed().toMillis(),
                summary.copying().toMillis());
    }

    @AfterAll
    void deleteWhatThisClassMade() {
        deleteGenerated();
        jdbc.update("delete from coverage_figure where synthetic and source = ?", DemoCoverage.SOURCE);
        List<String> created =
                DEMO_USERS.stream().filter(u -> !usersBefore.contains(u)).toList();
        for (String username : created) {
            jdbc.update("delete from app_user where username = ?", username);
        }
    }

    @Test
    void synthetic_coverage_figures_run_from_2019_to_the_last_finished_semester_rising_and_lower_in_rural_villages() {
        List<Map<String, Object>> semesters = jdbc.queryForList("""
                select semester, count(distinct village_code) as villages, bool_and(synthetic) as synthetic,
                       sum(holders) filter (where indicator = 'EKTP') * 1.0 / sum(eligible) filter (where indicator = 'EKTP') as ektp,
                       sum(holders) filter (where indicator = 'BIRTH_CERT') * 1.0
                           / sum(eligible) filter (where indicator = 'BIRTH_CERT') as birth,
                       count(*) filter (where indicator = 'IKD') as ikd
                from coverage_figure where source = ? group by semester order by semester""", DemoCoverage.SOURCE);
        // Today is 2 March 2026: the last finished semester is 2025-2.
        assertThat(semesters).extracting(r -> r.get("semester")).first().isEqualTo("2019-1");
        assertThat(semesters).extracting(r -> r.get("semester")).last().isEqualTo("2025-2");
        assertThat(semesters).hasSize(14).allSatisfy(r -> {
            assertThat(r.get("villages")).isEqualTo(54L);
            assertThat(r.get("synthetic")).isEqualTo(true);
        });
        assertThat(semesters)
                .filteredOn(r -> ((String) r.get("semester")).compareTo("2023") < 0)
                .allSatisfy(
                        r -> assertThat(r.get("ikd")).as("no IKD before 2023").isEqualTo(0L));
        double ektp2019 = ((Number) semesters.get(0).get("ektp")).doubleValue();
        double ektp2025 = ((Number) semesters.get(13).get("ektp")).doubleValue();
        double birth2019 = ((Number) semesters.get(0).get("birth")).doubleValue();
        double birth2025 = ((Number) semesters.get(13).get("birth")).doubleValue();
        assertThat(ektp2019).isBetween(0.80, 0.95);
        assertThat(ektp2025).isGreaterThan(ektp2019).isLessThanOrEqualTo(1.0);
        assertThat(birth2025).isGreaterThan(birth2019 + 0.1);
        Map<String, Object> byKind = jdbc.queryForMap("""
                select avg(f.holders * 1.0 / f.eligible) filter (where v.kind = 'KELURAHAN') as urban,
                       avg(f.holders * 1.0 / f.eligible) filter (where v.kind <> 'KELURAHAN') as rural
                from coverage_figure f join village v on v.code = f.village_code
                where f.source = ? and f.semester = '2025-2' and f.indicator = 'BIRTH_CERT' and f.eligible > 0""", DemoCoverage.SOURCE);
        assertThat(((Number) byKind.get("rural")).doubleValue())
                .isLessThan(((Number) byKind.get("urban")).doubleValue());
    }

    @Test
    void generates_exactly_the_requested_number_of_cases_up_to_the_day_before_today() {
        assertThat(summary.cases()).isEqualTo(CASES);
        assertThat(count("select count(*) from service_case where id >= ?")).isEqualTo(CASES);
        assertThat(count("select count(*) from case_event where case_id >= ?")).isEqualTo(summary.events());
        assertThat(summary.lastDay()).isEqualTo(TODAY.minusDays(1));
        Timestamp first = jdbc.queryForObject(
                "select min(submitted_at) from service_case where id >= ?", Timestamp.class, firstId);
        Timestamp last = jdbc.queryForObject(
                "select max(occurred_at) from case_event where case_id >= ?", Timestamp.class, firstId);
        // New Year's Day is a holiday and hardly anyone was online yet: the first case comes within days.
        assertThat(first.toInstant().atZone(WITA).toLocalDate())
                .isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 3));
        assertThat(last.toInstant()).isBefore(TODAY.atStartOfDay(WITA).toInstant());
        // Roughly 20,000 a year at the default size means about 2,600 a year here, in every year.
        List<Long> perYear = jdbc.queryForList("""
                select count(*) from service_case where id >= ?
                group by extract(year from submitted_at at time zone 'Asia/Makassar') order by 1""", Long.class, firstId);
        assertThat(perYear).hasSize(8).allSatisfy(n -> assertThat(n).isBetween(200L, 4000L));
    }

    @Test
    void every_nik_is_structurally_valid_and_fits_the_age_the_service_needs() {
        List<String> problems = new ArrayList<>();
        jdbc.query(
                "select nik, service_type, submitted_at from service_case where id >= ? and nik is not null",
                rs -> {
                    Nik nik = Nik.parse(rs.getString(1), TODAY);
                    int age = nik.ageOn(
                            rs.getTimestamp(3).toInstant().atZone(WITA).toLocalDate());
                    String service = rs.getString(2);
                    if (service.equals("KIA") && age >= 17 || service.equals("KTP") && age < 17) {
                        problems.add(service + " " + nik + " aged " + age);
                    }
                },
                firstId);
        assertThat(problems).isEmpty();
        // Most applicants were first registered in PPU, some elsewhere.
        assertThat(share("nik like '6409%'", "nik is not null")).isBetween(0.8, 0.95);
    }

    @Test
    void online_share_grows_from_almost_nothing_in_2019_to_about_half_in_2025() {
        double in2019 = share(ONLINE, year(2019));
        double in2022 = share(ONLINE, year(2022));
        double in2025 = share(ONLINE, year(2025));
        assertThat(in2019).isLessThan(0.15);
        assertThat(in2025).isGreaterThan(0.45).isLessThan(0.75);
        assertThat(in2022).isBetween(in2019, in2025);
        // The pandemic's limited hours pushed people online.
        assertThat(share(ONLINE, between("2020-05-01", "2021-01-01"))).isGreaterThan(in2019 * 2);
    }

    @Test
    void urban_penajam_uses_the_online_channels_more_than_rural_sepaku_babulu_and_waru() {
        double penajam = share(ONLINE, "district_code = '64.09.01'");
        assertThat(penajam).isGreaterThan(share(ONLINE, "district_code = '64.09.04'"));
        assertThat(penajam).isGreaterThan(share(ONLINE, "district_code = '64.09.03'"));
        assertThat(penajam).isGreaterThan(share(ONLINE, "district_code = '64.09.02'"));
    }

    @Test
    void outreach_starts_in_sepaku_in_february_2021_and_skips_the_pandemic_and_the_budget_pause() {
        String outreach = "channel = 'OUTREACH'";
        assertThat(count("select count(*) from service_case where id >= ? and " + outreach))
                .isPositive();
        assertThat(count("select count(*) from service_case where id >= ? and " + outreach + " and "
                        + between("2020-04-01", "2021-02-01")))
                .isZero();
        assertThat(count("select count(*) from service_case where id >= ? and " + outreach
                        + " and submitted_at < timestamptz '2021-02-15 00:00+08'"))
                .isZero();
        assertThat(count("select count(*) from service_case where id >= ? and " + outreach + " and "
                        + between("2021-11-01", "2022-10-01")))
                .isZero();
        Map<String, Object> first = jdbc.queryForMap("""
                select district_code, submitted_at from service_case where id >= ? and channel = 'OUTREACH'
                order by submitted_at, id limit 1""", firstId);
        assertThat(first.get("district_code")).isEqualTo(SEPAKU_DISTRICT);
        assertThat(((Timestamp) first.get("submitted_at"))
                        .toInstant()
                        .atZone(WITA)
                        .toLocalDate())
                .isBetween(LocalDate.of(2021, 2, 15), LocalDate.of(2021, 2, 28));
        assertThat(count("select count(*) from service_case where id >= ? and " + outreach + " and "
                        + between("2022-10-01", "2026-01-01")))
                .isPositive();
    }

    @Test
    void outreach_serves_at_most_100_cases_a_day_on_tuesdays_and_thursdays_in_one_district() {
        List<Map<String, Object>> days = jdbc.queryForList("""
                select (submitted_at at time zone 'Asia/Makassar')::date as day, count(*) as cases,
                       count(distinct district_code) as districts,
                       extract(isodow from submitted_at at time zone 'Asia/Makassar') as dow
                from service_case where id >= ? and channel = 'OUTREACH' group by 1, 4""", firstId);
        assertThat(days).isNotEmpty().allSatisfy(d -> {
            assertThat(((Number) d.get("cases")).intValue()).isLessThanOrEqualTo(100);
            assertThat(((Number) d.get("districts")).intValue()).isEqualTo(1);
            assertThat(((Number) d.get("dow")).intValue()).isIn(2, 4);
        });
        // Visits favour villages that are hard to reach or far away.
        assertThat(share(
                        "exists (select 1 from village v where v.code = village_code and (v.hard_to_reach or v.distance_km >= 30))",
                        "channel = 'OUTREACH'"))
                .isGreaterThan(0.6);
    }

    @Test
    void outreach_cases_point_at_the_done_visit_of_their_day_which_covers_their_village() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from outreach_visit where id >= ? and status = 'DONE'",
                        Long.class,
                        firstVisitId))
                .isEqualTo(summary.outreachVisits());
        assertThat(
                        count(
                                "select count(*) from service_case where id >= ? and channel = 'OUTREACH' and outreach_visit_id is null"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from service_case where id >= ? and channel <> 'OUTREACH' and outreach_visit_id is not null"))
                .isZero();
        assertThat(count("""
                select count(*) from service_case c join outreach_visit v on v.id = c.outreach_visit_id
                where c.id >= ? and (v.status <> 'DONE' or v.district_code <> c.district_code
                    or v.visit_date <> cast(c.submitted_at at time zone 'Asia/Makassar' as date)
                    or not exists (select 1 from outreach_visit_village vv where vv.visit_id = v.id and vv.village_code = c.village_code))
                """)).isZero();
        // Served counts the visit's OUTREACH cases and the waiting applicants whose in-person step was taken there.
        List<Map<String, Object>> visits = jdbc.queryForList("""
                select v.id, v.taught_online,
                       (select coalesce(sum(s.served), 0) from outreach_visit_served s where s.visit_id = v.id) as served,
                       (select count(*) from service_case c where c.outreach_visit_id = v.id) as cases
                from outreach_visit v where v.id >= ? and v.status = 'DONE'""", firstVisitId);
        assertThat(visits).isNotEmpty().allSatisfy(v -> {
            long served = ((Number) v.get("served")).longValue();
            assertThat(served).isGreaterThanOrEqualTo(((Number) v.get("cases")).longValue());
            assertThat(((Number) v.get("taught_online")).longValue()).isBetween(0L, served);
        });
        assertThat(visits.stream()
                        .mapToLong(v -> ((Number) v.get("served")).longValue())
                        .sum())
                .isGreaterThan(visits.stream()
                        .mapToLong(v -> ((Number) v.get("cases")).longValue())
                        .sum());
    }

    @Test
    void an_accepted_plan_books_the_tuesdays_and_thursdays_of_the_coming_four_weeks() {
        List<Map<String, Object>> planned = jdbc.queryForList("""
                select v.id, v.visit_date, v.district_code, v.capacity, extract(isodow from v.visit_date) as dow,
                       count(vv.village_code) as villages, sum(vv.expected_turnout) as expected,
                       bool_and(g.district_code = v.district_code) as same_district
                from outreach_visit v join outreach_visit_village vv on vv.visit_id = v.id
                     join village g on g.code = vv.village_code
                where v.id >= ? and v.status = 'PLANNED'
                group by v.id order by v.visit_date""", firstVisitId);
        // The free Tuesdays and Thursdays after today up to four weeks ahead: no holiday, not booked before the run.
        List<LocalDate> expectedDays = TODAY.plusDays(1)
                .datesUntil(TODAY.plusWeeks(4).plusDays(1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY)
                .filter(d ->
                        jdbc.queryForObject("select count(*) from public_holiday where day = ?", Long.class, d) == 0)
                .filter(d -> jdbc.queryForObject(
                                "select count(*) from outreach_visit where visit_date = ? and id < ? and status <> 'CANCELLED'",
                                Long.class,
                                d,
                                firstVisitId)
                        == 0)
                .toList();
        assertThat(expectedDays).hasSizeGreaterThanOrEqualTo(5);
        assertThat(planned)
                .extracting(r -> ((java.sql.Date) r.get("visit_date")).toLocalDate())
                .containsExactlyElementsOf(expectedDays);
        assertThat(planned).allSatisfy(r -> {
            assertThat(((Number) r.get("dow")).intValue()).isIn(2, 4);
            assertThat(((Number) r.get("villages")).intValue()).isBetween(1, 4);
            assertThat(r.get("same_district")).isEqualTo(true);
            assertThat(((Number) r.get("capacity")).intValue()).isEqualTo(100);
            if (((Number) r.get("villages")).intValue() > 1) {
                assertThat(((Number) r.get("expected")).intValue()).isLessThanOrEqualTo(100);
            }
        });
        // The planner goes where it has not been: not the same district on every visit day.
        assertThat(planned.stream().map(r -> r.get("district_code")).distinct().count())
                .isGreaterThan(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outreach_visit where id >= ? and status = 'PLANNED' and taught_online is not null",
                        Long.class,
                        firstVisitId))
                .isZero();
    }

    @Test
    void the_office_takes_walk_ins_in_office_hours_and_never_on_sundays() {
        String local = "(submitted_at at time zone 'Asia/Makassar')";
        assertThat(count(
                        "select count(*) from service_case where id >= ? and channel = 'OFFICE' and extract(isodow from "
                                + local + ") = 7"))
                .isZero();
        assertThat(count("select count(*) from service_case where id >= ? and channel = 'OFFICE' and (" + local
                        + "::time < '08:00' or " + local + "::time >= '15:00')"))
                .isZero();
        assertThat(count("select count(*) from service_case where id >= ? and channel = 'OFFICE' and "
                        + between("2020-04-01", "2021-02-01") + " and " + local + "::time >= '13:00'"))
                .isZero();
        // Online requests arrive at any hour, Sundays included.
        assertThat(count("select count(*) from service_case where id >= ? and " + ONLINE + " and extract(isodow from "
                        + local + ") = 7"))
                .isPositive();
        assertThat(count("select count(*) from service_case where id >= ? and " + ONLINE + " and " + local
                        + "::time >= '19:00'"))
                .isPositive();
    }

    @Test
    void recent_cases_form_a_backlog_with_people_waiting_for_an_in_person_step_mostly_far_from_the_office() {
        String open = "case_is_open(status)";
        assertThat(count("select count(*) from service_case where id >= ? and " + open))
                .isGreaterThan(50);
        for (String status : List.of("SUBMITTED", "VERIFIED", "IN_PROCESS", "READY", "WAITING_IN_PERSON")) {
            assertThat(count("select count(*) from service_case where id >= ? and status = '" + status + "'"))
                    .as(status)
                    .isPositive();
        }
        // The backlog is recent: old cases are all closed.
        assertThat(count("select count(*) from service_case where id >= ? and " + open
                        + " and submitted_at < timestamptz '2025-07-01 00:00+08'"))
                .isZero();
        // Requests made in person had their in-person step on the spot: only online ones wait.
        assertThat(count("select count(*) from service_case where id >= ? and status = 'WAITING_IN_PERSON' and not "
                        + ONLINE))
                .isZero();
        String remote =
                "exists (select 1 from village v where v.code = village_code and (v.hard_to_reach or v.distance_km >= 40))";
        double waitingRemote = share("status = 'WAITING_IN_PERSON'", remote);
        double waitingNear = share("status = 'WAITING_IN_PERSON'", "not " + remote);
        assertThat(waitingRemote).isGreaterThan(waitingNear);
        assertThat(share("status = 'REJECTED'", "true")).isBetween(0.03, 0.06);
        assertThat(share("status = 'COMPLETED'", "submitted_at < timestamptz '2025-01-01 00:00+08'"))
                .isGreaterThan(0.9);
    }

    @Test
    void every_case_history_starts_with_created_and_follows_the_state_machine() {
        List<String> problems = new ArrayList<>();
        jdbc.query(
                """
                select e.case_id, e.type, e.from_status, e.to_status, e.actor,
                       lag(e.to_status) over w as previous, row_number() over w as n
                from case_event e where e.case_id >= ? and e.type <> 'NOTIFIED'
                window w as (partition by e.case_id order by e.occurred_at, e.id)""",
                rs -> {
                    String type = rs.getString("type");
                    String from = rs.getString("from_status");
                    String to = rs.getString("to_status");
                    if (rs.getInt("n") == 1) {
                        if (!type.equals("CREATED")
                                || from != null
                                || !(to.equals("SUBMITTED") || to.equals("TRIAGE"))) {
                            problems.add(rs.getLong("case_id") + " starts with " + type + " " + from + "->" + to);
                        }
                    } else if (type.equals("CREATED")
                            || !from.equals(rs.getString("previous"))
                            || !CaseStatus.valueOf(from).canMoveTo(CaseStatus.valueOf(to))) {
                        problems.add(rs.getLong("case_id") + ": " + type + " " + from + "->" + to + " after "
                                + rs.getString("previous"));
                    }
                },
                firstId);
        assertThat(problems).isEmpty();
        assertThat(count("""
                select count(*) from service_case c where c.id >= ? and (
                    c.status <> (select e.to_status from case_event e where e.case_id = c.id and e.type <> 'NOTIFIED'
                                 order by e.occurred_at desc, e.id desc limit 1)
                    or c.updated_at <> (select max(e.occurred_at) from case_event e where e.case_id = c.id)
                    or c.submitted_at <> (select e.occurred_at from case_event e where e.case_id = c.id and e.type = 'CREATED')
                    or (c.completed_at is not null) <> (c.status in ('COMPLETED', 'REJECTED')))""")).isZero();
        double eventsPerCase = (double) summary.events() / summary.cases();
        assertThat(eventsPerCase).isBetween(3.0, 5.5);
        assertThat(
                        count(
                                "select count(*) from case_event where case_id >= ? and type = 'CREATED' and actor in ('web', 'app', 'whatsapp')"))
                .isEqualTo(count("select count(*) from service_case where id >= ? and " + ONLINE));
    }

    @Test
    void rows_follow_the_channel_conventions_and_leave_the_sequences_ready_for_new_cases() {
        assertThat(count("select count(*) from service_case where id >= ? and (external_id is null) = " + ONLINE))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from service_case where id >= ? and external_id !~ '^(WEB|APP|WA)-20[0-9]{2}-[0-9]{6}$'"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from service_case where id >= ? and status = 'TRIAGE' and channel <> 'WHATSAPP'"))
                .isZero();
        // The triage queue shows what each waiting resident wrote (a handful of cases wait there at the default size).
        assertThat(count("""
                select count(*) from service_case c where c.id >= ? and c.status = 'TRIAGE'
                and not exists (select 1 from inbound_message m where m.case_id = c.id and m.body <> '' and m.sender <> '')""")).isZero();
        assertThat(count(
                        "select count(*) from service_case c join village v on v.code = c.village_code where c.id >= ? "
                                + "and v.district_code <> c.district_code"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) from service_case where id >= ? and (village_code is null or district_code is null)"))
                .isZero();
        assertThat(count("""
                select count(*) from service_case where id >= ? and case_number <>
                'PPU-' || extract(year from submitted_at at time zone 'Asia/Makassar') || '-' || lpad(substr(case_number, 10), 7, '0')""")).isZero();
        assertThat(share("phone is not null", ONLINE)).isGreaterThan(0.9);
        // Duplicates point at an earlier case of the same person and service.
        assertThat(count("select count(*) from service_case where id >= ? and status = 'MERGED'"))
                .isPositive();
        assertThat(count("""
                select count(*) from service_case d join service_case o on o.id = d.merged_into_id
                where d.id >= ? and (o.nik <> d.nik or o.service_type <> d.service_type or o.submitted_at > d.submitted_at)""")).isZero();
        long maxSequence = jdbc.queryForObject(
                "select max(substr(case_number, 10)::bigint) from service_case where id >= ?", Long.class, firstId);
        Map<String, Object> seq = jdbc.queryForMap("select last_value, is_called from case_number_seq");
        assertThat(((Number) seq.get("last_value")).longValue()).isEqualTo(maxSequence);
        assertThat(jdbc.queryForObject("select last_value from service_case_id_seq", Long.class))
                .isEqualTo(firstId + CASES - 1);
    }

    @Test
    void a_citizen_has_at_most_one_open_case_per_service_and_the_second_request_is_merged_into_it() {
        assertThat(count("""
                select count(*) from (select 1 from service_case where id >= ?
                    and case_unifies(status)
                    group by nik, service_type having count(*) > 1) d""")).isZero();
        // Returning citizens do file again while a request is open: those requests were folded.
        assertThat(count("""
                select count(*) from service_case d join service_case o on o.id = d.merged_into_id
                where d.id >= ? and case_unifies(o.status)""")).isPositive();
    }

    @Test
    void citizens_come_back_with_several_cases_over_the_years() {
        Map<String, Object> niks = jdbc.queryForMap("""
                select count(*) as people, count(*) filter (where n >= 2) as returning, max(n) as most
                from (select nik, count(*) as n from service_case where id >= ? and nik is not null group by nik) x""", firstId);
        long people = ((Number) niks.get("people")).longValue();
        long returning = ((Number) niks.get("returning")).longValue();
        assertThat((double) returning / people).isBetween(0.05, 0.4);
        assertThat(((Number) niks.get("most")).intValue()).isBetween(3, 8);
        // The mix of services: e-KTP and KK lead, divorce is rare.
        assertThat(share("service_type = 'KTP'", "true")).isGreaterThan(share("service_type = 'BIRTH_CERT'", "true"));
        assertThat(share("service_type = 'KK'", "true")).isGreaterThan(share("service_type = 'KIA'", "true"));
        assertThat(share("service_type = 'DIVORCE_CERT'", "true")).isLessThan(0.02);
    }

    @Test
    void same_seed_produces_the_same_cases_and_another_seed_does_not() {
        String original = fingerprint();
        deleteGenerated();
        DemoDataSummary again = generator.generate(CASES, SEED, TODAY);
        assertThat(again.cases()).isEqualTo(summary.cases());
        assertThat(again.events()).isEqualTo(summary.events());
        assertThat(fingerprint()).isEqualTo(original);

        deleteGenerated();
        generator.generate(CASES, SEED + 1, TODAY);
        assertThat(fingerprint()).isNotEqualTo(original);

        // Leave the standard data set for the other tests.
        deleteGenerated();
        generator.generate(CASES, SEED, TODAY);
        assertThat(fingerprint()).isEqualTo(original);
    }

    @Test
    void the_runner_adds_neither_accounts_nor_cases_to_a_database_that_has_cases() {
        long accounts = jdbc.queryForObject("select count(*) from app_user", Long.class);

        new DemoDataRunner(generator, users, clock, true, 500, SEED, "rahasia-uji").run(null);

        assertThat(count("select count(*) from service_case where id >= ?")).isEqualTo(CASES);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(accounts);
        assertThat(generator.generateIfEmpty(500, SEED, TODAY)).isEmpty();
    }

    @Test
    void a_disabled_runner_needs_no_password_and_changes_nothing() {
        long usersNow = jdbc.queryForObject("select count(*) from app_user", Long.class);
        assertThatCode(() -> new DemoDataRunner(generator, users, clock, false, 500, SEED, "").run(null))
                .doesNotThrowAnyException();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(usersNow);
        assertThat(count("select count(*) from service_case where id >= ?")).isEqualTo(CASES);
    }

    @Test
    void residents_questions_are_answered_by_clerks_in_working_time_and_not_all_of_them() {
        ResponseTimes r = whatsAppStats
                .figures(new AnalyticsFilter(WHATSAPP_WINDOW, null, null))
                .responses();
        log.info("Demo first responses: {}", r);
        assertThat(r.answered()).isPositive();
        // Few cases are still in triage at this size; questions not answered yet wait there or were closed unanswered.
        assertThat(r.waiting() + r.closedWithoutReply()).isPositive();
        assertThat(r.waits()).isEqualTo(r.answered() + r.waiting() + r.closedWithoutReply());
        assertThat(r.medianHours()).isBetween(0.2, 4.0);
        assertThat(r.p90Hours()).isGreaterThan(r.medianHours()).isLessThan(31.0);
        assertThat(r.withinDayShare()).isBetween(0.6, 0.99);
        assertThat(r.withinHourShare()).isBetween(0.1, r.withinDayShare());
        // Every conversation starts with a question of the triage queue; every reply follows the resident's message.
        assertThat(count(
                        "select count(*) from service_case c where c.id >= ? and exists (select 1 from inbound_message i"
                                + " where i.case_id = c.id) and (select i.body from inbound_message i where i.case_id = c.id"
                                + " order by i.received_at, i.id limit 1) <> all ("
                                + texts(DemoDataGenerator.TRIAGE_TEXTS) + ")"))
                .isZero();
        assertThat(count("""
                select count(*) from outbound_message m where m.kind = 'REPLY' and m.case_id >= ? and not exists
                    (select 1 from inbound_message i where i.case_id = m.case_id and i.received_at <= m.created_at)""")).isZero();
        assertThat(count("select count(*) from outbound_message where kind = 'REPLY' and case_id >= ?"))
                .isPositive();
        // The demo clerks answer in the office's hours (08:00-15:00 WITA, Monday to Friday), never at night.
        assertThat(count("""
                select count(*) from outbound_message m where m.kind = 'REPLY' and m.case_id >= ?
                  and (extract(isodow from m.created_at at time zone 'Asia/Makassar') > 5
                       or (m.created_at at time zone 'Asia/Makassar')::time not between '08:00' and '15:00')""")).isZero();
    }

    @Test
    void status_notifications_follow_the_status_changes_and_none_waits_to_be_sent() {
        assertThat(count("""
                select count(*) from outbound_message m where m.case_id >= ? and m.idempotency_key like 'status:%'
                and not exists (select 1 from case_event e where 'status:' || e.case_id || ':' || e.id = m.idempotency_key
                    and e.type = 'STATUS_CHANGED' and 'CASE_' || e.to_status = m.kind and e.occurred_at = m.created_at)""")).isZero();
        Map<String, Object> statuses = jdbc.queryForMap("""
                select count(*) filter (where status = 'READ') as read, count(*) filter (where status = 'DELIVERED') as delivered,
                       count(*) filter (where status = 'FAILED') as failed,
                       count(*) filter (where status in ('PENDING', 'SENDING')) as waiting,
                       count(*) filter (where status = 'FAILED' and last_error_code = '131026') as undeliverable,
                       count(*) filter (where status = 'FAILED' and last_error_code = '131047') as re_engagement,
                       count(*) filter (where status = 'FAILED' and last_error_code not in ('131026', '131047')) as other,
                       count(*) filter (where (status in ('SENT', 'DELIVERED', 'READ') and sent_at is null)
                           or (status in ('DELIVERED', 'READ')) <> (delivered_at is not null) or (status = 'READ') <> (read_at is not null)
                           or delivered_at < sent_at or read_at < delivered_at
                           or (status = 'SKIPPED' and sent_at is not null)) as inconsistent
                from outbound_message where id >= ?""", firstOutboundId);
        log.info("Demo messages to residents by status: {}", statuses);
        assertThat(statuses.get("read")).isNotEqualTo(0L);
        assertThat(statuses.get("delivered")).isNotEqualTo(0L);
        assertThat(statuses.get("undeliverable")).isNotEqualTo(0L);
        assertThat(statuses.get("re_engagement")).isNotEqualTo(0L);
        assertThat(statuses.get("other")).isEqualTo(0L);
        assertThat(statuses.get("waiting"))
                .as("nothing for the made-up numbers waits to be sent")
                .isEqualTo(0L);
        assertThat(statuses.get("inconsistent")).isEqualTo(0L);
        // Free text only within 24 hours of the resident's last message, otherwise an approved template.
        assertThat(jdbc.queryForObject("""
                select count(*) from outbound_message m where m.id >= ? and m.kind <> 'OPT_OUT_CONFIRMATION'
                and (m.body is not null) <> exists (select 1 from inbound_message i where i.sender = m.recipient
                    and i.received_at <= m.created_at and i.received_at > m.created_at - interval '24 hours')""", Long.class, firstOutboundId)).isZero();
        // Each notification is in its case's history, as the application records it.
        assertThat(count("""
                select count(*) from outbound_message m where m.case_id >= ? and m.idempotency_key like 'status:%'
                and not exists (select 1 from case_event e where e.case_id = m.case_id and e.type = 'NOTIFIED'
                    and e.detail like '% (outbound message ' || m.id || ')')""")).isZero();
        WhatsAppFigures f = whatsAppStats.figures(new AnalyticsFilter(WHATSAPP_WINDOW, null, null));
        assertThat(f.notifications().total())
                .isEqualTo(count(
                        "select count(*) from outbound_message where case_id >= ? and idempotency_key like 'status:%'"))
                .isPositive();
        assertThat(f.failures()).extracting(FailureCount::code).containsExactlyInAnyOrder("131026", "131047");
    }

    @Test
    void a_few_residents_opted_out_and_afterwards_only_the_confirmation_went_to_them() {
        long optedOut = jdbc.queryForObject(
                "select count(distinct sender) from inbound_message where message_id like 'wamid.DEMO-BERHENTI-%'",
                Long.class);
        assertThat(optedOut).isPositive();
        // Opted out today: BERHENTI and no MULAI since; every command has its confirmation.
        assertThat(jdbc.queryForObject("""
                select count(*) from (select b.sender, max(b.received_at) as at from inbound_message b
                    where b.message_id like 'wamid.DEMO-BERHENTI-%' group by b.sender) b
                where exists (select 1 from inbound_message m where m.sender = b.sender and m.body = 'MULAI' and m.received_at > b.at)
                    = exists (select 1 from whatsapp_opt_out o where o.wa_id = b.sender and o.opted_out_at = b.at)""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from inbound_message i where i.message_id like 'wamid.DEMO-%' and i.case_id is null
                and not exists (select 1 from outbound_message m where m.idempotency_key = 'self:' || i.id
                    and m.kind = 'OPT_OUT_CONFIRMATION' and m.recipient = i.sender)""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from outbound_message m join inbound_message b on b.sender = m.recipient
                    and b.message_id like 'wamid.DEMO-BERHENTI-%' and m.created_at >= b.received_at
                where m.id >= ? and m.kind <> 'OPT_OUT_CONFIRMATION' and m.status <> 'SKIPPED'
                and not exists (select 1 from inbound_message s where s.sender = b.sender and s.body = 'MULAI'
                    and s.received_at > b.received_at and s.received_at <= m.created_at)""", Long.class, firstOutboundId)).isZero();
        WhatsAppFigures f = whatsAppStats.figures(new AnalyticsFilter(WHATSAPP_WINDOW, null, null));
        assertThat(f.optOuts()).isEqualTo(optedOut);
        long stillOut = jdbc.queryForObject("""
                select count(*) from whatsapp_opt_out where wa_id in
                    (select sender from inbound_message where message_id like 'wamid.DEMO-BERHENTI-%')""", Long.class);
        assertThat(stillOut).isPositive().isLessThanOrEqualTo(optedOut);
        assertThat(f.optedOutNow()).isEqualTo(jdbc.queryForObject("select count(*) from whatsapp_opt_out", Long.class));
    }

    @Test
    void sending_whatsapp_messages_is_off_by_default() {
        assertThat(environment.getProperty("app.whatsapp.sending.access-token")).isBlank();
    }

    private static String texts(String[] values) {
        StringBuilder sb = new StringBuilder("array[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append('\'')
                    .append(values[i].replace("'", "''"))
                    .append('\'');
        }
        return sb.append("]::text[]").toString();
    }

    /** The generated rows' content, independent of the ids and case numbers they were given. */
    private String fingerprint() {
        String cases = jdbc.queryForObject("""
                select md5(string_agg(concat_ws('|', c.channel, c.service_type, c.status, c.nik, c.applicant_name, c.phone,
                        c.village_code, c.submitted_at, c.updated_at, c.completed_at, c.external_id, c.notes,
                        (select string_agg(concat_ws(',', e.occurred_at, e.actor, e.type, e.from_status, e.to_status, e.detail),
                                ';' order by e.occurred_at, e.id) from case_event e where e.case_id = c.id)), '#' order by c.id))
                from service_case c where c.id >= ?""", String.class, firstId);
        String whatsApp = jdbc.queryForObject("""
                select md5(coalesce((select string_agg(concat_ws('|', m.kind, m.recipient, m.status, m.body, m.template_name,
                            m.template_params::text, m.created_by, m.created_at, m.sent_at, m.delivered_at, m.read_at,
                            m.last_error_code), '#' order by m.id) from outbound_message m where m.id >= ?), '')
                    || coalesce((select string_agg(concat_ws('|', i.sender, i.body, i.received_at), '#'
                            order by i.received_at, i.message_id) from inbound_message i where i.message_id like 'wamid.DEMO%'), ''))""", String.class, firstOutboundId);
        return cases + "/" + whatsApp;
    }

    /** Deletes this class's rows and puts the sequences back where they were before it ran. */
    @Test
    void the_demo_clerk_holds_running_cases_some_are_overdue_and_most_but_not_all_were_completed_within_the_standard() {
        String running = "status in ('SUBMITTED', 'VERIFIED', 'IN_PROCESS', 'READY')";
        assertThat(
                        count(
                                "select count(*) from service_case where id >= ? and holder = 'petugas' and case_is_open(status)"))
                .isPositive();
        long overdue = count("select count(*) from service_case where id >= ? and " + running + " and due_on < date '"
                + TODAY + "'");
        long onTime = count("select count(*) from service_case where id >= ? and " + running + " and due_on >= date '"
                + TODAY + "'");
        assertThat(overdue).isPositive();
        assertThat(onTime).isPositive();
        assertThat(count("select count(*) from service_case where id >= ? and " + running + " and due_on is null"))
                .isZero();
        double within = share("analytics_day(completed_at) <= due_on", "status = 'COMPLETED'");
        assertThat(within).isBetween(0.5, 0.99);
    }

    private void deleteGenerated() {
        // The demo's WhatsApp: confirmations hang on the residents' commands, the rest on the cases.
        jdbc.update("""
                delete from outbound_message where case_id >= ? or idempotency_key in
                    (select 'self:' || id from inbound_message where message_id like 'wamid.DEMO-%')""", firstId);
        jdbc.update("""
                delete from whatsapp_opt_out where wa_id in
                    (select sender from inbound_message where message_id like 'wamid.DEMO-BERHENTI-%')""");
        jdbc.update("delete from inbound_message where message_id like 'wamid.DEMO%'");
        jdbc.queryForObject(
                "select setval(pg_get_serial_sequence('outbound_message', 'id'), ?, false)",
                Long.class,
                firstOutboundId);
        // Deleting row by row checks the unindexed merged_into_id self-reference once per row:
        // quadratic in the row count. When all rows are this class's, truncate instead.
        boolean truncated = false;
        if (jdbc.queryForObject("select count(*) from service_case where id < ?", Long.class, firstId) == 0
                && jdbc.queryForObject("select count(*) from inbound_message where case_id is null", Long.class) == 0) {
            try {
                jdbc.execute("truncate case_event, case_channel, inbound_message, service_case");
                truncated = true;
            } catch (DataAccessException referencedByAnotherTable) {
                // Fall back to deleting.
            }
        }
        if (!truncated) {
            jdbc.update("delete from case_event where case_id >= ?", firstId);
            jdbc.update("delete from service_case where id >= ?", firstId);
        }
        jdbc.update("delete from outreach_visit where id >= ?", firstVisitId);
        jdbc.queryForObject(
                "select setval(pg_get_serial_sequence('outreach_visit', 'id'), ?, false)", Long.class, firstVisitId);
        jdbc.queryForObject(
                "select setval(pg_get_serial_sequence('service_case', 'id'), ?, false)", Long.class, firstId);
        jdbc.queryForObject(
                "select setval(pg_get_serial_sequence('case_event', 'id'), ?, false)", Long.class, firstEventId);
        jdbc.queryForObject(
                "select setval('case_number_seq', ?, ?)",
                Long.class,
                caseNumberSeq.get("last_value"),
                caseNumberSeq.get("is_called"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, firstId);
    }

    /** Share of this class's cases matching {@code condition} among those matching {@code among}. */
    private double share(String condition, String among) {
        return jdbc.queryForObject(
                "select avg(case when " + condition + " then 1.0 else 0 end) from service_case where id >= ? and "
                        + among,
                Double.class,
                firstId);
    }

    private static String year(int year) {
        return between(year + "-01-01", (year + 1) + "-01-01");
    }

    private static String between(String from, String to) {
        return "submitted_at >= timestamptz '" + from + " 00:00+08' and submitted_at < timestamptz '" + to
                + " 00:00+08'";
    }
}
