package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WhatsAppSendingTest {

    private static WhatsAppSending with(String url, String phoneNumberId, String token) {
        return new WhatsAppSending(url, phoneNumberId, token, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void the_graph_api_is_the_default_with_a_pinned_version() {
        WhatsAppSending s = with(null, "106540352242922", "EAAG-token");

        assertThat(s.apiUrl()).isEqualTo("https://graph.facebook.com/v25.0");
        assertThat(s.messagesUri()).hasToString("https://graph.facebook.com/v25.0/106540352242922/messages");
        assertThat(s.enabled()).isTrue();
    }

    @Test
    void without_a_token_or_a_phone_number_id_sending_is_off_and_says_why() {
        assertThat(with(null, "106540352242922", null).offReason()).contains("token");
        assertThat(with(null, "106540352242922", "   ").offReason()).contains("token");
        assertThat(with(null, null, "EAAG-token").offReason()).contains("phoneNumberId");
        assertThat(with(null, "../../me", "EAAG-token").offReason()).contains("phoneNumberId");
        assertThat(WhatsAppSending.off().enabled()).isFalse();
    }

    @Test
    void the_token_never_travels_in_clear_text_except_to_a_stand_in_on_this_machine() {
        assertThat(with("http://graph.facebook.com/v25.0", "1", "t").offReason())
                .contains("url");
        assertThat(with("ftp://example.org", "1", "t").offReason()).contains("url");
        assertThat(with("https://user:pw@graph.facebook.com/v25.0", "1", "t").offReason())
                .contains("url");
        assertThat(with("http://127.0.0.1:8089/v25.0/", "1", "t").enabled()).isTrue();
        assertThat(with("http://localhost:8089/v25.0", "1", "t").messagesUri())
                .hasToString("http://localhost:8089/v25.0/1/messages");
    }

    @Test
    void the_token_is_never_in_the_settings_text() {
        assertThat(with(null, "1", "EAAG-secret-token").toString())
                .doesNotContain("EAAG-secret-token")
                .contains("accessToken=set");
    }

    @Test
    void a_lease_shorter_than_a_send_is_refused() {
        assertThatThrownBy(() -> new WhatsAppSending(
                        null,
                        null,
                        null,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(40),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lease");
    }
}
