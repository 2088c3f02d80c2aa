package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.ppu.dukcapil.cases.ServiceType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of a quick answer, the same for the form and the service. */
class QuickAnswerDraftTest {

    private static QuickAnswerDraft valid() {
        QuickAnswerDraft d = new QuickAnswerDraft();
        d.setServiceType(ServiceType.KTP);
        d.setTitle("Syarat KTP-el");
        d.setBody("Syarat KTP-el: KK asli.");
        return d;
    }

    private static String problemOf(QuickAnswerDraft d) {
        Optional<QuickAnswerException> p = d.problem();
        return p.map(e -> e.field() + ":" + e.messageKey()).orElse("none");
    }

    @Test
    void a_complete_draft_has_no_problem_and_starts_active_in_order_ten() {
        QuickAnswerDraft d = valid();
        assertThat(problemOf(d)).isEqualTo("none");
        assertThat(d.isActive()).isTrue();
        assertThat(d.getSortOrder()).isEqualTo(10);
    }

    @Test
    void the_title_is_required_and_at_most_80_characters_after_trimming() {
        QuickAnswerDraft d = valid();
        d.setTitle("   ");
        assertThat(problemOf(d)).isEqualTo("title:quickAnswer.error.titleRequired");
        d.setTitle("  " + "a".repeat(80) + "  ");
        assertThat(problemOf(d)).isEqualTo("none");
        d.setTitle("a".repeat(81));
        assertThat(d.problem().orElseThrow().args()).containsExactly(80);
        assertThat(problemOf(d)).isEqualTo("title:quickAnswer.error.titleSize");
    }

    @Test
    void the_text_is_required_and_fits_one_whatsapp_message_and_the_message_says_how_long_it_is() {
        QuickAnswerDraft d = valid();
        d.setBody("\n \n");
        assertThat(problemOf(d)).isEqualTo("body:quickAnswer.error.bodyRequired");
        d.setBody("x".repeat(OutboundContent.MAX_TEXT) + "\n");
        assertThat(problemOf(d)).isEqualTo("none");
        d.setBody("x".repeat(OutboundContent.MAX_TEXT + 1));
        QuickAnswerException tooLong = d.problem().orElseThrow();
        assertThat(tooLong.messageKey()).isEqualTo("quickAnswer.error.bodySize");
        assertThat(tooLong.args()).containsExactly(4096, 4097);
    }

    @Test
    void the_order_is_a_number_from_0_to_999() {
        QuickAnswerDraft d = valid();
        for (Integer bad : new Integer[] {null, -1, 1000}) {
            d.setSortOrder(bad);
            assertThat(problemOf(d)).as(String.valueOf(bad)).isEqualTo("sortOrder:quickAnswer.error.sortOrder");
        }
        d.setSortOrder(0);
        assertThat(problemOf(d)).isEqualTo("none");
        d.setSortOrder(999);
        assertThat(problemOf(d)).isEqualTo("none");
    }

    @Test
    void a_general_answer_cannot_be_a_services_requirements() {
        QuickAnswerDraft d = valid();
        d.setRequirements(true);
        assertThat(problemOf(d)).isEqualTo("none");
        d.setServiceType(null);
        assertThat(problemOf(d)).isEqualTo("requirements:quickAnswer.error.requirementsNeedService");
        d.setRequirements(false);
        assertThat(problemOf(d)).isEqualTo("none");
    }

    @Test
    void a_draft_of_an_answer_carries_all_its_values() {
        QuickAnswer a = new QuickAnswer(
                7, ServiceType.KIA, "Syarat KIA", "Teks", 30, false, true, "admin", java.time.Instant.EPOCH, 3);
        QuickAnswerDraft d = QuickAnswerDraft.of(a);
        assertThat(d.getServiceType()).isEqualTo(ServiceType.KIA);
        assertThat(d.getTitle()).isEqualTo("Syarat KIA");
        assertThat(d.getBody()).isEqualTo("Teks");
        assertThat(d.getSortOrder()).isEqualTo(30);
        assertThat(d.isActive()).isFalse();
        assertThat(d.isRequirements()).isTrue();
    }
}
