package id.ppu.dukcapil.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one OpenAPI description of every endpoint under /api, whichever feature serves it, served
 * at /v3/api-docs (Swagger UI at /swagger-ui.html). Controllers name {@link #BEARER} in their
 * {@code @SecurityRequirement} and carry a {@code @Tag} of their own.
 */
@Configuration
public class ApiDocsConfig {

    /** The security scheme of the API keys. */
    public static final String BEARER = "apiKey";

    static final String TITLE = "Disdukcapil PPU API";

    @Bean
    OpenAPI dukcapilOpenApi() {
        return new OpenAPI()
                .info(new Info().title(TITLE).version("v1").description("""
                        The API of the civil registry of Kabupaten Penajam Paser Utara. The channels' door: the web \
                        portal and the GOPPU app submit requests and follow their status, scripts import CSV batches, \
                        the WhatsApp Business Cloud API delivers messages. Open figures for other tools: the channel \
                        uptake statistics (JSON or CSV) and the outreach ranking, aggregates only, never personal \
                        data. Authenticate with `Authorization: Bearer <API key>`; keys are created by an \
                        administrator (Admin → Kunci API) with the scopes submit (bound to one channel), import or \
                        read. Errors are application/problem+json with a `code`, in Bahasa Indonesia unless \
                        `Accept-Language` prefers English."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key, e.g. ppu_...")));
    }
}
