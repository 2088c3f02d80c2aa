package id.ppu.dukcapil.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Wiring of the media fetcher: its settings (scheduling is enabled by {@link OutboxConfig}). */
@Configuration
@EnableConfigurationProperties(MediaSettings.class)
class MediaConfig {

    private static final Logger log = LoggerFactory.getLogger(MediaConfig.class);

    MediaConfig(WhatsAppSending sending, MediaSettings media) {
        MediaSettings.offReason(sending)
                .ifPresentOrElse(
                        reason -> log.info(
                                "WhatsApp media fetching is off ({}): residents' media wait unfetched. Set {} and {}"
                                        + " (https) to fetch them.",
                                reason,
                                WhatsAppSending.TOKEN_VARIABLE,
                                WhatsAppSending.API_URL_VARIABLE),
                        () -> log.info("WhatsApp media fetching is on, media up to {} stored", media.maxSize()));
    }
}
