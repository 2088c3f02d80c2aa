package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.api.ApiProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the intake API: the webhook's delivery counter and the body size limit ahead of security, and the WhatsApp secrets. */
@Configuration
@EnableConfigurationProperties(WhatsAppProperties.class)
class IntakeConfig {

    private static final Logger log = LoggerFactory.getLogger(IntakeConfig.class);

    IntakeConfig(WhatsAppProperties whatsApp) {
        if (whatsApp.usesDevelopmentSecrets()) {
            log.warn(
                    "WhatsApp webhook uses the development secrets: set WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN");
        }
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ApiProblemWriter problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(problems));
        registration.addUrlPatterns("/api/v1/cases", "/api/v1/cases/*", "/api/v1/whatsapp/webhook");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebhookDeliveryCounter> webhookDeliveryCounter(IntakeMetrics metrics) {
        FilterRegistrationBean<WebhookDeliveryCounter> registration =
                new FilterRegistrationBean<>(new WebhookDeliveryCounter(metrics));
        registration.addUrlPatterns(RequestSizeLimitFilter.WEBHOOK_PATH);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
