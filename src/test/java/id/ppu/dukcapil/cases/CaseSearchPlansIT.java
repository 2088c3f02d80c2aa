package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each search and each keyset seek of the case list can read the index meant for it: the very
 * statements {@link CaseQueries} runs, explained over 20,000 cases (rolled back) with sequential
 * scans priced out, as the planner sees a large table. The figures at 5,000,000 cases are in
 * docs/BENCHMARKS.md ({@code SearchBenchmark}).
 */
@SpringBootTest
class CaseSearchPlansIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    static final CaseFilter ALL = CaseFilter.all();

    /** Each order of the case list and the index that serves it. */
    static final Map<Sort, String> ORDERS = new LinkedHashMap<>();

    static {
        ORDERS.put(Sort.unsorted(), "service_case_submitted_idx");
        ORDERS.put(Sort.by("submittedAt"), "service_case_submitted_idx");
        ORDERS.put(Sort.by("ageDays"), "service_case_submitted_idx");
        ORDERS.put(Sort.by(Sort.Order.desc("ageDays")), "service_case_submitted_idx");
        ORDERS.put(Sort.by("caseNumber"), "service_case_number_c_idx");
        ORDERS.put(Sort.by(Sort.Order.desc("caseNumber")), "service_case_number_c_idx");
        ORDERS.put(Sort.by("applicantName"), "service_case_name_sort_idx");
        ORDERS.put(Sort.by(Sort.Order.desc("applicantName")), "service_case_name_sort_idx");
    }

    /** A row in the middle of the order, as the grid holds it from the page before. */
    static final CaseRow AFTER = new CaseRow(
            4242,
            "PPU-2024-0004242",
            Instant.parse("2024-05-06T07:08:09Z"),
            Channel.WEB,
            ServiceType.KTP,
            "6409014501904242",
            "Budi Plantest",
            null,
            CaseStatus.COMPLETED,
            3);

    static final CaseRow NAMELESS = new CaseRow(
            4243,
            "PPU-2024-0004243",
            Instant.parse("2024-05-06T07:08:09Z"),
            Channel.WHATSAPP,
            null,
            null,
            null,
            null,
            CaseStatus.TRIAGE,
            3);

    @Test
    void free_text_reads_the_trigram_index_of_case_number_nik_and_name() {
        List<String> plans = explain(
                first(ALL.withText("zulkarnain"), Sort.unsorted()),
                first(ALL.withText("640901450190"), Sort.unsorted()));
        assertThat(plans).allSatisfy(p -> assertThat(p).contains("service_case_search_trgm_idx"));
    }

    @Test
    void a_whole_nik_reads_the_nik_index() {
        assertThat(explain(first(ALL.withText("6409014501904242"), Sort.unsorted()))
                        .get(0))
                .contains("service_case_nik_idx");
    }

    @Test
    void a_case_number_prefix_is_one_range_of_the_case_number_index_read_in_order() {
        List<String> plans = explain(
                first(ALL.withText("PPU-2024-00"), Sort.unsorted()),
                first(ALL.withText("ppu-2024-00"), Sort.by("caseNumber")));
        assertThat(plans.get(0))
                .contains(
                        "Index Scan Backward using service_case_number_c_idx",
                        "Index Cond: (((case_number)::text >= 'PPU-2024-00'::text) AND ((case_number)::text < 'PPU-2024-01'::text))")
                .doesNotContain("Sort");
        assertThat(plans.get(1))
                .contains("Index Scan using service_case_number_c_idx")
                .doesNotContain("Sort");
    }

    @Test
    void masked_roles_search_case_numbers_through_their_trigram_index() {
        CaseQueries.PagePlan page = CaseQueries.plan(ALL.withText("0004242"), Sort.unsorted(), false, null);
        assertThat(explain(new Query(page.parts().get(0).sql(), page.params())).get(0))
                .contains("service_case_number_trgm_idx");
    }

    @Test
    void region_status_and_date_filters_read_an_index() {
        List<String> plans = explain(
                first(filter(null, "64.09.04.1005", null), Sort.unsorted()),
                first(filter("64.09.04", null, null), Sort.unsorted()),
                first(filter(null, null, CaseStatus.NEEDS_CORRECTION), Sort.unsorted()),
                first(
                        new CaseFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                LocalDate.of(2024, 3, 1),
                                LocalDate.of(2024, 3, 31)),
                        Sort.unsorted()));
        assertThat(plans.get(0)).contains("service_case_village_idx");
        assertThat(plans.get(1)).contains("service_case_district_idx");
        assertThat(plans.get(2)).contains("service_case_status_idx");
        assertThat(plans.get(3))
                .contains("service_case_submitted_idx", "Index Cond")
                .doesNotContain("Sort");
    }

    @Test
    void every_order_is_read_from_its_index_without_sorting() {
        List<String> plans =
                explain(ORDERS.keySet().stream().map(sort -> first(ALL, sort)).toArray(Query[]::new));
        int i = 0;
        for (Map.Entry<Sort, String> order : ORDERS.entrySet()) {
            assertThat(plans.get(i++))
                    .as(order.getKey().toString())
                    .contains(order.getValue())
                    .doesNotContain("Sort");
        }
    }

    @Test
    void a_keyset_seek_is_an_index_condition_of_the_orders_index_in_every_order() {
        List<String> plans = explain(ORDERS.keySet().stream()
                .map(sort -> {
                    CaseQueries.PagePlan page = CaseQueries.plan(ALL, sort, true, AFTER);
                    return new Query(page.parts().get(0).sql(), page.params());
                })
                .toArray(Query[]::new));
        int i = 0;
        for (Map.Entry<Sort, String> order : ORDERS.entrySet()) {
            assertThat(plans.get(i++))
                    .as(order.getKey().toString())
                    .contains(order.getValue())
                    .doesNotContain("Sort")
                    .containsPattern("Index Cond: .*ROW\\(");
        }
    }

    @Test
    void the_nameless_part_of_a_sort_by_name_is_a_range_of_the_name_index() {
        CaseQueries.PagePlan after = CaseQueries.plan(ALL, Sort.by("applicantName"), true, AFTER);
        CaseQueries.PagePlan amongNulls =
                CaseQueries.plan(ALL, Sort.by(Sort.Order.desc("applicantName")), true, NAMELESS);
        assertThat(after.parts()).hasSize(2);
        assertThat(amongNulls.parts()).hasSize(2);
        List<String> plans = explain(
                new Query(after.parts().get(1).sql(), after.params()),
                new Query(amongNulls.parts().get(0).sql(), amongNulls.params()));
        assertThat(plans.get(0))
                .contains("service_case_name_sort_idx", "Index Cond: (applicant_name IS NULL)")
                .doesNotContain("Sort");
        assertThat(plans.get(1))
                .contains("service_case_name_sort_idx", "applicant_name IS NULL", "(id < ")
                .doesNotContain("Sort");
    }

    @Test
    void a_name_search_sorted_by_name_looks_through_a_window_of_the_name_index_and_then_finds_the_matches_first() {
        CaseQueries.PagePlan page = CaseQueries.plan(ALL.withText("siti"), Sort.by("applicantName"), true, null);
        List<String> plans = explain(
                new Query(page.window().windowSql(), page.params()),
                new Query(page.parts().get(0).sql(), page.params()));
        assertThat(plans.get(0)).contains("service_case_name_sort_idx");
        assertThat(plans.get(1)).contains("service_case_search_trgm_idx").doesNotContain("service_case_name_sort_idx");
    }

    private static CaseFilter filter(String district, String village, CaseStatus status) {
        return new CaseFilter(null, status == null ? null : Set.of(status), null, null, district, village, null, null);
    }

    record Query(String sql, Map<String, Object> params) {}

    /** The first statement of the first page of a clerk's search. */
    private static Query first(CaseFilter filter, Sort sort) {
        CaseQueries.PagePlan page = CaseQueries.plan(filter, sort, true, null);
        return new Query(page.parts().get(0).sql(), page.params());
    }

    /** The plans over 20,000 synthetic cases with sequential scans priced out; everything rolled back. */
    private List<String> explain(Query... queries) {
        return tx.execute(t -> {
            t.setRollbackOnly();
            jdbc.sql("""
                    insert into service_case (case_number, channel, service_type, status, nik, applicant_name,
                        village_code, district_code, submitted_at, updated_at, completed_at)
                    select 'PLAN-' || lpad(i::text, 6, '0'), (array['WEB', 'APP', 'OFFICE', 'WHATSAPP', 'OUTREACH'])[1 + i % 5],
                           (array['KTP', 'KK', 'KIA'])[1 + i % 3], (array['COMPLETED', 'IN_PROCESS', 'NEEDS_CORRECTION'])[1 + i % 3],
                           '64090' || lpad(i::text, 11, '0'),
                           (array['Ahmad', 'Siti', 'Budi', 'Dewi'])[1 + i % 4] || ' ' || (array['Aminah', 'Saputra', 'Lestari'])[1 + i / 4 % 3],
                           v.code, v.district_code, t, t, case when i % 3 = 0 then t + interval '1 day' end
                    from generate_series(1, 20000) i
                    cross join lateral (select cast(:start as timestamptz) + i * interval '1 hour' as t) s
                    join (select code, district_code, row_number() over (order by code) - 1 as n from village) v
                      on v.n = i % (select count(*) from village)""")
                    .param("start", Timestamp.from(Instant.parse("2022-01-01T00:00:00Z")))
                    .update();
            jdbc.sql("analyze service_case").update();
            jdbc.sql("set local enable_seqscan = off").update();
            List<String> plans = new ArrayList<>();
            for (Query q : queries) {
                Map<String, Object> params = new HashMap<>(q.params());
                params.put("limit", 50);
                params.put("offset", 0);
                params.put("window", CaseQueries.WINDOW);
                plans.add(String.join(
                        "\n",
                        jdbc.sql("explain " + q.sql())
                                .params(params)
                                .query(String.class)
                                .list()));
            }
            return plans;
        });
    }
}
