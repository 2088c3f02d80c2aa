package id.ppu.dukcapil.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What may happen to a visit, by its status and day: the rules the service enforces and the dialog offers. */
class VisitDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    @Test
    void a_planned_visit_of_today_may_be_recorded_edited_moved_and_cancelled() {
        VisitDetails v = visit(VisitStatus.PLANNED, TODAY);

        assertThat(v.canRecord(TODAY)).isTrue();
        assertThat(v.canEdit()).isTrue();
        assertThat(v.canMove()).isTrue();
        assertThat(v.canCancel()).isTrue();
        assertThat(v.acceptsCases(TODAY)).isTrue();
    }

    @Test
    void a_planned_visit_of_tomorrow_is_not_recorded_nor_given_cases_before_its_day() {
        VisitDetails v = visit(VisitStatus.PLANNED, TOMORROW);

        assertThat(v.canRecord(TODAY)).isFalse();
        assertThat(v.acceptsCases(TODAY)).isFalse();
        assertThat(v.canRecord(TOMORROW)).isTrue();
        assertThat(v.canEdit()).isTrue();
        assertThat(v.canMove()).isTrue();
        assertThat(v.canCancel()).isTrue();
        assertThatThrownBy(() -> VisitDetails.requireRecordable(VisitStatus.PLANNED, TOMORROW, TODAY))
                .isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.doneInFuture")
                .satisfies(e -> assertThat(((OutreachException) e).args()).containsExactly("27/11/2026"));
        assertThatThrownBy(() -> VisitDetails.requireAcceptsCases(VisitStatus.PLANNED, TOMORROW, TODAY))
                .isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.caseBeforeVisit")
                .satisfies(e -> assertThat(((OutreachException) e).args()).containsExactly("27/11/2026"));
    }

    @Test
    void a_done_visit_may_be_corrected_and_edited_but_not_moved_nor_cancelled() {
        VisitDetails v = visit(VisitStatus.DONE, TODAY.minusDays(2));

        assertThat(v.canRecord(TODAY)).isTrue();
        assertThat(v.canEdit()).isTrue();
        assertThat(v.canMove()).isFalse();
        assertThat(v.canCancel()).isFalse();
        assertThat(v.acceptsCases(TODAY))
                .as("cases written on paper are entered later")
                .isTrue();
        assertThatThrownBy(() -> VisitDetails.requireMovable(VisitStatus.DONE)).hasMessage("outreach.error.notPlanned");
        assertThatThrownBy(() -> VisitDetails.requireCancellable(VisitStatus.DONE, "Hujan"))
                .hasMessage("outreach.error.notPlanned");
    }

    @Test
    void a_cancelled_visit_allows_nothing_and_says_it_was_cancelled() {
        VisitDetails v = visit(VisitStatus.CANCELLED, TODAY.minusDays(1));

        assertThat(v.canRecord(TODAY)).isFalse();
        assertThat(v.canEdit()).isFalse();
        assertThat(v.canMove()).isFalse();
        assertThat(v.canCancel()).isFalse();
        assertThat(v.acceptsCases(TODAY)).isFalse();
        assertThatThrownBy(() -> VisitDetails.requireEditable(VisitStatus.CANCELLED))
                .hasMessage("outreach.error.cancelled");
        assertThatThrownBy(() -> VisitDetails.requireRecordable(VisitStatus.CANCELLED, TODAY, TODAY))
                .hasMessage("outreach.error.cancelled");
        assertThatThrownBy(() -> VisitDetails.requireAcceptsCases(VisitStatus.CANCELLED, TODAY, TODAY))
                .hasMessage("outreach.error.cancelledNoCases");
        assertThatThrownBy(() -> VisitDetails.requireMovable(VisitStatus.CANCELLED))
                .hasMessage("outreach.error.notPlanned");
    }

    @Test
    void a_cancellation_needs_a_reason() {
        assertThatThrownBy(() -> VisitDetails.requireCancellable(VisitStatus.PLANNED, null))
                .hasMessage("outreach.error.reasonRequired");
        assertThatThrownBy(() -> VisitDetails.requireCancellable(VisitStatus.PLANNED, "  "))
                .hasMessage("outreach.error.reasonRequired");
        assertThatCode(() -> VisitDetails.requireCancellable(VisitStatus.PLANNED, "Jalan banjir"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(VisitStatus.class)
    void what_the_dialog_offers_is_exactly_what_the_service_accepts(VisitStatus status) {
        for (LocalDate day : List.of(TODAY.minusDays(1), TODAY, TOMORROW)) {
            VisitDetails v = visit(status, day);
            assertThat(v.canEdit()).isEqualTo(passes(() -> VisitDetails.requireEditable(status)));
            assertThat(v.canRecord(TODAY)).isEqualTo(passes(() -> VisitDetails.requireRecordable(status, day, TODAY)));
            assertThat(v.canMove()).isEqualTo(passes(() -> VisitDetails.requireMovable(status)));
            assertThat(v.canCancel()).isEqualTo(passes(() -> VisitDetails.requireCancellable(status, "alasan")));
            assertThat(v.acceptsCases(TODAY))
                    .isEqualTo(passes(() -> VisitDetails.requireAcceptsCases(status, day, TODAY)));
        }
    }

    @Test
    void the_expected_turnout_is_the_sum_over_the_villages() {
        VisitDetails v = new VisitDetails(
                1,
                TODAY,
                "64.09.04",
                "Sepaku",
                VisitStatus.PLANNED,
                100,
                null,
                List.of(
                        new VisitDetails.Village("64.09.04.2001", "Sepaku", 40),
                        new VisitDetails.Village("64.09.04.2002", "Telemow", 25)),
                Map.of(),
                null,
                Map.of(),
                "perencana",
                Instant.EPOCH,
                0);

        assertThat(v.expectedTurnout()).isEqualTo(65);
    }

    private static boolean passes(Runnable check) {
        try {
            check.run();
            return true;
        } catch (OutreachException e) {
            return false;
        }
    }

    private static VisitDetails visit(VisitStatus status, LocalDate date) {
        return new VisitDetails(
                1,
                date,
                "64.09.04",
                "Sepaku",
                status,
                100,
                null,
                List.of(),
                Map.of(),
                null,
                Map.of(),
                "perencana",
                Instant.EPOCH,
                0);
    }
}
