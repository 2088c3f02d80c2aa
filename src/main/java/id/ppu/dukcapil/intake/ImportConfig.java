package id.ppu.dukcapil.intake;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upload limit of the CSV import ({@code app.import.max-mb}, env {@code IMPORT_MAX_MB}) as
 * the servlet container's multipart limit: a bigger file is refused (413 from the API) while it
 * streams in, never read whole, and every accepted part is spooled to disk, not memory. It
 * replaces Spring Boot's {@code spring.servlet.multipart.*} settings.
 */
@Configuration
class ImportConfig {

    /** Room for the multipart envelope (boundaries, part headers, the channel field) around the file. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${app.import.max-mb:20}") int maxMegabytes) {
        long maxFile = maxMegabytes * 1024L * 1024L;
        // Threshold 0: every part goes to a temporary file, whatever its size.
        return new MultipartConfigElement("", maxFile, maxFile + ENVELOPE_BYTES, 0);
    }
}
