package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook of the WhatsApp Business Cloud API. GET answers Meta's subscription handshake;
 * POST takes notifications, verified by their signature over the raw body before anything is
 * parsed. Text messages go to intake; status updates, media and unknown types are logged and
 * acknowledged so Meta does not redeliver them.
 */
@RestController
@RequestMapping("/api/v1/whatsapp/webhook")
@Tag(name = "WhatsApp", description = "Webhook of the WhatsApp Business Cloud API (called by Meta)")
class WhatsAppWebhookController {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);

    private final IntakeService intake;
    private final WhatsAppProperties properties;
    private final ObjectMapper json;

    WhatsAppWebhookController(IntakeService intake, WhatsAppProperties properties, ObjectMapper json) {
        this.intake = intake;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Subscription handshake", description = "Echoes hub.challenge when hub.verify_token is the configured token.")
    @ApiResponse(responseCode = "200", description = "The challenge")
    @ApiResponse(responseCode = "403", description = "Wrong mode or token")
    ResponseEntity<String> verify(@Parameter(name = "hub.mode") @RequestParam(name = "hub.mode", required = false) String mode,
            @Parameter(name = "hub.verify_token") @RequestParam(name = "hub.verify_token", required = false) String token,
            @Parameter(name = "hub.challenge") @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean tokenMatches = token != null && properties.verifyToken() != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), properties.verifyToken().getBytes(StandardCharsets.UTF_8));
        if ("subscribe".equals(mode) && tokenMatches && challenge != null && challenge.length() <= 200) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
        }
        log.warn("WhatsApp webhook handshake refused (mode {})", mode);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("forbidden");
    }

    @PostMapping
    @Operation(summary = "Notifications", description = """
            Standard notification payload (object, entry[].changes[].value.messages[] and contacts[]), signed with \
            X-Hub-Signature-256 = sha256=HMAC-SHA256(app secret, raw body). Redelivered messages (same id) change \
            nothing.""")
    @ApiResponse(responseCode = "200", description = "Accepted (also for status updates, media and unknown types)")
    @ApiResponse(responseCode = "401", description = "Missing or wrong signature; nothing stored")
    @ApiResponse(responseCode = "413", description = "Body larger than 64 KiB")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
            @RequestBody(required = false) byte[] body) {
        if (!WhatsAppSignature.matches(body, signature, properties.appSecret())) {
            log.warn("WhatsApp webhook call with a missing or wrong signature refused");
            throw new InvalidSignatureException();
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new HttpMessageNotReadableException("Not JSON", e, null);
        }
        if (root == null || !"whatsapp_business_account".equals(root.path("object").asText())) {
            log.info("WhatsApp webhook: ignored notification for object '{}'", root == null ? null : root.path("object").asText());
            return ResponseEntity.ok().build();
        }
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                for (JsonNode status : value.path("statuses")) {
                    log.debug("WhatsApp status update {} for message {}", status.path("status").asText(), status.path("id").asText());
                }
                for (JsonNode message : value.path("messages")) {
                    receive(message, value.path("contacts"));
                }
            }
        }
        return ResponseEntity.ok().build();
    }

    private void receive(JsonNode message, JsonNode contacts) {
        String type = message.path("type").asText();
        String id = message.path("id").asText();
        String from = message.path("from").asText();
        if (!"text".equals(type) || id.isEmpty() || from.isEmpty()) {
            log.info("WhatsApp message {} of type '{}' acknowledged without intake", id, type);
            return;
        }
        String name = null;
        for (JsonNode contact : contacts) {
            if (name == null || from.equals(contact.path("wa_id").asText())) {
                name = contact.path("profile").path("name").asText(null);
            }
        }
        long seconds = message.path("timestamp").asLong(0);
        Instant at = seconds > 0 ? Instant.ofEpochSecond(seconds) : Instant.now();
        intake.receiveWhatsApp(new InboundText(id, from, name, at, message.path("text").path("body").asText("")));
    }
}
