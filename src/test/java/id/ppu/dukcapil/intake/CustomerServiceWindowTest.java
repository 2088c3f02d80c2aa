package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ppu.dukcapil.intake.CustomerServiceWindow.Mode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerServiceWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Duration MARGIN = Duration.ofMinutes(15);
    private static final String RESIDENT = "6281234567890";

    /** When each number last wrote, as inbound_message would tell. */
    private final Map<String, Instant> lastInbound = new HashMap<>();

    private final WhatsAppSending settings = OutboxSettings.withTemplates(
            MARGIN,
            Map.of(OutboundKind.CASE_READY, new WhatsAppSending.TemplateSetting("dukcapil_dokumen_siap", null)));
    private final CustomerServiceWindow window = new CustomerServiceWindow(
            n -> Optional.ofNullable(lastInbound.get(n)), Clock.fixed(NOW, ZoneOffset.UTC), settings);

    @Test
    void free_text_is_allowed_within_24_hours_of_the_residents_last_message() {
        lastInbound.put(RESIDENT, NOW.minus(Duration.ofHours(3)));

        CustomerServiceWindow.State state = window.stateFor(RESIDENT);

        assertThat(state.mode()).isEqualTo(Mode.FREE_TEXT);
        assertThat(state.lastInboundAt()).isEqualTo(NOW.minus(Duration.ofHours(3)));
        assertThat(state.closesAt()).isEqualTo(NOW.plus(Duration.ofHours(21)).minus(MARGIN));
    }

    @Test
    void a_resident_who_never_wrote_gets_a_template() {
        assertThat(window.stateFor(RESIDENT).mode()).isEqualTo(Mode.TEMPLATE);
        assertThat(window.stateFor(RESIDENT).lastInboundAt()).isNull();
    }

    @Test
    void the_window_closes_24_hours_after_the_last_message_less_the_margin() {
        Instant last = Instant.parse("2026-11-19T02:00:00Z");
        assertThat(CustomerServiceWindow.decide(last, NOW.minus(MARGIN).minusSeconds(1), MARGIN)
                        .mode())
                .isEqualTo(Mode.FREE_TEXT);
        assertThat(CustomerServiceWindow.decide(last, NOW.minus(MARGIN), MARGIN).mode())
                .isEqualTo(Mode.TEMPLATE);
        assertThat(CustomerServiceWindow.decide(last, NOW, MARGIN).mode()).isEqualTo(Mode.TEMPLATE);
        assertThat(CustomerServiceWindow.decide(last, NOW.plus(Duration.ofDays(3)), Duration.ZERO)
                        .mode())
                .isEqualTo(Mode.TEMPLATE);
        assertThat(CustomerServiceWindow.decide(last, NOW.minusSeconds(1), Duration.ZERO)
                        .mode())
                .isEqualTo(Mode.FREE_TEXT);
    }

    @Test
    void only_the_last_message_counts_and_it_is_found_under_any_way_of_writing_the_number() {
        lastInbound.put(RESIDENT, NOW.minus(Duration.ofMinutes(10)));

        assertThat(List.of("081234567890", "+62 812-3456-7890", "6281234567890", "(0812) 3456.7890").stream()
                        .map(p -> window.stateFor(p).mode())
                        .toList())
                .containsOnly(Mode.FREE_TEXT);
        assertThat(window.stateFor("not a number").mode()).isEqualTo(Mode.TEMPLATE);
        assertThat(window.stateFor(null).mode()).isEqualTo(Mode.TEMPLATE);
    }

    @Test
    void inside_the_window_the_text_goes_as_it_is_and_outside_it_the_kinds_approved_template_in_bahasa_indonesia() {
        lastInbound.put(RESIDENT, NOW.minus(Duration.ofHours(1)));
        assertThat(window.contentFor(
                        OutboundKind.CASE_READY, RESIDENT, "Dokumen Anda siap diambil.", List.of("PPU-2026-0000001")))
                .isEqualTo(new OutboundContent.Text("Dokumen Anda siap diambil."));

        lastInbound.put(RESIDENT, NOW.minus(Duration.ofHours(30)));
        assertThat(window.contentFor(
                        OutboundKind.CASE_READY, RESIDENT, "Dokumen Anda siap diambil.", List.of("PPU-2026-0000001")))
                .isEqualTo(new OutboundContent.Template("dukcapil_dokumen_siap", "id", List.of("PPU-2026-0000001")));
    }

    @Test
    void outside_the_window_a_kind_without_an_approved_template_cannot_be_sent() {
        assertThatThrownBy(() -> window.contentFor(OutboundKind.REPLY, RESIDENT, "Syaratnya KK asli.", List.of()))
                .isInstanceOf(OutboxException.class)
                .hasMessage("outbox.error.noTemplate");
    }
}
