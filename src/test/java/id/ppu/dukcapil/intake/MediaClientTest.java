package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MediaClientTest {

    private static final byte[] PHOTO = "foto KK".getBytes(StandardCharsets.UTF_8);

    @Test
    void metas_hash_is_recognised_in_hex_of_either_case_and_in_base64() {
        String hex = MediaClient.sha256(PHOTO);
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));

        assertThat(MediaClient.sameHash(hex, hex.toUpperCase())).isTrue();
        assertThat(MediaClient.sameHash(hex, " " + base64 + " ")).isTrue();
        assertThat(MediaClient.sameHash(hex, MediaClient.sha256(new byte[] {1})))
                .isFalse();
        assertThat(MediaClient.sameHash(hex, "not a hash")).isFalse();
        assertThat(MediaClient.sameHash(hex, Base64.getEncoder().encodeToString(new byte[] {1, 2})))
                .isFalse();
    }

    @Test
    void the_token_goes_only_to_an_https_url_or_to_this_machine() {
        assertThat(MediaClient.downloadUri("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1&ext=2"))
                .isNotNull();
        assertThat(MediaClient.downloadUri("http://127.0.0.1:8089/download/1?ext=1"))
                .isNotNull();
        assertThat(MediaClient.downloadUri("http://lookaside.fbsbx.com/x")).isNull();
        assertThat(MediaClient.downloadUri("https://user:pw@lookaside.fbsbx.com/x"))
                .isNull();
        assertThat(MediaClient.downloadUri("ftp://lookaside.fbsbx.com/x")).isNull();
        assertThat(MediaClient.downloadUri("/relative/path")).isNull();
        assertThat(MediaClient.downloadUri("https://exa mple.com/")).isNull();
    }

    @Test
    void media_fetching_is_off_without_a_token_or_with_a_clear_text_url_but_needs_no_phone_number_id() {
        assertThat(MediaSettings.offReason(WhatsAppSending.off())).contains("token");
        assertThat(MediaSettings.offReason(OutboxSettings.on("http://graph.example.org/v25.0")))
                .contains("url");
        assertThat(MediaSettings.offReason(
                        new WhatsAppSending(null, null, "token", null, null, null, null, null, null, null, null, null)))
                .isEmpty();
    }

    @Test
    void the_size_limit_defaults_to_five_megabytes_and_a_lease_shorter_than_a_fetch_is_refused() {
        assertThat(MediaSettings.defaults().maxSize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThatThrownBy(() -> new MediaSettings(DataSize.ofMegabytes(200), null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MediaSettings(
                        null,
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(60),
                        Duration.ofMinutes(1),
                        null,
                        null,
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lease");
    }

    @Test
    void only_image_types_a_browser_shows_without_running_anything_are_previewed() {
        assertThat(new ThreadMedia(1, MediaStatus.STORED, "image/jpeg", 10L, null).previewable())
                .isTrue();
        assertThat(new ThreadMedia(1, MediaStatus.STORED, "Image/WebP; q=1", 10L, null).previewable())
                .isTrue();
        assertThat(new ThreadMedia(1, MediaStatus.STORED, "image/svg+xml", 10L, null).previewable())
                .isFalse();
        assertThat(new ThreadMedia(1, MediaStatus.PENDING, "image/jpeg", null, null).previewable())
                .isFalse();
        assertThat(new ThreadMedia(1, MediaStatus.STORED, null, 10L, null).previewable())
                .isFalse();
    }
}
