package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.UnsafeConfigurationException;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Fails closed: outside the demo (no {@code demo} profile, {@code DEMO_DATA} not true) the
 * application refuses to start while a WhatsApp webhook secret is unset, blank or the development
 * default, which is public in the repository and would let anyone forge deliveries. It runs on the
 * environment, before the database bootstrap, so a refused start touches no database and opens no
 * port. With the demo the defaults stay allowed (and {@link IntakeConfig} warns about them).
 */
class WhatsAppSecretsCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.acceptsProfiles(Profiles.of("demo"))
                || env.getProperty("app.demo-data.enabled", Boolean.class, false)) {
            return;
        }
        List<String> unsafe = new WhatsAppProperties(
                        env.getProperty("app.whatsapp.app-secret"), env.getProperty("app.whatsapp.verify-token"))
                .unsafeVariables();
        if (unsafe.isEmpty()) {
            return;
        }
        boolean one = unsafe.size() == 1;
        throw new UnsafeConfigurationException(
                String.join(" and ", unsafe) + (one ? " is" : " are")
                        + " not set (or still the development default" + (one ? "" : "s")
                        + "), so anyone could forge WhatsApp"
                        + " deliveries: the application does not start without the demo until both are the deployment's own.",
                "Set " + WhatsAppProperties.APP_SECRET_VARIABLE + " to the Meta app's secret and "
                        + WhatsAppProperties.VERIFY_TOKEN_VARIABLE
                        + " to the webhook's verify token (neither starting with \""
                        + WhatsAppProperties.DEV_PREFIX + "\"), or start a demonstration with the demo profile"
                        + " (--spring.profiles.active=demo).");
    }

    /** Before {@code DatabaseBootstrap} (lowest precedence), after the configuration files are loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
