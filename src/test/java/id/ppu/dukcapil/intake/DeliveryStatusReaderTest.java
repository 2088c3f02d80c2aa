package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delivery statuses of our messages in a webhook notification (statuses[]), read under Meta's shape rules. */
class DeliveryStatusReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    static String notification(String... statuses) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"6281100000000","phone_number_id":"1"},
                "statuses":[%s]}}]}]}""".formatted(String.join(",", statuses));
    }

    private List<DeliveryStatus> read(String notification) throws Exception {
        return WhatsAppDeliveryReader.read(json.readTree(notification), NOW).statuses();
    }

    @Test
    void sent_delivered_read_and_failed_with_its_error_code_are_read() throws Exception {
        List<DeliveryStatus> s = read(notification("""
                {"id":"wamid.A","status":"delivered","timestamp":"1763600000","recipient_id":"6281234567890",
                 "biz_opaque_callback_data":"case-1-event-2","pricing":{"billable":true,"category":"utility"}}""", """
                {"id":"wamid.B","status":"failed","timestamp":"1763600100","recipient_id":"6281234567890",
                 "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message",
                 "error_data":{"details":"Message failed to send because more than 24 hours have passed"}}]}"""));

        assertThat(s)
                .containsExactly(
                        new DeliveryStatus(
                                "wamid.A",
                                "delivered",
                                Instant.ofEpochSecond(1763600000),
                                null,
                                null,
                                "case-1-event-2"),
                        new DeliveryStatus(
                                "wamid.B",
                                "failed",
                                Instant.ofEpochSecond(1763600100),
                                "131047",
                                "Re-engagement message: Message failed to send because more than 24 hours have passed",
                                null));
        assertThat(s.get(0).outboundStatus()).contains(OutboundStatus.DELIVERED);
        assertThat(s.get(1).outboundStatus()).contains(OutboundStatus.FAILED);
    }

    @Test
    void statuses_we_do_not_track_are_read_but_move_nothing() throws Exception {
        assertThat(read(notification("{\"id\":\"wamid.C\",\"status\":\"deleted\"}"))
                        .get(0)
                        .outboundStatus())
                .isEmpty();
        assertThat(read(notification("{\"id\":\"wamid.C\",\"status\":\"played\"}"))
                        .get(0)
                        .outboundStatus())
                .isEmpty();
    }

    @Test
    void a_status_without_an_id_or_with_a_code_of_the_wrong_type_is_a_broken_delivery_named_by_its_field() {
        assertThatThrownBy(() -> read(notification("{\"status\":\"read\"}")))
                .isInstanceOfSatisfying(
                        WhatsAppDeliveryException.class,
                        e -> assertThat(e.field()).isEqualTo("entry[0].changes[0].value.statuses[0].id"));
        assertThatThrownBy(() ->
                        read(notification("{\"id\":\"wamid.D\",\"status\":\"failed\",\"errors\":[{\"code\":{}}]}")))
                .isInstanceOfSatisfying(
                        WhatsAppDeliveryException.class,
                        e -> assertThat(e.field()).isEqualTo("entry[0].changes[0].value.statuses[0].errors[0].code"));
        assertThatThrownBy(() -> read(notification("{\"id\":\"wamid.D\",\"status\":7}")))
                .isInstanceOf(WhatsAppDeliveryException.class);
    }
}
