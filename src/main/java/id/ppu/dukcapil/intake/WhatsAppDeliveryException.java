package id.ppu.dukcapil.intake;

import org.springframework.http.HttpStatus;

/**
 * A correctly signed webhook delivery that is not what the Cloud API sends: not JSON, not sent as
 * JSON, or a field of Meta's notification shape with the wrong JSON type. Answered with a 4xx
 * problem naming what is wrong; nothing of the delivery is stored.
 */
class WhatsAppDeliveryException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;
    private final String fieldCode;

    private WhatsAppDeliveryException(HttpStatus status, String code, String field, String fieldCode) {
        super(code + (field == null ? "" : " at " + field));
        this.status = status;
        this.code = code;
        this.field = field;
        this.fieldCode = fieldCode;
    }

    static WhatsAppDeliveryException notJson() {
        return new WhatsAppDeliveryException(HttpStatus.BAD_REQUEST, "api.error.body", null, null);
    }

    static WhatsAppDeliveryException contentType() {
        return new WhatsAppDeliveryException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.whatsapp.contentType", null, null);
    }

    /** {@code field} (a JSON path of Meta's shape, never a value) is wrong; {@code fieldCode} says how. */
    static WhatsAppDeliveryException field(String field, String fieldCode) {
        return new WhatsAppDeliveryException(HttpStatus.BAD_REQUEST, "api.error.whatsapp.field", field, fieldCode);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The JSON path of the wrong field, or null when the delivery as a whole is wrong. */
    String field() {
        return field;
    }

    String fieldCode() {
        return fieldCode;
    }
}
