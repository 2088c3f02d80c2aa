package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.ppu.dukcapil.base.api.AnyQueryParameters;
import id.ppu.dukcapil.base.api.ApiProblemWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook of the WhatsApp Business Cloud API. GET answers Meta's subscription handshake;
 * POST takes notifications, verified by their signature over the raw body before anything is
 * parsed. Every message type goes to intake (texts, media with their captions and media ids,
 * locations, contacts, replies, reactions, unsupported and unknown types): none is dropped. The
 * delivery statuses of our own messages (sent, delivered, read, failed with its error code) move
 * the outbound messages forward.
 *
 * <p>Answers to a correctly signed POST, chosen so that Meta redelivers only what a retry can fix
 * (Meta retries every answer but 200 for days):
 * <ul>
 * <li>200: every notification in the Cloud API shape, once its messages are stored; also a JSON
 * object of an unknown shape (another object than {@code whatsapp_business_account}, another
 * webhook field than {@code messages}), which is acknowledged and ignored, and a
 * message that cannot become a case (a sender id that is no phone number, a race with a clerk),
 * which is stored and waits in triage with its problem noted.</li>
 * <li>400 {@code api.error.body}: an empty body, or not JSON (broken, truncated, trailing data,
 * duplicate keys, invalid UTF-8).</li>
 * <li>400 {@code api.error.whatsapp.field}: JSON whose root is not an object, or a field of
 * Meta's shape with the wrong JSON type (see {@link WhatsAppDeliveryReader}), naming the field's
 * path; nothing of the delivery is stored, not even its valid messages.</li>
 * <li>401: a missing or wrong signature; 413: a body over 3 MiB (Meta's deliveries reach 3 MB);
 * 415 {@code api.error.whatsapp.contentType}: a body not sent as JSON.</li>
 * </ul>
 * Never a 5xx for what the delivery contains; a 5xx means the database failed, and then Meta's
 * redelivery is what we want. Values from the request are logged only through
 * {@link WhatsAppLogValues}. Meta's handshake may add query parameters of its own, so the API's
 * refusal of undeclared ones leaves this endpoint out ({@link AnyQueryParameters}).
 */
@RestController
@RequestMapping("/api/v1/whatsapp/webhook")
@AnyQueryParameters
@Tag(name = "WhatsApp", description = "Webhook of the WhatsApp Business Cloud API (called by Meta)")
class WhatsAppWebhookController {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);

    private final IntakeService intake;
    private final OutboundMessages outbox;
    private final WhatsAppProperties properties;
    private final ObjectReader json;
    private final ApiProblemWriter problems;
    private final Clock clock;

    WhatsAppWebhookController(
            IntakeService intake,
            OutboundMessages outbox,
            WhatsAppProperties properties,
            ObjectMapper json,
            ApiProblemWriter problems,
            Clock clock) {
        this.intake = intake;
        this.outbox = outbox;
        this.properties = properties;
        // Stricter than the API's mapper: a delivery with trailing data or a key twice is not what Meta signed up to
        // send.
        this.json = json.readerFor(JsonNode.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(
            summary = "Subscription handshake",
            description = "Echoes hub.challenge when hub.verify_token is the configured token.")
    @ApiResponse(responseCode = "200", description = "The challenge")
    @ApiResponse(responseCode = "403", description = "Wrong mode or token")
    ResponseEntity<String> verify(
            @Parameter(name = "hub.mode") @RequestParam(name = "hub.mode", required = false) String mode,
            @Parameter(name = "hub.verify_token") @RequestParam(name = "hub.verify_token", required = false)
                    String token,
            @Parameter(name = "hub.challenge") @RequestParam(name = "hub.challenge", required = false)
                    String challenge) {
        boolean tokenMatches = token != null
                && properties.verifyToken() != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        properties.verifyToken().getBytes(StandardCharsets.UTF_8));
        if ("subscribe".equals(mode) && tokenMatches && challenge != null && challenge.length() <= 200) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
        }
        log.warn(
                "WhatsApp webhook handshake refused (mode {}, token {})",
                WhatsAppLogValues.oneOf(mode, "subscribe"),
                tokenMatches ? "right" : "missing or wrong");
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_PLAIN)
                .body("forbidden");
    }

    @PostMapping
    @Operation(summary = "Notifications", description = """
            Standard notification payload (object, entry[].changes[].value.messages[] and contacts[]), signed with \
            X-Hub-Signature-256 = sha256=HMAC-SHA256(app secret, raw body), sent as application/json. Every message type \
            is stored and reaches the triage queue. Redelivered messages (same id) change nothing.""")
    @ApiResponse(
            responseCode = "200",
            description = "Stored, statuses recorded (notifications of another shape are ignored)")
    @ApiResponse(
            responseCode = "400",
            description = "Not JSON, or a field of the notification shape with the wrong type; nothing stored")
    @ApiResponse(responseCode = "401", description = "Missing or wrong signature; nothing stored")
    @ApiResponse(responseCode = "413", description = "Body larger than 3 MiB")
    @ApiResponse(responseCode = "415", description = "Body not sent as application/json")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    ResponseEntity<Void> receive(
            @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            HttpServletRequest request)
            throws IOException {
        // The raw bytes, as signed: Spring would rebuild a form post's body from its parameters, and the signature
        // would fail.
        // RequestSizeLimitFilter holds them in memory, at most 3 MiB.
        byte[] body = request.getInputStream().readAllBytes();
        if (!WhatsAppSignature.matches(body, signature, properties.appSecret())) {
            log.warn("WhatsApp webhook call with a missing or wrong signature refused");
            throw new InvalidSignatureException();
        }
        if (!isJson(contentType)) {
            throw WhatsAppDeliveryException.contentType();
        }
        JsonNode root;
        try {
            root = body.length == 0 ? null : json.readValue(body);
        } catch (IOException e) {
            throw WhatsAppDeliveryException.notJson();
        }
        if (root == null || root.isMissingNode()) {
            throw WhatsAppDeliveryException.notJson();
        }
        WhatsAppDeliveryReader.Delivery delivery = WhatsAppDeliveryReader.read(root, clock.instant());
        if (!delivery.forWhatsApp()) {
            log.info("WhatsApp webhook: notification for another object acknowledged and ignored");
            return ResponseEntity.ok().build();
        }
        for (InboundText message : delivery.messages()) {
            intake.receiveWhatsApp(message);
        }
        if (!delivery.statuses().isEmpty()) {
            outbox.recordDeliveryStatuses(delivery.statuses());
        }
        return ResponseEntity.ok().build();
    }

    /** A correctly signed delivery that is not what the Cloud API sends: a precise 4xx, nothing stored. */
    @ExceptionHandler(WhatsAppDeliveryException.class)
    ResponseEntity<ProblemDetail> malformed(WhatsAppDeliveryException e, HttpServletRequest request) {
        ProblemDetail p = e.field() == null
                ? problems.problem(request, e.status(), e.code())
                : problems.invalidFields(
                        request,
                        e.status(),
                        e.code(),
                        List.of(new ApiProblemWriter.FieldError(e.field(), e.fieldCode())));
        log.info("WhatsApp webhook delivery refused: {} {}", e.code(), e.field() == null ? "" : e.field());
        return ApiProblemWriter.answer(p);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.includes(type)
                    || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
