package id.ppu.dukcapil.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.intake.CloudApiClient.Result;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Cloud API client over real HTTP against a local stand-in of the Graph API. */
class CloudApiClientTest {

    private static final String RESIDENT = "6281234567890";
    private final ObjectMapper json = new ObjectMapper();
    private CloudApiStandIn meta;

    @BeforeEach
    void start() throws Exception {
        meta = CloudApiStandIn.start();
    }

    @AfterEach
    void stop() {
        meta.close();
    }

    private CloudApiClient client(Duration requestTimeout) {
        return new CloudApiClient(OutboxSettings.on(meta.apiUrl(), requestTimeout, 5, 10), json);
    }

    @Test
    void a_text_goes_to_the_phone_numbers_messages_endpoint_with_the_bearer_token_as_metas_message_object() {
        Result r = client(Duration.ofSeconds(5))
                .send("case-1-event-2", RESIDENT, new OutboundContent.Text("Dokumen Anda siap."));

        assertThat(r).isEqualTo(new Result.Accepted("wamid.STANDIN1"));
        CloudApiStandIn.Received request = meta.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v25.0/" + CloudApiStandIn.PHONE_NUMBER_ID + "/messages");
        assertThat(request.authorization()).isEqualTo("Bearer " + CloudApiStandIn.TOKEN);
        assertThat(request.contentType()).isEqualTo("application/json");
        JsonNode body = request.body();
        assertThat(body.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(body.path("recipient_type").asText()).isEqualTo("individual");
        assertThat(body.path("to").asText()).isEqualTo(RESIDENT);
        assertThat(body.path("type").asText()).isEqualTo("text");
        assertThat(body.path("text").path("body").asText()).isEqualTo("Dokumen Anda siap.");
        assertThat(body.path("biz_opaque_callback_data").asText()).isEqualTo("case-1-event-2");
    }

    @Test
    void a_template_goes_with_its_language_and_body_parameters_in_order() {
        client(Duration.ofSeconds(5))
                .send(
                        "k",
                        RESIDENT,
                        new OutboundContent.Template(
                                "dukcapil_dokumen_siap", "id", List.of("PPU-2026-0000001", "Kantor Disdukcapil")));

        JsonNode body = meta.requests().get(0).body();
        assertThat(body.path("type").asText()).isEqualTo("template");
        JsonNode template = body.path("template");
        assertThat(template.path("name").asText()).isEqualTo("dukcapil_dokumen_siap");
        assertThat(template.path("language").path("code").asText()).isEqualTo("id");
        JsonNode component = template.path("components").get(0);
        assertThat(component.path("type").asText()).isEqualTo("body");
        assertThat(component.path("parameters").findValuesAsText("text"))
                .containsExactly("PPU-2026-0000001", "Kantor Disdukcapil");
        assertThat(component.path("parameters").findValuesAsText("type")).containsOnly("text");
    }

    @Test
    void server_errors_and_rate_limits_are_worth_another_attempt_and_retry_after_is_read() {
        meta.then(
                CloudApiStandIn.error(500, 131000, "Something went wrong"),
                CloudApiStandIn.rateLimited(120),
                new CloudApiStandIn.Answer(503, "<html>Service Unavailable</html>", null, false));
        CloudApiClient client = client(Duration.ofSeconds(5));
        OutboundContent text = new OutboundContent.Text("Halo");

        assertThat(client.send("k", RESIDENT, text))
                .isEqualTo(new Result.Retry("131000", "(#131000) Something went wrong — Something went wrong", null));
        assertThat(client.send("k", RESIDENT, text)).isInstanceOfSatisfying(Result.Retry.class, r -> {
            assertThat(r.code()).isEqualTo("130429");
            assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        });
        assertThat(client.send("k", RESIDENT, text)).isEqualTo(new Result.Retry("http.503", "HTTP 503", null));
        assertThat(meta.requests()).hasSize(3);
    }

    @Test
    void a_pair_rate_limit_answered_with_400_is_worth_another_attempt_but_other_client_errors_are_final() {
        meta.then(
                CloudApiStandIn.error(400, 131056, "(Business Account, Consumer Account) pair rate limit hit"),
                CloudApiStandIn.error(400, 131026, "Message undeliverable"),
                CloudApiStandIn.error(401, 190, "Access token expired"));
        CloudApiClient client = client(Duration.ofSeconds(5));
        OutboundContent text = new OutboundContent.Text("Halo");

        assertThat(client.send("k", RESIDENT, text)).isInstanceOf(Result.Retry.class);
        assertThat(client.send("k", RESIDENT, text)).isInstanceOfSatisfying(Result.Refused.class, r -> {
            assertThat(r.code()).isEqualTo("131026");
            assertThat(r.text()).contains("Message undeliverable");
        });
        assertThat(client.send("k", RESIDENT, text))
                .isInstanceOfSatisfying(
                        Result.Refused.class, r -> assertThat(r.code()).isEqualTo("190"));
    }

    @Test
    void a_slow_answer_is_a_time_out_worth_another_attempt() {
        meta.then(CloudApiStandIn.held());

        long started = System.nanoTime();
        Result r = client(Duration.ofMillis(400)).send("k", RESIDENT, new OutboundContent.Text("Halo"));

        assertThat(r)
                .isInstanceOfSatisfying(
                        Result.Retry.class, x -> assertThat(x.code()).isEqualTo("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(meta.requests()).hasSize(1);
    }

    @Test
    void a_closed_port_is_a_broken_connection_worth_another_attempt() {
        String closed = meta.apiUrl();
        meta.close();

        Result r = new CloudApiClient(OutboxSettings.on(closed), json)
                .send("k", RESIDENT, new OutboundContent.Text("Halo"));

        assertThat(r)
                .isInstanceOfSatisfying(
                        Result.Retry.class, x -> assertThat(x.code()).isIn("io", "timeout"));
    }

    @Test
    void without_a_token_nothing_is_sent() {
        CloudApiClient client = new CloudApiClient(OutboxSettings.withoutToken(meta.apiUrl()), json);

        assertThatThrownBy(() -> client.send("k", RESIDENT, new OutboundContent.Text("Halo")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("off");
        assertThat(meta.requests()).isEmpty();
    }

    @Test
    void an_accepted_answer_without_a_message_id_still_counts_as_sent_and_error_texts_are_cut() {
        CloudApiClient client = client(Duration.ofSeconds(5));

        assertThat(client.classify(200, "{}".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(new Result.Accepted(null));
        assertThat(client.classify(200, "not json".getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(new Result.Accepted(null));
        String longMessage = "x".repeat(2000);
        Result r = client.classify(
                400,
                ("{\"error\":{\"code\":100,\"message\":\"" + longMessage + "\\nline\"}}")
                        .getBytes(StandardCharsets.UTF_8),
                null);
        assertThat(r).isInstanceOfSatisfying(Result.Refused.class, x -> {
            assertThat(x.code()).isEqualTo("100");
            assertThat(x.text()).hasSize(500).doesNotContain("\n");
        });
        assertThat(client.classify(404, null, "soon")).isEqualTo(new Result.Refused("http.404", "HTTP 404"));
    }
}
