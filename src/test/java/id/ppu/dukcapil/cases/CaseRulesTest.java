package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every new request passes, whatever its channel, checked without Spring or a database. */
class CaseRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String NIPAH = "64.09.01.1009";
    private static final Predicate<String> KNOWN = Set.of(NIPAH)::contains;

    @Test
    void a_complete_request_passes() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once_in_field_order() {
        NewCase c = new NewCase(
                null,
                "has space",
                null,
                CaseStatus.SUBMITTED,
                "123",
                "X",
                "12",
                "64.09.99.9999",
                null,
                null,
                null,
                "api:web",
                null);

        assertThat(check(c))
                .containsExactly(
                        new FieldProblem("channel", "validation.required"),
                        new FieldProblem("externalId", "intake.error.externalId"),
                        new FieldProblem("serviceType", "validation.required"),
                        new FieldProblem("nik", "nik.error.format"),
                        new FieldProblem("applicantName", "validation.name.size"),
                        new FieldProblem("phone", "validation.phone"),
                        new FieldProblem("villageCode", "validation.village.unknown"),
                        new FieldProblem("submittedAt", "validation.required"));
    }

    @Test
    void a_triage_request_may_lack_the_service_the_nik_and_the_name() {
        NewCase triage = new NewCase(
                Channel.WHATSAPP,
                "wamid.1",
                null,
                CaseStatus.TRIAGE,
                null,
                null,
                "628120000001",
                null,
                NOW,
                null,
                null,
                "whatsapp",
                null);

        assertThat(check(triage)).isEmpty();
    }

    @Test
    void a_submitted_request_needs_the_service_the_nik_and_the_name() {
        NewCase c = new NewCase(
                Channel.WEB,
                null,
                null,
                CaseStatus.SUBMITTED,
                null,
                null,
                null,
                null,
                NOW,
                null,
                null,
                "api:web",
                null);

        assertThat(check(c)).extracting(FieldProblem::field).containsExactly("serviceType", "nik", "applicantName");
    }

    @Test
    void nobody_sends_a_merged_case_nor_a_case_without_status() {
        assertThat(check(with(valid(), CaseStatus.MERGED)))
                .containsExactly(new FieldProblem("status", "intake.error.status.merged"));
        assertThat(check(with(valid(), null))).contains(new FieldProblem("status", "validation.required"));
    }

    @Test
    void a_nik_that_is_not_a_valid_structure_names_its_flaw() {
        assertThat(check(withNik(valid(), "6409014501900000")))
                .containsExactly(new FieldProblem("nik", "nik.error.serial"));
        assertThat(check(withNik(valid(), "6.40901450190E15")))
                .containsExactly(new FieldProblem("nik", "nik.error.scientific"));
    }

    @Test
    void an_external_id_is_at_most_100_printable_characters_without_spaces() {
        assertThat(check(withExternalId(valid(), "x".repeat(100)))).isEmpty();
        assertThat(check(withExternalId(valid(), "x".repeat(101))))
                .containsExactly(new FieldProblem("externalId", "intake.error.externalId"));
        assertThat(check(withExternalId(valid(), "a\tb")))
                .containsExactly(new FieldProblem("externalId", "intake.error.externalId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siti\u0000Aminah", "Siti\u202EAminah", "Siti\uD800"})
    void a_name_with_control_invisible_or_broken_characters_is_refused(String name) {
        assertThat(check(withName(valid(), name)))
                .containsExactly(new FieldProblem("applicantName", "validation.name.chars"));
    }

    @Test
    void notes_may_hold_line_breaks_and_emoji_but_not_control_characters_nor_more_than_2000_characters() {
        assertThat(check(withNotes(valid(), "Baris satu\nBaris dua\t👍🏽"))).isEmpty();
        assertThat(check(withNotes(valid(), "a\u0007b")))
                .containsExactly(new FieldProblem("notes", "validation.notes.chars"));
        assertThat(check(withNotes(valid(), "x".repeat(2000)))).isEmpty();
        assertThat(check(withNotes(valid(), "x".repeat(2001))))
                .containsExactly(new FieldProblem("notes", "validation.notes.size"));
    }

    @Test
    void a_submission_five_minutes_ahead_is_clock_skew_but_later_is_the_future() {
        assertThat(check(withSubmitted(valid(), NOW.plusSeconds(300)))).isEmpty();
        assertThat(check(withSubmitted(valid(), NOW.plusSeconds(301))))
                .containsExactly(new FieldProblem("submittedAt", "intake.error.future"));
    }

    @Test
    void a_submission_before_1900_is_a_typing_error() {
        assertThat(check(withSubmitted(valid(), Instant.parse("1899-12-31T23:59:59Z"))))
                .containsExactly(new FieldProblem("submittedAt", "intake.error.past"));
    }

    @Test
    void only_a_completed_or_rejected_record_has_a_completion_time_and_it_lies_between_submission_and_now() {
        Instant submitted = NOW.minusSeconds(86400);
        assertThat(check(closed(CaseStatus.COMPLETED, submitted, NOW, null))).isEmpty();
        assertThat(check(closed(CaseStatus.COMPLETED, submitted, null, null)))
                .containsExactly(new FieldProblem("completedAt", "intake.error.completedAt.required"));
        assertThat(check(closed(CaseStatus.SUBMITTED, submitted, NOW, null)))
                .containsExactly(new FieldProblem("completedAt", "intake.error.completedAt.open"));
        assertThat(check(closed(CaseStatus.COMPLETED, submitted, submitted.minusSeconds(1), null)))
                .containsExactly(new FieldProblem("completedAt", "intake.error.completedAt.beforeSubmitted"));
        assertThat(check(closed(CaseStatus.COMPLETED, submitted, NOW.plusSeconds(3600), null)))
                .containsExactly(new FieldProblem("completedAt", "intake.error.future"));
    }

    @Test
    void a_rejected_record_brings_its_reason_in_the_notes() {
        Instant submitted = NOW.minusSeconds(86400);
        assertThat(check(closed(CaseStatus.REJECTED, submitted, NOW, "Dokumen tidak lengkap")))
                .isEmpty();
        assertThat(check(closed(CaseStatus.REJECTED, submitted, NOW, null)))
                .containsExactly(new FieldProblem("notes", "intake.error.rejectReason"));
        assertThat(check(closed(CaseStatus.REJECTED, submitted, NOW, "   ")))
                .containsExactly(new FieldProblem("notes", "intake.error.rejectReason"));
        assertThat(check(closed(CaseStatus.COMPLETED, submitted, NOW, null)))
                .as("only a rejection needs a reason")
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void only_a_rejection_lacks_a_reason_when_none_is_given(CaseStatus target) {
        assertThat(CaseRules.lacksReason(target, null)).isEqualTo(target == CaseStatus.REJECTED);
        assertThat(CaseRules.lacksReason(target, " \t")).isEqualTo(target == CaseStatus.REJECTED);
        assertThat(CaseRules.lacksReason(target, "Bukan permohonan")).isFalse();
    }

    private static List<FieldProblem> check(NewCase c) {
        return CaseRules.check(c, NOW, TODAY, KNOWN);
    }

    private static NewCase valid() {
        return NewCase.live(
                Channel.WEB,
                "WEB-1",
                ServiceType.KTP,
                CaseStatus.SUBMITTED,
                "6409014501900003",
                "Siti Aminah",
                "+6281234567890",
                NIPAH,
                NOW.minusSeconds(60),
                null,
                "api:web",
                null);
    }

    private static NewCase closed(CaseStatus status, Instant submitted, Instant completed, String notes) {
        NewCase v = valid();
        return new NewCase(
                v.channel(),
                v.externalId(),
                v.serviceType(),
                status,
                v.nik(),
                v.applicantName(),
                v.phone(),
                v.villageCode(),
                submitted,
                completed,
                notes,
                v.actor(),
                v.source());
    }

    private static NewCase with(NewCase v, CaseStatus status) {
        return new NewCase(
                v.channel(),
                v.externalId(),
                v.serviceType(),
                status,
                v.nik(),
                v.applicantName(),
                v.phone(),
                v.villageCode(),
                v.submittedAt(),
                v.completedAt(),
                v.notes(),
                v.actor(),
                v.source());
    }

    private static NewCase withNik(NewCase v, String nik) {
        return new NewCase(
                v.channel(),
                v.externalId(),
                v.serviceType(),
                v.status(),
                nik,
                v.applicantName(),
                v.phone(),
                v.villageCode(),
                v.submittedAt(),
                v.completedAt(),
                v.notes(),
                v.actor(),
                v.source());
    }

    private static NewCase withExternalId(NewCase v, String externalId) {
        return new NewCase(
                v.channel(),
                externalId,
                v.serviceType(),
                v.status(),
                v.nik(),
                v.applicantName(),
                v.phone(),
                v.villageCode(),
                v.submittedAt(),
                v.completedAt(),
                v.notes(),
                v.actor(),
                v.source());
    }

    private static NewCase withName(NewCase v, String name) {
        return new NewCase(
                v.channel(),
                v.externalId(),
                v.serviceType(),
                v.status(),
                v.nik(),
                name,
                v.phone(),
                v.villageCode(),
                v.submittedAt(),
                v.completedAt(),
                v.notes(),
                v.actor(),
                v.source());
    }

    private static NewCase withNotes(NewCase v, String notes) {
        return new NewCase(
                v.channel(),
                v.externalId(),
                v.serviceType(),
                v.status(),
                v.nik(),
                v.applicantName(),
                v.phone(),
                v.villageCode(),
                v.submittedAt(),
                v.completedAt(),
                notes,
                v.actor(),
                v.source());
    }

    private static NewCase withSubmitted(NewCase v, Instant submitted) {
        return new NewCase(
                v.channel(),
                v.externalId(),
                v.serviceType(),
                v.status(),
                v.nik(),
                v.applicantName(),
                v.phone(),
                v.villageCode(),
                submitted,
                v.completedAt(),
                v.notes(),
                v.actor(),
                v.source());
    }
}
