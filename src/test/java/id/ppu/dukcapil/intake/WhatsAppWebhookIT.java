package id.ppu.dukcapil.intake;

import static id.ppu.dukcapil.intake.WhatsAppDeliveries.bytes;
import static id.ppu.dukcapil.intake.WhatsAppDeliveries.delivery;
import static id.ppu.dukcapil.support.TestSignIn.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.Role;
import id.ppu.dukcapil.support.TestCases;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The WhatsApp webhook over real HTTP: every message type kept, Meta's payload sizes, precise answers to broken deliveries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WhatsAppWebhookIT {

    /** Senders of this class start with 6281600 (or ID.6281600 for user ids); message ids with wamid.HOOKTEST. */
    private static final String SENDER = "628160000001";

    @LocalServerPort
    int port;

    @Value("${app.whatsapp.app-secret}")
    String appSecret;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TriageQueries triage;

    private final ObjectMapper json = new ObjectMapper();
    private WebhookHttp webhook;

    @BeforeEach
    void client() {
        webhook = new WebhookHttp(port, appSecret);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        deleteMine(jdbc, "wamid.HOOKTEST", "6281600");
    }

    /** Deletes the messages whose id starts with {@code idPrefix}, their cases and the cases of phones starting with {@code phonePrefix}. */
    static void deleteMine(JdbcClient jdbc, String idPrefix, String phonePrefix) {
        List<Long> ids = jdbc.sql(
                        "select case_id from inbound_message where message_id like :p and case_id is not null")
                .param("p", idPrefix + "%")
                .query(Long.class)
                .list();
        String byId = ids.isEmpty()
                ? "false"
                : "id in (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")";
        TestCases.deleteWhere(jdbc, byId + " or phone like '" + phonePrefix + "%'");
        jdbc.sql("delete from inbound_message where message_id like :p")
                .param("p", idPrefix + "%")
                .update();
    }

    @Test
    void a_photo_of_a_kk_with_a_caption_waits_in_the_triage_queue_with_its_caption_and_media_id() throws Exception {
        HttpResponse<String> r = webhook.post(bytes(
                delivery(SENDER, "Rina", WhatsAppDeliveries.image("wamid.HOOKTEST1", SENDER, "Ini foto KK saya"))));

        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> stored = jdbc.sql(
                        "select message_type, body, media_id, mime_type, case_id from inbound_message "
                                + "where message_id = 'wamid.HOOKTEST1'")
                .query()
                .singleRow();
        assertThat(stored)
                .containsEntry("message_type", "image")
                .containsEntry("body", "Ini foto KK saya")
                .containsEntry("media_id", WhatsAppDeliveries.MEDIA_ID)
                .containsEntry("mime_type", "image/jpeg");
        signIn("petugas", Role.PETUGAS);
        TriageRow row = triage.page(org.springframework.data.domain.PageRequest.of(0, 1000)).stream()
                .filter(t -> SENDER.equals(t.phone()))
                .findFirst()
                .orElseThrow();
        assertThat(row.caseId()).isEqualTo(((Number) stored.get("case_id")).longValue());
        assertThat(row.lastMessage()).isEqualTo("Ini foto KK saya");
        assertThat(row.senderName()).isEqualTo("Rina");
    }

    @Test
    void every_message_type_is_stored_with_what_the_clerk_needs_and_joins_the_senders_triage_case() throws Exception {
        String s = "628160000002";
        HttpResponse<String> r = webhook.post(bytes(delivery(
                s,
                "Budi",
                WhatsAppDeliveries.text("wamid.HOOKTEST10", s, "Selamat pagi"),
                WhatsAppDeliveries.document("wamid.HOOKTEST11", s, "kk.pdf", null),
                WhatsAppDeliveries.audio("wamid.HOOKTEST12", s),
                WhatsAppDeliveries.video("wamid.HOOKTEST13", s, "rumah saya"),
                WhatsAppDeliveries.sticker("wamid.HOOKTEST14", s),
                WhatsAppDeliveries.location("wamid.HOOKTEST15", s),
                WhatsAppDeliveries.contacts("wamid.HOOKTEST16", s),
                WhatsAppDeliveries.buttonReply("wamid.HOOKTEST17", s),
                WhatsAppDeliveries.listReply("wamid.HOOKTEST18", s),
                WhatsAppDeliveries.button("wamid.HOOKTEST19", s),
                WhatsAppDeliveries.reaction("wamid.HOOKTEST20", s),
                WhatsAppDeliveries.unsupported("wamid.HOOKTEST21", s),
                WhatsAppDeliveries.message("wamid.HOOKTEST22", s, "order", "\"order\":{\"catalog_id\":\"1\"}"))));

        assertThat(r.statusCode()).isEqualTo(200);
        List<String> rows = jdbc.sql("""
                select concat_ws('|', message_type, body, media_id, mime_type, file_name, detail, latitude, longitude)
                from inbound_message where message_id like 'wamid.HOOKTEST%' order by received_at, id""").query(String.class).list();
        assertThat(rows)
                .containsExactly(
                        "text|Selamat pagi",
                        "document|2013859600285442|application/pdf|kk.pdf",
                        "audio|3013859600285443|audio/ogg; codecs=opus",
                        "video|rumah saya|4013859600285444|video/mp4",
                        "sticker|5013859600285445|image/webp",
                        "location|Kantor Desa Sepaku, Jl. Negara, Sepaku|-1.256|116.829",
                        "contacts|Budi Santoso +62 812-3456-7890",
                        "interactive|Ya, lanjut|ya-lanjut",
                        "interactive|Kartu Keluarga — Perubahan data KK|svc-kk",
                        "button|Jadwal ulang|JADWAL_ULANG",
                        "reaction|\uD83D\uDC4D|wamid.OUT1",
                        "unsupported|poll_creation: Message type unknown",
                        "order");
        assertThat(jdbc.sql(
                                "select count(distinct case_id) from inbound_message where message_id like 'wamid.HOOKTEST%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select status from service_case where phone = :p")
                        .param("p", s)
                        .query(String.class)
                        .list())
                .containsExactly("TRIAGE");
    }

    @Test
    void a_delivery_of_three_mib_is_accepted_while_other_api_bodies_keep_their_64_kib_limit() throws Exception {
        String message = WhatsAppDeliveries.text("wamid.HOOKTEST30", "628160000003", "Halo");
        String envelope = delivery("628160000003", "Ani", message);
        // Meta pads nothing, but its batches reach 3 MB: fill the envelope with an ignored field up to the limit.
        int limit = 3 * 1024 * 1024;
        String padded = envelope.replace(
                "\"messaging_product\"",
                "\"padding\":\"" + "x".repeat(limit - envelope.length() - 13) + "\",\"messaging_product\"");
        assertThat(bytes(padded)).hasSize(limit);

        HttpResponse<String> accepted = webhook.post(bytes(padded));
        HttpResponse<String> tooLarge = webhook.post(bytes(padded.replace("\"padding\":\"", "\"padding\":\"x")));
        HttpResponse<String> otherApi =
                webhook.postJson("/api/v1/cases", bytes("{\"notes\":\"" + "x".repeat(64 * 1024) + "\"}"));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id = 'wamid.HOOKTEST30'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(otherApi.statusCode()).isEqualTo(413);
    }

    @Test
    void senders_longer_than_a_phone_number_are_stored_acknowledged_and_reach_triage() throws Exception {
        String userId = "ID.6281600" + "1349120865530274191834".repeat(5);
        String absurd = "6281600" + "9".repeat(400);

        HttpResponse<String> bsuid = webhook.post(
                bytes(delivery(userId, "Dewi", WhatsAppDeliveries.text("wamid.HOOKTEST40", userId, "Mau urus akta"))));
        HttpResponse<String> tooLong = webhook.post(
                bytes(delivery(absurd, "Eko", WhatsAppDeliveries.text("wamid.HOOKTEST41", absurd, "Halo"))));

        assertThat(bsuid.statusCode()).isEqualTo(200);
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select m.sender = :s and c.status = 'TRIAGE' and c.phone is null from inbound_message m
                join service_case c on c.id = m.case_id where m.message_id = 'wamid.HOOKTEST40'""").param("s", userId).query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("""
                select length(m.sender) || ' ' || c.status || ' ' || m.intake_problem from inbound_message m
                join service_case c on c.id = m.case_id where m.message_id = 'wamid.HOOKTEST41'""").query(String.class).single()).isEqualTo("256 TRIAGE sender.truncated");
    }

    @Test
    void a_username_only_sender_without_a_phone_number_is_kept_by_the_user_id_meta_sends() throws Exception {
        String userId = "ID.62816001349120865530274191";
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","contacts":[{"profile":{"name":"Fajar","username":"@fajar"},"user_id":"%s"}],
                "messages":[{"from_user_id":"%s","id":"wamid.HOOKTEST50","timestamp":"1700000000","type":"text",
                "text":{"body":"Halo Dukcapil"}}]}}]}]}""".formatted(userId, userId);

        HttpResponse<String> r = webhook.post(bytes(body));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql(
                                "select sender || ' ' || sender_name || ' ' || body from inbound_message where message_id = 'wamid.HOOKTEST50'")
                        .query(String.class)
                        .single())
                .isEqualTo(userId + " Fajar Halo Dukcapil");
    }

    @Test
    void malformed_deliveries_get_a_precise_problem_and_store_nothing() throws Exception {
        String good = WhatsAppDeliveries.text("wamid.HOOKTEST60", "628160000006", "Halo");
        String valid = delivery("628160000006", "Gita", good);
        Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
        cases.put("truncated", new Object[] {valid.substring(0, valid.length() / 2), 400, "api.error.body", null});
        cases.put("trailing garbage", new Object[] {valid + "}", 400, "api.error.body", null});
        cases.put("array root", new Object[] {"[" + valid + "]", 400, "api.error.whatsapp.field", "$"});
        cases.put("entry is an object", new Object[] {
            "{\"object\":\"whatsapp_business_account\",\"entry\":{\"id\":\"1\"}}",
            400,
            "api.error.whatsapp.field",
            "entry"
        });
        cases.put("an entry is a string", new Object[] {
            "{\"object\":\"whatsapp_business_account\",\"entry\":[\"x\"]}", 400, "api.error.whatsapp.field", "entry[0]"
        });
        cases.put("sender is a number", new Object[] {
            delivery(
                    "628160000006",
                    "Gita",
                    good,
                    "{\"from\":628160000006,\"id\":\"wamid.HOOKTEST61\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}"),
            400,
            "api.error.whatsapp.field",
            "entry[0].changes[0].value.messages[1].from"
        });
        cases.put("text is null", new Object[] {
            delivery(
                    "628160000006",
                    "Gita",
                    good,
                    "{\"from\":\"628160000006\",\"id\":\"wamid.HOOKTEST62\",\"type\":\"text\",\"text\":null}"),
            400,
            "api.error.whatsapp.field",
            "entry[0].changes[0].value.messages[1].text"
        });
        cases.put("no message id", new Object[] {
            delivery(
                    "628160000006",
                    "Gita",
                    good,
                    "{\"from\":\"628160000006\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}"),
            400,
            "api.error.whatsapp.field",
            "entry[0].changes[0].value.messages[1].id"
        });
        cases.put("timestamp is not a time", new Object[] {
            valid.replaceFirst("\"timestamp\":\"[0-9]+\"", "\"timestamp\":\"kemarin\""),
            400,
            "api.error.whatsapp.field",
            "entry[0].changes[0].value.messages[0].timestamp"
        });

        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            HttpResponse<String> r = webhook.post(bytes((String) c.getValue()[0]));
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(c.getValue()[1]);
            assertThat(r.headers().firstValue("Content-Type"))
                    .as(c.getKey())
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            JsonNode problem = json.readTree(r.body());
            assertThat(problem.path("code").asText()).as(c.getKey()).isEqualTo(c.getValue()[2]);
            if (c.getValue()[3] != null) {
                assertThat(problem.path("errors").get(0).path("field").asText())
                        .as(c.getKey())
                        .isEqualTo(c.getValue()[3]);
            }
        }
        HttpResponse<String> plainText = webhook.post(bytes(valid), "text/plain");
        assertThat(plainText.statusCode()).isEqualTo(415);
        assertThat(json.readTree(plainText.body()).path("code").asText()).isEqualTo("api.error.whatsapp.contentType");
        assertThat(jdbc.sql("select count(*) from inbound_message where message_id like 'wamid.HOOKTEST6%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void notifications_of_another_shape_are_acknowledged_and_ignored() throws Exception {
        for (String other : List.of(
                "{\"object\":\"page\",\"entry\":[{\"id\":\"1\",\"messaging\":[]}]}",
                "{\"hello\":\"world\"}",
                "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"account_update\","
                        + "\"value\":{\"event\":\"VERIFIED_ACCOUNT\",\"messages\":\"not ours\"}}]}]}")) {
            assertThat(webhook.post(bytes(other)).statusCode()).as(other).isEqualTo(200);
        }
    }

    @Test
    void the_handshake_never_logs_the_untrusted_mode_raw() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(WhatsAppWebhookController.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            String mode = "subscribe\nINJECTED-LOG-LINE " + "A".repeat(2000);
            HttpResponse<String> r = webhook.get(WebhookHttp.PATH + "?hub.mode="
                    + URLEncoder.encode(mode, StandardCharsets.UTF_8) + "&hub.verify_token=wrong&hub.challenge=1");

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(appender.list).isNotEmpty();
            assertThat(appender.list)
                    .allSatisfy(e -> assertThat(e.getFormattedMessage())
                            .doesNotContain("INJECTED-LOG-LINE")
                            .doesNotContain("\n")
                            .hasSizeLessThan(200));
        } finally {
            logger.detachAppender(appender);
        }
    }
}
