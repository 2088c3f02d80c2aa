package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.base.Wita;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SQL meaning functions of V14 say what Java says, for every value, and the queries and
 * partial indexes that use them still meet: the planner inlines the functions, and each query
 * reads the index whose predicate is the same call.
 */
@SpringBootTest
class MeaningFunctionsIT {

    /** A citizen of this class only (district 64.09.02, serial 78xx); every insert below is rolled back. */
    private static final String NIK = "6409024501907801";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void a_status_is_open_in_sql_exactly_when_it_is_open_in_java(CaseStatus status) {
        assertThat(bool("select case_is_open(:v)", status.name())).isEqualTo(status.isOpen());
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void a_status_unifies_in_sql_exactly_when_it_unifies_in_java(CaseStatus status) {
        assertThat(bool("select case_unifies(:v)", status.name())).isEqualTo(status.unifies());
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void a_channel_is_online_in_sql_exactly_when_it_is_online_in_java(Channel channel) {
        assertThat(bool("select channel_is_online(:v)", channel.name())).isEqualTo(channel.isOnline());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"2024-12-31T15:59:59Z", "2024-12-31T16:00:00Z", "2020-02-28T16:00:00Z", "2025-06-30T23:59:59Z"})
    void the_analytics_day_is_the_wita_calendar_day_java_computes(String instant) {
        Instant t = Instant.parse(instant);
        LocalDate day = jdbc.sql("select analytics_day(:t)")
                .param("t", OffsetDateTime.ofInstant(t, ZoneOffset.UTC))
                .query(LocalDate.class)
                .single();
        assertThat(day).isEqualTo(LocalDate.ofInstant(t, Wita.ZONE));
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void beside_an_open_case_the_database_refuses_a_second_one_of_the_citizen_and_service_exactly_if_it_unifies(
            CaseStatus status) {
        Runnable both = () -> tx.executeWithoutResult(t -> {
            long first = insert("MEANTEST-1", CaseStatus.SUBMITTED, null);
            insert("MEANTEST-2", status, status == CaseStatus.MERGED ? first : null);
            t.setRollbackOnly();
        });
        if (status.unifies()) {
            assertThatThrownBy(both::run).isInstanceOf(DuplicateKeyException.class);
        } else {
            assertThatCode(both::run).doesNotThrowAnyException();
        }
    }

    @Test
    void the_partial_indexes_are_defined_by_the_functions() {
        Map<String, String> definitions =
                jdbc.sql("""
                select indexname, indexdef from pg_indexes
                where indexname in ('case_rollup_day_open_idx', 'service_case_open_nik_idx', 'service_case_open_citizen_key')""").query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(definitions.get("case_rollup_day_open_idx")).endsWith("(day) WHERE case_is_open(status)");
        assertThat(definitions.get("service_case_open_nik_idx"))
                .endsWith("(nik, service_type) WHERE case_is_open(status)");
        assertThat(definitions.get("service_case_open_citizen_key"))
                .startsWith("CREATE UNIQUE INDEX")
                .endsWith("(nik, service_type) WHERE case_unifies(status)");
    }

    @Test
    void the_functions_are_immutable_parallel_safe_sql_that_the_planner_inlines() {
        List<String> kinds = jdbc.sql("""
                select concat_ws(' ', p.proname, l.lanname, p.provolatile, p.proparallel, p.proisstrict)
                from pg_proc p join pg_language l on l.oid = p.prolang
                where p.proname in ('case_is_open', 'case_unifies', 'channel_is_online', 'analytics_day') order by 1""").query(String.class).list();
        assertThat(kinds)
                .containsExactly(
                        "analytics_day sql i s f",
                        "case_is_open sql i s f",
                        "case_unifies sql i s f",
                        "channel_is_online sql i s f");
        String plan = plan("""
                explain (verbose, costs off)
                select case_unifies(status), channel_is_online(channel), analytics_day(submitted_at) from service_case""", p -> {});
        assertThat(plan)
                .doesNotContain("case_unifies(", "case_is_open(", "channel_is_online(", "analytics_day(")
                .contains("<> ALL", "= ANY", "AT TIME ZONE");
    }

    @Test
    void intakes_search_for_the_citizens_open_case_reads_the_unique_index_of_unifying_cases() {
        String plan = plan(
                "explain " + CaseRegistry.OPEN_CASES,
                p -> p.param("niks", new String[] {NIK})
                        .param("services", new String[] {"KTP"})
                        .param("exclude", -1L));
        assertThat(plan).contains("service_case_open_citizen_key");
    }

    @Test
    void a_look_up_of_a_citizens_open_cases_including_triage_reads_the_open_case_index() {
        String plan = plan(
                "explain select id from service_case where nik = :nik and service_type = 'KTP' and case_is_open(status)",
                p -> p.param("nik", NIK));
        assertThat(plan).contains("service_case_open_nik_idx");
    }

    @Test
    void todays_backlog_reads_the_partial_index_of_open_rollup_rows() {
        // The shape of AnalyticsService.backlog for today: open rows of the day rollup up to a day. As in
        // a real rollup, open rows are few beside the closed ones (days of 1990, which no test uses; rolled back).
        String plan = plan(
                "explain select day, status, sum(cases) as n from case_rollup_day"
                        + " where case_is_open(status) and day <= :d group by 1, 2",
                p -> p.param("d", LocalDate.of(1990, 12, 31)),
                """
                insert into case_rollup_day (day, district_code, channel, service_type, status, cases)
                select date '1990-01-01' + (i % 365), '64.09.01', 'WEB', 'KTP', s.status, 1
                from generate_series(0, 364) i cross join (values ('COMPLETED'), ('REJECTED')) s(status)
                union all
                select date '1990-12-01' + i, '64.09.01', 'WEB', 'KTP', 'SUBMITTED', 1 from generate_series(0, 9) i""",
                "analyze case_rollup_day");
        assertThat(plan).contains("case_rollup_day_open_idx");
    }

    private boolean bool(String sql, String value) {
        return jdbc.sql(sql).param("v", value).query(Boolean.class).single();
    }

    /**
     * The plan with sequential scans priced out (a query that can use an index then does), after
     * the {@code setup} statements; everything is rolled back.
     */
    private String plan(String explain, Consumer<JdbcClient.StatementSpec> params, String... setup) {
        return tx.execute(t -> {
            t.setRollbackOnly();
            for (String statement : setup) {
                jdbc.sql(statement).update();
            }
            jdbc.sql("set local enable_seqscan = off").update();
            JdbcClient.StatementSpec spec = jdbc.sql(explain);
            params.accept(spec);
            return String.join("\n", spec.query(String.class).list());
        });
    }

    private long insert(String number, CaseStatus status, Long mergedInto) {
        Timestamp now = Timestamp.from(Instant.now());
        boolean closed = status == CaseStatus.COMPLETED || status == CaseStatus.REJECTED;
        return jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, submitted_at,
                    updated_at, completed_at, merged_into_id)
                values (:n, 'WEB', 'KTP', :s, :nik, 'Siti Meantest', :at, :at, :done, :merged) returning id""")
                .param("n", number)
                .param("s", status.name())
                .param("nik", NIK)
                .param("at", now)
                .param("done", closed ? now : null)
                .param("merged", mergedInto)
                .query(Long.class)
                .single();
    }
}
