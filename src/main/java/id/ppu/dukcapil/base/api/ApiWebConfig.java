package id.ppu.dukcapil.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.Map;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Conventions of every endpoint under /api: unknown query parameters of GET endpoints are
 * refused (unless the endpoint is marked {@link AnyQueryParameters}), JSON with a field twice or
 * content after its value is unreadable, unknown paths answer 404 problem+json, and so do requests
 * Tomcat refuses before the application sees them.
 */
@Configuration
class ApiWebConfig implements WebMvcConfigurer {

    /**
     * After the endpoints' mapping (order 0), which answers 405/415/406 itself when a path exists
     * but the request does not fit it, and before Vaadin's catch-all.
     */
    private static final int FALLBACK_ORDER = 1;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiQueryParameters()).addPathPatterns("/api/**");
    }

    /**
     * JSON that is not exactly one value is refused as unreadable: an object naming a field twice
     * (Jackson cannot bind a record's field twice, which failed with a 500, and which copy counts
     * differs between parsers), and anything after the value, which Jackson ignored by default so
     * that {@code {...}{...}} or a cut-and-pasted tail was taken for a valid request.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder.featuresToEnable(
                JsonParser.Feature.STRICT_DUPLICATE_DETECTION, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Bean
    SimpleUrlHandlerMapping apiFallbackMapping(ApiProblemWriter problems) {
        ApiFallbackController fallback = new ApiFallbackController(problems);
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api", fallback, "/api/**", fallback));
        mapping.setOrder(FALLBACK_ORDER);
        return mapping;
    }

    /**
     * Replaces the error report valve Spring Boot puts on Tomcat's host (its customizer has order
     * 0; this one runs after it) with one answering /api paths in problem+json, followed by a
     * valve refusing broken percent-encodings Tomcat lets through in path parameters.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReport(ApiProblemWriter problems) {
        return factory -> factory.addContextCustomizers(context -> {
            Pipeline host = context.getParent().getPipeline();
            for (Valve v : host.getValves()) {
                if (v instanceof ErrorReportValve) {
                    host.removeValve(v);
                }
            }
            host.addValve(new ApiErrorReportValve(problems));
            host.addValve(new BrokenEscapeValve());
            // Otherwise the host adds Tomcat's default report (with server details) when it starts.
            // Tomcat instantiates the named class only if no valve of that class is on the host yet,
            // which is never the case here: the class has no public no-argument constructor.
            if (context.getParent() instanceof StandardHost h) {
                h.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }
}
