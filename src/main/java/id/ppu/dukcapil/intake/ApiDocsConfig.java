package id.ppu.dukcapil.intake;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration
class ApiDocsConfig {

    static final String BEARER = "apiKey";

    @Bean
    OpenAPI dukcapilOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Disdukcapil PPU intake API").version("v1").description("""
                        One door for the channels of the civil registry of Kabupaten Penajam Paser Utara: the web \
                        portal and the GOPPU app submit requests, scripts import CSV batches, the WhatsApp Business \
                        Cloud API delivers messages. Authenticate with `Authorization: Bearer <API key>`; keys are \
                        created by an administrator (Admin → Kunci API). Errors are application/problem+json."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API key, e.g. ppu_...")));
    }
}
