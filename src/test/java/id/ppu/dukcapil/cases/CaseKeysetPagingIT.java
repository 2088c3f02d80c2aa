package id.ppu.dukcapil.cases;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keyset paging ({@link CaseQueries#pageAfter}) reads exactly the pages OFFSET reads, in every
 * order the case list offers, across ties of the sort column and the NULL names of triage cases.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseKeysetPagingIT {

    static final int CASES = 700;
    static final int PAGE = 50;

    @Autowired
    CaseQueries queries;

    @Autowired
    JdbcClient jdbc;

    /** Every case of this class, and only those: "kset" is in each case number. */
    final CaseFilter filter = CaseFilter.all().withText("kset");

    @BeforeAll
    void insertCasesWithTiesAndNullNames() {
        // 13 submission times (about 54 cases each, more than a page), 5 names (140 each), every
        // 17th case a triage case without NIK and name.
        jdbc.sql("""
                insert into service_case (case_number, channel, service_type, status, nik, applicant_name, village_code,
                    district_code, submitted_at, updated_at, completed_at)
                select 'KSET-' || lpad(i::text, 6, '0'), (array['WEB', 'APP', 'OFFICE', 'WHATSAPP', 'OUTREACH'])[1 + i % 5],
                       'KTP', case when i % 17 = 0 then 'TRIAGE' else 'COMPLETED' end,
                       case when i % 17 <> 0 then '64090145019' || lpad(i::text, 5, '0') end,
                       case when i % 17 <> 0 then (array['Ani Kset', 'Budi Kset', 'Citra Kset', 'Dedi Kset', 'Eka Kset'])[1 + i % 5] end,
                       :village, :district, t, t, case when i % 17 <> 0 then t + interval '1 day' end
                from generate_series(1, :n) i, lateral (select cast(:base as timestamptz) + (i * 7 % 13) * interval '1 hour' as t) s""")
                .param("village", NIPAH_NIPAH_VILLAGE)
                .param("district", NIPAH_NIPAH_VILLAGE.substring(0, 8))
                .param("base", Timestamp.from(Instant.parse("2023-04-03T01:00:00Z")))
                .param("n", CASES)
                .update();
    }

    @AfterAll
    void removeThem() {
        TestCases.deleteWhere(jdbc, "case_number like 'KSET-%'");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Sort> orders() {
        Stream<Sort> sorted = Stream.of("caseNumber", "submittedAt", "applicantName", "ageDays")
                .flatMap(p -> Stream.of(Sort.by(Sort.Order.asc(p)), Sort.by(Sort.Order.desc(p))));
        return Stream.concat(Stream.of(Sort.unsorted()), sorted);
    }

    @ParameterizedTest
    @MethodSource("orders")
    void scrolling_page_after_page_by_keyset_reads_the_offset_pages(Sort sort) {
        signIn("petugas", Role.PETUGAS);
        List<CaseRow> all = queries.page(filter, PageRequest.of(0, 10 * CASES, sort));
        assertThat(all).hasSize(CASES);
        List<CaseRow> scrolled = new ArrayList<>();
        CaseRow after = null;
        for (int page = 0; page * PAGE < CASES; page++) {
            List<CaseRow> keyset = queries.pageAfter(filter, sort, after, 0, PAGE);
            assertThat(keyset)
                    .as("page %d", page)
                    .isEqualTo(queries.page(filter, PageRequest.of(page, PAGE, sort)))
                    .isEqualTo(all.subList(page * PAGE, Math.min(CASES, (page + 1) * PAGE)));
            scrolled.addAll(keyset);
            after = keyset.get(keyset.size() - 1);
        }
        assertThat(queries.pageAfter(filter, sort, after, 0, PAGE)).isEmpty();
        assertThat(scrolled).isEqualTo(all);
    }

    @ParameterizedTest
    @MethodSource("orders")
    void a_jump_from_any_row_skipping_any_number_of_rows_reads_the_offset_rows(Sort sort) {
        signIn("petugas", Role.PETUGAS);
        List<CaseRow> all = queries.page(filter, PageRequest.of(0, 10 * CASES, sort));
        // Rows in the middle of a tie, next to the NULL names (ascending: the last non-NULL rows,
        // descending: the last NULL rows), and near the end.
        for (int from : new int[] {0, 49, 300, 657, 658, 659, 660, 40, 41, 42, 690}) {
            for (int skip : new int[] {0, 1, 7, 49, 50, 120, 600, 699}) {
                int start = Math.min(CASES, from + 1 + skip);
                assertThat(queries.pageAfter(filter, sort, all.get(from), skip, PAGE))
                        .as("after row %d, skipping %d", from, skip)
                        .isEqualTo(all.subList(start, Math.min(CASES, start + PAGE)));
            }
        }
    }

    @Test
    void the_fixture_has_ties_across_pages_and_null_names_at_one_end() {
        signIn("petugas", Role.PETUGAS);
        // 13 page boundaries (pages of 50): most fall inside a run of equal values.
        assertThat(ties(Sort.by("submittedAt"), CaseRow::submittedAt)).isGreaterThanOrEqualTo(10);
        assertThat(ties(Sort.by("applicantName"), CaseRow::applicantName)).isGreaterThanOrEqualTo(10);
        List<CaseRow> byName = queries.page(filter, PageRequest.of(0, 10 * CASES, Sort.by("applicantName")));
        // 41 triage cases (every 17th of 700) without a name: last ascending, first descending.
        assertThat(byName.subList(CASES - 41, CASES)).allMatch(r -> r.applicantName() == null);
        assertThat(byName.get(CASES - 42).applicantName()).isNotNull();
        List<CaseRow> byNameDown =
                queries.page(filter, PageRequest.of(0, 10 * CASES, Sort.by(Sort.Order.desc("applicantName"))));
        assertThat(byNameDown.subList(0, 41)).allMatch(r -> r.applicantName() == null);
    }

    @Test
    void masked_roles_page_by_keyset_in_the_default_order_when_they_ask_for_names() {
        signIn("kepala", Role.KEPALA);
        Sort byName = Sort.by("applicantName");
        List<CaseRow> all = queries.page(filter, PageRequest.of(0, 10 * CASES));
        assertThat(queries.page(filter, PageRequest.of(0, 10 * CASES, byName))).isEqualTo(all);
        List<CaseRow> scrolled = new ArrayList<>();
        CaseRow after = null;
        do {
            List<CaseRow> page = queries.pageAfter(filter, byName, after, 0, PAGE);
            scrolled.addAll(page);
            after = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (after != null);
        assertThat(scrolled).isEqualTo(all);
        assertThat(all)
                .allMatch(r -> r.applicantName() == null || r.applicantName().contains("*"));
    }

    /** How many page boundaries fall inside a run of equal values of the sort column. */
    private int ties(Sort sort, Function<CaseRow, Object> value) {
        List<CaseRow> all = queries.page(filter, PageRequest.of(0, 10 * CASES, sort));
        return (int) IntStream.range(1, all.size())
                .filter(i -> i % PAGE == 0)
                .filter(i -> Objects.equals(value.apply(all.get(i - 1)), value.apply(all.get(i))))
                .count();
    }
}
