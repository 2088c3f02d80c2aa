package id.ppu.dukcapil.intake;

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

    boolean usesDevelopmentSecrets() {
        return appSecret == null || appSecret.startsWith(DEV_PREFIX) || verifyToken == null || verifyToken.startsWith(DEV_PREFIX);
    }
}
