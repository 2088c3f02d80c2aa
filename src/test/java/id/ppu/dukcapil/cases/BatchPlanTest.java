package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.BatchPlan.CitizenKey;
import id.ppu.dukcapil.cases.BatchPlan.ExternalKey;
import id.ppu.dukcapil.cases.BatchPlan.Planned;
import id.ppu.dukcapil.cases.BatchPlan.Survivor;
import id.ppu.dukcapil.cases.Registration.Outcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry's in-batch planning without a database: retries, new rows and merges, in batch order. */
class BatchPlanTest {

    private static final Instant AT = Instant.parse("2026-11-02T01:00:00Z");
    private static final String SITI = "6409014501900003";
    private static final String BUDI = "6409011203850002";

    @Test
    void the_same_citizen_twice_in_one_batch_becomes_one_case_and_one_request_merged_into_it() {
        BatchPlan plan = BatchPlan.of(
                List.of(web("W-1", SITI, ServiceType.KTP), app("A-1", SITI, ServiceType.KTP)), Map.of(), Map.of());

        assertThat(plan.planned()).hasSize(2);
        List<Registration> result = numbered(plan);
        assertThat(result.get(0))
                .isEqualTo(new Registration(100, "PPU-2026-0000100", CaseStatus.SUBMITTED, null, Outcome.CREATED));
        assertThat(result.get(1))
                .isEqualTo(new Registration(
                        101, "PPU-2026-0000101", CaseStatus.MERGED, "PPU-2026-0000100", Outcome.MERGED));
        Survivor survivor = plan.planned().get(1).mergeInto;
        assertThat(survivor.planned).isSameAs(plan.planned().get(0));
        assertThat(survivor.channel()).isEqualTo(Channel.WEB);
    }

    @Test
    void a_request_for_a_citizen_with_an_open_case_is_merged_into_that_case() {
        Map<CitizenKey, Survivor> open =
                Map.of(new CitizenKey(SITI, ServiceType.KTP), new Survivor(7, "PPU-2025-0000007", Channel.OFFICE));

        BatchPlan plan = BatchPlan.of(
                List.of(web("W-1", SITI, ServiceType.KTP), web("W-2", SITI, ServiceType.KK)), Map.of(), open);

        List<Registration> result = numbered(plan);
        assertThat(result.get(0))
                .isEqualTo(new Registration(
                        100, "PPU-2026-0000100", CaseStatus.MERGED, "PPU-2025-0000007", Outcome.MERGED));
        assertThat(plan.planned().get(0).mergeInto.planned)
                .as("an existing case, not one of the batch")
                .isNull();
        assertThat(result.get(1).outcome())
                .as("another service is another case")
                .isEqualTo(Outcome.CREATED);
    }

    @Test
    void the_open_cases_given_to_the_plan_are_left_as_they_were() {
        Map<CitizenKey, Survivor> open = new HashMap<>();

        BatchPlan.of(List.of(web("W-1", SITI, ServiceType.KTP)), Map.of(), open);

        assertThat(open).isEmpty();
    }

    @Test
    void a_retry_of_an_earlier_registration_returns_it_and_plans_no_row() {
        Registration earlier = new Registration(5, "PPU-2025-0000005", CaseStatus.VERIFIED, null, Outcome.DUPLICATE);

        BatchPlan plan = BatchPlan.of(
                List.of(web("W-1", SITI, ServiceType.KTP)),
                Map.of(new ExternalKey(Channel.WEB, "W-1"), earlier),
                Map.of());

        assertThat(plan.planned()).isEmpty();
        assertThat(plan.registrations()).containsExactly(earlier);
    }

    @Test
    void the_same_external_id_on_another_channel_is_another_request() {
        Registration earlier = new Registration(5, "PPU-2025-0000005", CaseStatus.SUBMITTED, null, Outcome.DUPLICATE);

        BatchPlan plan = BatchPlan.of(
                List.of(app("W-1", BUDI, ServiceType.KK)),
                Map.of(new ExternalKey(Channel.WEB, "W-1"), earlier),
                Map.of());

        assertThat(plan.planned()).hasSize(1);
        assertThat(numbered(plan).get(0).outcome()).isEqualTo(Outcome.CREATED);
    }

    @Test
    void a_retry_within_the_batch_is_a_duplicate_of_its_first_row_merged_or_not() {
        BatchPlan plan = BatchPlan.of(
                List.of(
                        web("W-1", SITI, ServiceType.KTP),
                        app("A-1", SITI, ServiceType.KTP),
                        web("W-1", SITI, ServiceType.KTP),
                        app("A-1", SITI, ServiceType.KTP)),
                Map.of(),
                Map.of());

        assertThat(plan.planned()).hasSize(2);
        List<Registration> result = numbered(plan);
        assertThat(result.get(2))
                .isEqualTo(new Registration(100, "PPU-2026-0000100", CaseStatus.SUBMITTED, null, Outcome.DUPLICATE));
        assertThat(result.get(3))
                .isEqualTo(new Registration(
                        101, "PPU-2026-0000101", CaseStatus.MERGED, "PPU-2026-0000100", Outcome.DUPLICATE));
    }

    @Test
    void requests_without_an_external_id_are_never_retries_of_each_other() {
        BatchPlan plan = BatchPlan.of(
                List.of(web(null, SITI, ServiceType.KTP), web(null, BUDI, ServiceType.KTP)), Map.of(), Map.of());

        assertThat(numbered(plan)).extracting(Registration::outcome).containsExactly(Outcome.CREATED, Outcome.CREATED);
    }

    @Test
    void a_triage_request_is_neither_merged_nor_a_case_others_merge_into() {
        NewCase triage = NewCase.live(
                Channel.WHATSAPP,
                "wamid.1",
                ServiceType.KTP,
                CaseStatus.TRIAGE,
                SITI,
                null,
                "628120000001",
                null,
                AT,
                null,
                "whatsapp",
                null);
        Map<CitizenKey, Survivor> open =
                Map.of(new CitizenKey(BUDI, ServiceType.KTP), new Survivor(7, "PPU-2025-0000007", Channel.WEB));

        BatchPlan plan = BatchPlan.of(
                List.of(
                        triage,
                        web("W-1", SITI, ServiceType.KTP),
                        NewCase.live(
                                Channel.WHATSAPP,
                                "wamid.2",
                                ServiceType.KTP,
                                CaseStatus.TRIAGE,
                                BUDI,
                                null,
                                "628120000002",
                                null,
                                AT,
                                null,
                                "whatsapp",
                                null)),
                Map.of(),
                open);

        assertThat(numbered(plan))
                .extracting(Registration::outcome)
                .containsExactly(Outcome.CREATED, Outcome.CREATED, Outcome.CREATED);
        assertThat(plan.planned()).allSatisfy(p -> assertThat(p.mergeInto).isNull());
    }

    @Test
    void a_closed_historical_record_is_not_merged_and_does_not_absorb_a_later_request() {
        NewCase completed = new NewCase(
                Channel.OFFICE,
                "CSV-1",
                ServiceType.KTP,
                CaseStatus.COMPLETED,
                SITI,
                "Siti Aminah",
                null,
                "64.09.01.1009",
                AT.minusSeconds(86400),
                AT,
                null,
                "petugas",
                "file.csv:2");

        BatchPlan plan = BatchPlan.of(List.of(completed, web("W-1", SITI, ServiceType.KTP)), Map.of(), Map.of());

        assertThat(numbered(plan)).extracting(Registration::outcome).containsExactly(Outcome.CREATED, Outcome.CREATED);
    }

    @Test
    void registrations_follow_the_batch_order_whatever_each_one_is() {
        Registration earlier = new Registration(5, "PPU-2025-0000005", CaseStatus.SUBMITTED, null, Outcome.DUPLICATE);

        BatchPlan plan = BatchPlan.of(
                List.of(
                        web("W-9", BUDI, ServiceType.KK),
                        web("OLD", SITI, ServiceType.KIA),
                        app("A-1", BUDI, ServiceType.KK)),
                Map.of(new ExternalKey(Channel.WEB, "OLD"), earlier),
                Map.of());

        assertThat(numbered(plan))
                .extracting(Registration::caseNumber)
                .containsExactly("PPU-2026-0000100", "PPU-2025-0000005", "PPU-2026-0000101");
    }

    /** Gives the planned rows ids and numbers from 100 on, as the registry does from its sequences. */
    private static List<Registration> numbered(BatchPlan plan) {
        long next = 100;
        for (Planned p : plan.planned()) {
            p.id = next;
            p.number = "PPU-2026-%07d".formatted(next);
            next++;
        }
        return plan.registrations();
    }

    private static NewCase web(String externalId, String nik, ServiceType service) {
        return request(Channel.WEB, externalId, nik, service);
    }

    private static NewCase app(String externalId, String nik, ServiceType service) {
        return request(Channel.APP, externalId, nik, service);
    }

    private static NewCase request(Channel channel, String externalId, String nik, ServiceType service) {
        return NewCase.live(
                channel,
                externalId,
                service,
                CaseStatus.SUBMITTED,
                nik,
                "Pemohon",
                null,
                "64.09.01.1009",
                AT,
                null,
                "api:" + channel,
                null);
    }
}
