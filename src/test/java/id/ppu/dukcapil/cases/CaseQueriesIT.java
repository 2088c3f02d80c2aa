package id.ppu.dukcapil.cases;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.SEPAKU_DISTRICT;
import static id.ppu.dukcapil.support.Regions.SEPAKU_VILLAGE;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseQueriesIT {

    @Autowired
    CaseQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    TestCases fixture;
    String sitiCase;

    @BeforeAll
    void insertKnownCases() {
        fixture = new TestCases(jdbc, "QRY");
        sitiCase = fixture.insert(
                "WEB",
                "KTP",
                "SUBMITTED",
                "6409014501900003",
                "Siti Aminah Qrytest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2024-03-05T01:00:00Z"));
        fixture.insert(
                "OFFICE",
                "KK",
                "COMPLETED",
                "6409014501900003",
                "Siti Aminah Qrytest",
                NIPAH_NIPAH_VILLAGE,
                Instant.parse("2023-01-10T02:00:00Z"));
        fixture.insert(
                "OUTREACH",
                "KTP",
                "WAITING_IN_PERSON",
                "6409041703050002",
                "Ahmad Fauzi Qrytest",
                SEPAKU_VILLAGE,
                Instant.parse("2024-03-06T03:00:00Z"));
        fixture.insert("WHATSAPP", "KIA", "TRIAGE", null, null, SEPAKU_VILLAGE, Instant.parse("2024-03-07T04:00:00Z"));
        for (int i = 0; i < 30; i++) {
            fixture.insert(
                    "APP",
                    "BIRTH_CERT",
                    "IN_PROCESS",
                    "64090115019" + String.format("%05d", 10 + i),
                    "Bayi Qrypage " + i,
                    NIPAH_NIPAH_VILLAGE,
                    Instant.parse("2022-06-01T00:00:00Z").plusSeconds(3600L * i));
        }
    }

    @AfterAll
    void removeThem() {
        fixture.deleteAll();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void part_of_a_name_finds_the_case_case_insensitively() {
        signIn("petugas", Role.PETUGAS);
        List<CaseRow> rows = queries.page(CaseFilter.all().withText("aminah qryTEST"), PageRequest.of(0, 50));
        assertThat(rows).extracting(CaseRow::applicantName).containsOnly("Siti Aminah Qrytest");
        assertThat(rows).hasSize(2);
    }

    @Test
    void full_nik_finds_every_case_of_the_citizen() {
        signIn("petugas", Role.PETUGAS);
        assertThat(queries.page(CaseFilter.all().withText("6409014501900003"), PageRequest.of(0, 50)))
                .extracting(CaseRow::channel)
                .containsExactlyInAnyOrder(Channel.WEB, Channel.OFFICE);
    }

    @Test
    void part_of_a_case_number_finds_it() {
        signIn("petugas", Role.PETUGAS);
        assertThat(queries.page(CaseFilter.all().withText(sitiCase.toLowerCase()), PageRequest.of(0, 5)))
                .extracting(CaseRow::caseNumber)
                .containsExactly(sitiCase);
    }

    @Test
    void the_start_of_a_case_number_lists_the_highest_number_first_unless_another_order_is_chosen() {
        signIn("petugas", Role.PETUGAS);
        String low = jdbc.sql(
                        "insert into service_case (case_number, channel, service_type, status, nik, applicant_name,"
                                + " submitted_at, updated_at) values ('PPU-1999-0000002', 'WEB', 'KTP', 'COMPLETED', '6409014501909902',"
                                + " 'Urut Qrytest', now(), now()) returning case_number")
                .query(String.class)
                .single();
        String high = jdbc.sql(
                        "insert into service_case (case_number, channel, service_type, status, nik, applicant_name,"
                                + " submitted_at, updated_at) values ('PPU-1999-0000010', 'WEB', 'KTP', 'COMPLETED', '6409014501909910',"
                                + " 'Urut Qrytest', now() - interval '1 day', now()) returning case_number")
                .query(String.class)
                .single();
        try {
            // The higher number was submitted a day earlier (an import of older paper requests, say).
            assertThat(queries.page(CaseFilter.all().withText("ppu-1999-"), PageRequest.of(0, 5)))
                    .extracting(CaseRow::caseNumber)
                    .containsExactly(high, low);
            assertThat(queries.page(
                            CaseFilter.all().withText("PPU-1999-"),
                            PageRequest.of(0, 5, Sort.by(Sort.Order.desc("submittedAt")))))
                    .extracting(CaseRow::caseNumber)
                    .containsExactly(low, high);
            assertThat(queries.page(
                            CaseFilter.all().withText("PPU-1999-"), PageRequest.of(0, 5, Sort.by("caseNumber"))))
                    .extracting(CaseRow::caseNumber)
                    .containsExactly(low, high);
        } finally {
            TestCases.deleteWhere(jdbc, "case_number like 'PPU-1999-%'");
        }
    }

    @Test
    void wildcards_typed_by_the_user_are_taken_literally() {
        signIn("petugas", Role.PETUGAS);
        assertThat(queries.page(CaseFilter.all().withText("qry%test"), PageRequest.of(0, 5)))
                .isEmpty();
        assertThat(queries.page(CaseFilter.all().withText("qry_est"), PageRequest.of(0, 5)))
                .isEmpty();
    }

    @Test
    void filters_combine_status_channel_service_region_and_dates() {
        signIn("petugas", Role.PETUGAS);
        CaseFilter f = new CaseFilter(
                "qry",
                Set.of(CaseStatus.WAITING_IN_PERSON, CaseStatus.TRIAGE),
                Set.of(Channel.OUTREACH),
                Set.of(ServiceType.KTP),
                SEPAKU_DISTRICT,
                SEPAKU_VILLAGE,
                LocalDate.of(2024, 3, 6),
                LocalDate.of(2024, 3, 6));
        assertThat(queries.page(f, PageRequest.of(0, 10)))
                .extracting(CaseRow::applicantName)
                .containsExactly("Ahmad Fauzi Qrytest");
        // The date range is in WITA: 2024-03-06T03:00Z is 11:00 WITA on the 6th, outside a range ending the 5th.
        CaseFilter before = new CaseFilter("qry", null, null, null, null, null, null, LocalDate.of(2024, 3, 5));
        assertThat(queries.page(before, PageRequest.of(0, 50)))
                .extracting(CaseRow::applicantName)
                .doesNotContain("Ahmad Fauzi Qrytest")
                .contains("Siti Aminah Qrytest");
    }

    @Test
    void pages_follow_the_sort_and_do_not_overlap() {
        signIn("petugas", Role.PETUGAS);
        CaseFilter f = CaseFilter.all().withText("qrypage");
        Sort byName = Sort.by("applicantName");
        List<CaseRow> first = queries.page(f, PageRequest.of(0, 10, byName));
        List<CaseRow> second = queries.page(f, PageRequest.of(1, 10, byName));
        List<CaseRow> last = queries.page(f, PageRequest.of(3, 10, byName));
        assertThat(first).hasSize(10);
        assertThat(first.get(0).applicantName()).isEqualTo("Bayi Qrypage 0");
        assertThat(first.get(1).applicantName()).isEqualTo("Bayi Qrypage 1");
        assertThat(second)
                .extracting(CaseRow::id)
                .doesNotContainAnyElementsOf(first.stream().map(CaseRow::id).toList());
        assertThat(last).isEmpty();
        List<CaseRow> newest = queries.page(f, PageRequest.of(0, 3));
        assertThat(newest.get(0).applicantName()).isEqualTo("Bayi Qrypage 29");
    }

    @Test
    void other_roles_see_nik_and_names_masked() {
        signIn("kepala", Role.KEPALA);
        CaseRow row = queries.page(CaseFilter.all().withText(sitiCase), PageRequest.of(0, 1))
                .get(0);
        assertThat(row.nik()).isEqualTo("640901********03");
        assertThat(row.applicantName()).isEqualTo("S*** A***** Q******");
    }

    @Test
    void citizen_timeline_lists_the_other_cases_of_the_same_nik() {
        signIn("petugas", Role.PETUGAS);
        long id = queries.idOf(sitiCase).orElseThrow();
        assertThat(queries.timelineOf("6409014501900003", id))
                .extracting(CaseRow::channel)
                .containsExactly(Channel.OFFICE);
    }

    @Test
    void free_text_search_can_use_the_trigram_index() {
        String plan = tx.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select id from service_case c where c.search_text like '%aminah%'")
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("service_case_search_trgm_idx");
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"KEPALA", "PERENCANA"})
    void masked_search_for_a_case_number_plus_a_nik_prefix_is_the_same_for_a_right_and_a_wrong_digit(Role masked) {
        // Siti's NIK starts 6409014 5; with the hidden 8th digit right or wrong the answer must not differ.
        signIn(masked.name().toLowerCase(), masked);
        List<CaseRow> right = queries.page(CaseFilter.all().withText(sitiCase + " 64090145"), PageRequest.of(0, 5));
        List<CaseRow> wrong = queries.page(CaseFilter.all().withText(sitiCase + " 64090146"), PageRequest.of(0, 5));
        assertThat(right).isEqualTo(wrong);
        assertThat(queries.page(CaseFilter.all().withText(sitiCase), PageRequest.of(0, 5)))
                .extracting(CaseRow::caseNumber)
                .containsExactly(sitiCase);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"KEPALA", "PERENCANA"})
    void masked_roles_find_nothing_by_name_or_nik_that_a_clerk_finds(Role masked) {
        List<String> texts = List.of("aminah qrytest", "6409014501900003", "640901450190", "qrytest");
        signIn("petugas", Role.PETUGAS);
        for (String text : texts) {
            assertThat(queries.page(CaseFilter.all().withText(text), PageRequest.of(0, 5)))
                    .as(text)
                    .isNotEmpty();
        }
        signIn(masked.name().toLowerCase(), masked);
        for (String text : texts) {
            assertThat(queries.page(CaseFilter.all().withText(text), PageRequest.of(0, 5)))
                    .as(text)
                    .isEmpty();
        }
    }

    @Test
    void masked_roles_find_a_case_by_part_of_its_number() {
        signIn("kepala", Role.KEPALA);
        String digits = sitiCase.substring(sitiCase.indexOf('-') + 1);
        assertThat(queries.page(CaseFilter.all().withText(digits), PageRequest.of(0, 50)))
                .extracting(CaseRow::caseNumber)
                .contains(sitiCase);
        assertThat(queries.page(CaseFilter.all().withText(sitiCase.toLowerCase()), PageRequest.of(0, 5)))
                .extracting(CaseRow::caseNumber)
                .containsExactly(sitiCase);
    }

    @Test
    void sorting_by_name_is_ignored_for_masked_roles() {
        // An alphabetical order of hidden names tells more than their masked first letters.
        signIn("kepala", Role.KEPALA);
        CaseFilter f = new CaseFilter(
                null,
                null,
                Set.of(Channel.APP),
                null,
                null,
                NIPAH_NIPAH_VILLAGE,
                LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 6, 2));
        List<CaseRow> byName = queries.page(f, PageRequest.of(0, 50, Sort.by("applicantName")));
        List<CaseRow> newest = queries.page(f, PageRequest.of(0, 50));
        assertThat(byName).hasSize(30).isEqualTo(newest);
        signIn("petugas", Role.PETUGAS);
        assertThat(queries.page(f, PageRequest.of(0, 1, Sort.by("applicantName")))
                        .get(0)
                        .applicantName())
                .isEqualTo("Bayi Qrypage 0");
    }

    @Test
    void case_number_search_of_masked_roles_can_use_an_index() {
        String plan = tx.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            // On a tiny table a walk of V27's (case_number, id) index would do; only a bitmap scan can
            // use an index for an infix, and only the trigram index has one (over 20,000 cases: CaseSearchPlansIT).
            jdbc.sql("set local enable_indexscan = off").update();
            jdbc.sql("set local enable_indexonlyscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select id from service_case c where c.case_number ilike '%0000123%'")
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("service_case_number_trgm_idx");
    }
}
