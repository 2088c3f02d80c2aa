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
    @EnumSource(value = CaseStatus.class, names = {"COMPLETED", "REJECTED", "MERGED"})
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
        ServiceCase c = new ServiceCase("PPU-2026-0000001", Channel.WEB, ServiceType.KK, CaseStatus.READY,
                Instant.parse("2026-11-01T01:00:00Z"));
        Instant now = Instant.parse("2026-11-03T02:00:00Z");
        c.moveTo(CaseStatus.COMPLETED, now);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(c.getCompletedAt()).isEqualTo(now);
    }

    @Test
    void a_case_cannot_be_merged_by_a_plain_status_change() {
        ServiceCase c = new ServiceCase("PPU-2026-0000002", Channel.APP, ServiceType.KTP, CaseStatus.SUBMITTED,
                Instant.parse("2026-11-01T01:00:00Z"));
        assertThatThrownBy(() -> c.moveTo(CaseStatus.MERGED, Instant.now())).isInstanceOf(IllegalTransitionException.class);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
    }
}
