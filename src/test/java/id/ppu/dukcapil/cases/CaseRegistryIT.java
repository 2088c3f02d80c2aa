package id.ppu.dukcapil.cases;

import static id.ppu.dukcapil.support.Regions.NIPAH_NIPAH_VILLAGE;
import static id.ppu.dukcapil.support.Regions.PENAJAM_DISTRICT;
import static id.ppu.dukcapil.support.Regions.UNKNOWN_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.support.TestCases;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one intake path on the real database: numbering, history, idempotency, unification, all-or-nothing. */
@SpringBootTest
class CaseRegistryIT {

    /** NIKs of this class only (district 64.09.03, serials 71xx), so cleanup finds exactly its rows. */
    private static final String SITI = "6409034501907101";

    private static final String BUDI = "6409031203857102";
    private static final String RINA = "6409035708927103";

    @Autowired
    CaseRegistry registry;

    @Autowired
    CaseQueries queries;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeCases() {
        TestCases.deleteWhere(jdbc, "nik like '640903%71__' or external_id like 'REGTEST-%'");
    }

    @Test
    void new_request_gets_a_case_number_and_a_created_event() {
        Registration r = registry.register(web("REGTEST-1", ServiceType.KTP, SITI, "Siti Aminah"));

        assertThat(r.outcome()).isEqualTo(Registration.Outcome.CREATED);
        assertThat(r.caseNumber()).matches("PPU-20\\d\\d-\\d{7}");
        assertThat(r.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(r.mergedInto()).isNull();
        CaseStatusReport report = queries.statusReport(r.caseNumber()).orElseThrow();
        assertThat(report.channel()).isEqualTo(Channel.WEB);
        assertThat(report.history()).extracting(CaseStatusReport.Step::event).containsExactly(CaseEvent.Type.CREATED);
        assertThat(jdbc.sql("select district_code from service_case where id = :id")
                        .param("id", r.caseId())
                        .query(String.class)
                        .single())
                .isEqualTo(PENAJAM_DISTRICT);
    }

    @Test
    void retry_with_the_same_external_id_returns_the_same_case_and_stores_nothing_new() {
        Registration first = registry.register(web("REGTEST-2", ServiceType.KTP, SITI, "Siti Aminah"));
        long before = countMine();

        Registration retry = registry.register(web("REGTEST-2", ServiceType.KTP, SITI, "Siti Aminah"));

        assertThat(retry.outcome()).isEqualTo(Registration.Outcome.DUPLICATE);
        assertThat(retry.caseNumber()).isEqualTo(first.caseNumber());
        assertThat(countMine()).isEqualTo(before);
    }

    @Test
    void same_nik_and_service_as_an_open_case_is_merged_and_the_survivor_records_the_new_channel() {
        Registration first = registry.register(web("REGTEST-3", ServiceType.KK, BUDI, "Budi Santoso"));

        Registration second = registry.register(NewCase.live(
                Channel.APP,
                "REGTEST-4",
                ServiceType.KK,
                CaseStatus.SUBMITTED,
                BUDI,
                "Budi Santoso",
                null,
                NIPAH_NIPAH_VILLAGE,
                Instant.now().minusSeconds(5),
                null,
                "api:app",
                null));

        assertThat(second.outcome()).isEqualTo(Registration.Outcome.MERGED);
        assertThat(second.status()).isEqualTo(CaseStatus.MERGED);
        assertThat(second.mergedInto()).isEqualTo(first.caseNumber());
        CaseStatusReport survivor = queries.statusReport(first.caseNumber()).orElseThrow();
        assertThat(survivor.channels()).containsExactly(Channel.WEB, Channel.APP);
        assertThat(survivor.history())
                .extracting(CaseStatusReport.Step::event)
                .containsExactly(CaseEvent.Type.CREATED, CaseEvent.Type.CHANNEL_TOUCHED);
        CaseStatusReport merged = queries.statusReport(second.caseNumber()).orElseThrow();
        assertThat(merged.mergedInto()).isEqualTo(first.caseNumber());
        assertThat(merged.history())
                .extracting(CaseStatusReport.Step::event)
                .containsExactly(CaseEvent.Type.CREATED, CaseEvent.Type.MERGED);
    }

    @Test
    void a_different_service_or_a_closed_case_does_not_absorb_a_new_request() {
        registry.register(web("REGTEST-5", ServiceType.KTP, RINA, "Rina Wati"));
        jdbc.sql(
                        "update service_case set status = 'COMPLETED', completed_at = submitted_at where external_id = 'REGTEST-5'")
                .update();

        assertThat(registry.register(web("REGTEST-6", ServiceType.KTP, RINA, "Rina Wati"))
                        .outcome())
                .isEqualTo(Registration.Outcome.CREATED);
        assertThat(registry.register(web("REGTEST-7", ServiceType.KIA, RINA, "Rina Wati"))
                        .outcome())
                .isEqualTo(Registration.Outcome.CREATED);
    }

    @Test
    void invalid_request_lists_every_problem_and_stores_nothing() {
        long before = countMine();
        NewCase bad = NewCase.live(
                Channel.WEB,
                "REGTEST-8",
                null,
                CaseStatus.SUBMITTED,
                "6.40901E+15",
                "S",
                "12ab",
                UNKNOWN_VILLAGE,
                Instant.now().plus(1, ChronoUnit.DAYS),
                null,
                "api:web",
                null);

        assertThatThrownBy(() ->
                        registry.registerAll(List.of(web("REGTEST-9", ServiceType.KTP, SITI, "Siti Aminah"), bad)))
                .isInstanceOfSatisfying(
                        CaseValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new FieldProblem("serviceType", "validation.required"),
                                        new FieldProblem("nik", "nik.error.scientific"),
                                        new FieldProblem("applicantName", "validation.name.size"),
                                        new FieldProblem("phone", "validation.phone"),
                                        new FieldProblem("villageCode", "validation.village.unknown"),
                                        new FieldProblem("submittedAt", "intake.error.future")));
        assertThat(countMine()).isEqualTo(before);
    }

    @Test
    void a_batch_deduplicates_and_unifies_within_itself() {
        List<Registration> rs = registry.registerAll(List.of(
                web("REGTEST-10", ServiceType.KTP, SITI, "Siti Aminah"),
                web("REGTEST-10", ServiceType.KTP, SITI, "Siti Aminah"),
                NewCase.live(
                        Channel.OUTREACH,
                        "REGTEST-11",
                        ServiceType.KTP,
                        CaseStatus.SUBMITTED,
                        SITI,
                        "Siti Aminah",
                        null,
                        NIPAH_NIPAH_VILLAGE,
                        Instant.now().minusSeconds(5),
                        null,
                        "import",
                        "batch.csv:4")));

        assertThat(rs)
                .extracting(Registration::outcome)
                .containsExactly(
                        Registration.Outcome.CREATED, Registration.Outcome.DUPLICATE, Registration.Outcome.MERGED);
        assertThat(rs.get(1).caseNumber()).isEqualTo(rs.get(0).caseNumber());
        assertThat(rs.get(2).mergedInto()).isEqualTo(rs.get(0).caseNumber());
        assertThat(queries.channelsOf(rs.get(0).caseId())).containsExactly(Channel.OUTREACH);
    }

    @Test
    void completing_a_triage_case_submits_it_or_merges_it_into_the_open_case() {
        Registration triage = registry.register(NewCase.live(
                Channel.WHATSAPP,
                "REGTEST-12",
                null,
                CaseStatus.TRIAGE,
                null,
                null,
                "6281234567890",
                null,
                Instant.now().minusSeconds(60),
                null,
                "whatsapp",
                null));
        Registration office = registry.register(NewCase.live(
                Channel.OFFICE,
                null,
                ServiceType.KTP,
                CaseStatus.SUBMITTED,
                SITI,
                "Siti Aminah",
                null,
                NIPAH_NIPAH_VILLAGE,
                Instant.now().minusSeconds(5),
                null,
                "petugas",
                null));

        Registration completed = registry.completeTriage(
                triage.caseId(),
                null,
                NewCase.live(
                        null,
                        null,
                        ServiceType.KTP,
                        CaseStatus.SUBMITTED,
                        SITI,
                        "Siti Aminah",
                        "6281234567890",
                        NIPAH_NIPAH_VILLAGE,
                        null,
                        null,
                        "petugas",
                        null));

        assertThat(completed.outcome()).isEqualTo(Registration.Outcome.MERGED);
        assertThat(completed.mergedInto()).isEqualTo(office.caseNumber());
        assertThat(queries.channelsOf(office.caseId())).containsExactly(Channel.WHATSAPP);
        assertThat(jdbc.sql("select type from case_event where case_id = :id order by id")
                        .param("id", triage.caseId())
                        .query(String.class)
                        .list())
                .containsExactly("CREATED", "EDITED", "MERGED");
    }

    private long countMine() {
        return jdbc.sql(
                        "select count(*) from service_case where nik like '640903%71__' or external_id like 'REGTEST-%'")
                .query(Long.class)
                .single();
    }

    private static NewCase web(String externalId, ServiceType service, String nik, String name) {
        return NewCase.live(
                Channel.WEB,
                externalId,
                service,
                CaseStatus.SUBMITTED,
                nik,
                name,
                null,
                NIPAH_NIPAH_VILLAGE,
                Instant.now().minusSeconds(10),
                null,
                "api:web",
                null);
    }
}
