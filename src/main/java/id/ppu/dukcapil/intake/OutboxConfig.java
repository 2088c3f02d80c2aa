package id.ppu.dukcapil.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the WhatsApp outbox: its settings and the scheduled worker. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(WhatsAppSending.class)
class OutboxConfig {

    private static final Logger log = LoggerFactory.getLogger(OutboxConfig.class);

    OutboxConfig(WhatsAppSending sending) {
        sending.offReason()
                .ifPresentOrElse(
                        reason -> log.info(
                                "WhatsApp sending is off ({}): outbound messages wait in the outbox. Set {}, {} and {}"
                                        + " (https) to send them.",
                                reason,
                                WhatsAppSending.TOKEN_VARIABLE,
                                WhatsAppSending.PHONE_NUMBER_ID_VARIABLE,
                                WhatsAppSending.API_URL_VARIABLE),
                        () -> log.info("WhatsApp sending is on through {}", sending.apiUrl()));
    }
}
