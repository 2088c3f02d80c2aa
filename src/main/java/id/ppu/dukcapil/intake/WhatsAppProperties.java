package id.ppu.dukcapil.intake;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Secrets of the WhatsApp Business Cloud API webhook, from configuration
 * ({@code WHATSAPP_APP_SECRET}, {@code WHATSAPP_VERIFY_TOKEN}), never from code.
 *
 * @param appSecret   the Meta app secret that signs every delivery (X-Hub-Signature-256)
 * @param verifyToken the token Meta presents when the webhook is registered
 */
@ConfigurationProperties("app.whatsapp")
record WhatsAppProperties(String appSecret, String verifyToken) {

    /** The development defaults in application.properties start with this; a deployment must override them. */
    static final String DEV_PREFIX = "dev-";

    static final String APP_SECRET_VARIABLE = "WHATSAPP_APP_SECRET";
    static final String VERIFY_TOKEN_VARIABLE = "WHATSAPP_VERIFY_TOKEN";

    boolean usesDevelopmentSecrets() {
        return !unsafeVariables().isEmpty();
    }

    /** The environment variables of the secrets that are unset, blank or a development default; empty if both are the deployment's own. */
    List<String> unsafeVariables() {
        List<String> unsafe = new ArrayList<>();
        if (unsafe(appSecret)) {
            unsafe.add(APP_SECRET_VARIABLE);
        }
        if (unsafe(verifyToken)) {
            unsafe.add(VERIFY_TOKEN_VARIABLE);
        }
        return unsafe;
    }

    private static boolean unsafe(String value) {
        return value == null || value.isBlank() || value.strip().startsWith(DEV_PREFIX);
    }
}
