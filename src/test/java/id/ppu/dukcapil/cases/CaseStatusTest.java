package id.ppu.dukcapil.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CaseStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TRIAGE, SUBMITTED", "SUBMITTED, VERIFIED", "VERIFIED, WAITING_IN_PERSON", "WAITING_IN_PERSON, IN_PROCESS",
        "IN_PROCESS, READY", "READY, COMPLETED", "SUBMITTED, NEEDS_CORRECTION", "NEEDS_CORRECTION, SUBMITTED",
        "IN_PROCESS, REJECTED"
    })
    void allowed_moves_follow_the_office_workflow(CaseStatus from, CaseStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "SUBMITTED, COMPLETED", "TRIAGE, READY", "READY, IN_PROCESS", "COMPLETED, IN_PROCESS",
        "REJECTED, SUBMITTED", "MERGED, SUBMITTED", "VERIFIED, SUBMITTED", "SUBMITTED, SUBMITTED"
    })
    void shortcuts_and_reopening_are_refused(CaseStatus from, CaseStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = CaseStatus.class,
            names = {"COMPLETED", "REJECTED", "MERGED"})
    void closed_statuses_lead_nowhere(CaseStatus closed) {
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.next()).isEmpty();
    }

    @Test
    void every_open_status_can_still_end() {
        for (CaseStatus s : CaseStatus.values()) {
            if (!s.isClosed()) {
                assertThat(s.next()).as(s.name()).isNotEmpty();
            }
        }
    }

    @Test
    void a_case_moved_to_completed_gets_its_completion_time() {
        ServiceCase c = new ServiceCase(
                "PPU-2026-0000001",
                Channel.WEB,
                ServiceType.KK,
                CaseStatus.READY,
                Instant.parse("2026-11-01T01:00:00Z"));
        Instant now = Instant.parse("2026-11-03T02:00:00Z");
        c.moveTo(CaseStatus.COMPLETED, now);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.getCompletedAt()).isEqualTo(now);
    }

    @Test
    void a_case_cannot_be_merged_by_a_plain_status_change() {
        ServiceCase c = new ServiceCase(
                "PPU-2026-0000002",
                Channel.APP,
                ServiceType.KTP,
                CaseStatus.SUBMITTED,
                Instant.parse("2026-11-01T01:00:00Z"));
        assertThatThrownBy(() -> c.moveTo(CaseStatus.MERGED, Instant.now()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void a_clerk_chooses_among_the_next_statuses_in_workflow_order_but_never_merged() {
        assertThat(CaseStatus.SUBMITTED.clerkChoices())
                .containsExactly(
                        CaseStatus.VERIFIED,
                        CaseStatus.NEEDS_CORRECTION,
                        CaseStatus.WAITING_IN_PERSON,
                        CaseStatus.IN_PROCESS,
                        CaseStatus.REJECTED);
        assertThat(CaseStatus.TRIAGE.clerkChoices()).containsExactly(CaseStatus.SUBMITTED, CaseStatus.REJECTED);
        assertThat(CaseStatus.READY.clerkChoices()).containsExactly(CaseStatus.COMPLETED);
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(s.clerkChoices())
                    .as(s.name())
                    .doesNotContain(CaseStatus.MERGED)
                    .allMatch(s::canMoveTo)
                    .hasSize((int) s.next().stream()
                            .filter(t -> t != CaseStatus.MERGED)
                            .count());
        }
    }

    @Test
    void only_a_rejection_needs_a_reason() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(s.needsReason()).as(s.name()).isEqualTo(s == CaseStatus.REJECTED);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = CaseStatus.class,
            names = {"TRIAGE", "SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "WAITING_IN_PERSON", "IN_PROCESS"})
    void a_rejection_without_a_reason_is_refused_and_changes_nothing(CaseStatus from) {
        ServiceCase c = new ServiceCase(
                "PPU-2026-0000003", Channel.WHATSAPP, ServiceType.KTP, from, Instant.parse("2026-11-01T01:00:00Z"));
        for (String blank : new String[] {null, "", "  \n"}) {
            assertThatThrownBy(() -> c.moveTo(CaseStatus.REJECTED, blank, Instant.now()))
                    .isInstanceOfSatisfying(CaseValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("comment");
                        assertThat(e.messageKey()).isEqualTo("case.error.rejectReason");
                    });
            assertThatThrownBy(() -> c.moveTo(CaseStatus.REJECTED, Instant.now()))
                    .isInstanceOf(CaseValidationException.class);
        }
        assertThat(c.getStatus()).isEqualTo(from);
        assertThat(c.getCompletedAt()).isNull();
    }

    @Test
    void a_rejection_with_a_reason_closes_the_case() {
        ServiceCase c = new ServiceCase(
                "PPU-2026-0000004", Channel.WHATSAPP, null, CaseStatus.TRIAGE, Instant.parse("2026-11-01T01:00:00Z"));
        Instant now = Instant.parse("2026-11-02T01:00:00Z");

        c.moveTo(CaseStatus.REJECTED, "Bukan permohonan", now);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(c.getCompletedAt()).isEqualTo(now);
    }
}
