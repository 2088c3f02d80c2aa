package id.ppu.dukcapil.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.support.ApiHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The served OpenAPI document describes the whole API under one title: every path and method of
 * every {@code @RestController} of the application, each operation tagged, and each but the
 * WhatsApp webhook (signed by Meta) marked as needing an API key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDescriptionIT {

    private static final String APPLICATION = "id.ppu.dukcapil.";
    private static final String WEBHOOK = "/api/v1/whatsapp/webhook";
    private static final String TITLE = "Disdukcapil PPU API";
    /** The security scheme of the API keys. */
    private static final String API_KEY = "apiKey";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void every_endpoint_of_every_rest_controller_is_described_under_one_title() throws Exception {
        JsonNode doc = fetch("/v3/api-docs");

        Set<String> described = new TreeSet<>();
        doc.path("paths")
                .properties()
                .forEach(p -> p.getValue()
                        .fieldNames()
                        .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        List<String> endpoints = endpoints();
        assertThat(endpoints)
                .as("endpoints found")
                .contains(
                        "POST /api/v1/cases",
                        "GET /api/v1/stats/uptake",
                        "GET /api/v1/outreach/priorities",
                        "POST /api/v1/imports",
                        "POST " + WEBHOOK);
        assertThat(described).containsAll(endpoints);
        assertThat(doc.path("info").path("title").asText()).isEqualTo(TITLE);
    }

    @Test
    void every_operation_has_a_tag_and_all_but_the_webhook_name_the_api_key() throws Exception {
        JsonNode doc = fetch("/v3/api-docs");

        List<String> untagged = new ArrayList<>();
        List<String> withoutKey = new ArrayList<>();
        doc.path("paths")
                .properties()
                .forEach(p -> p.getValue().properties().forEach(op -> {
                    String name = op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey();
                    if (op.getValue().path("tags").isEmpty()) {
                        untagged.add(name);
                    }
                    boolean key =
                            op.getValue().path("security").findValues(API_KEY).size() == 1;
                    if (!key && !p.getKey().equals(WEBHOOK)) {
                        withoutKey.add(name);
                    }
                }));
        assertThat(untagged).as("operations without a tag").isEmpty();
        assertThat(withoutKey).as("operations without the API key").isEmpty();
    }

    @Test
    void the_statistics_are_described_as_json_and_csv() throws Exception {
        JsonNode uptake =
                fetch("/v3/api-docs").path("paths").path("/api/v1/stats/uptake").path("get");

        assertThat(uptake.path("responses").path("200").path("content").has("application/json"))
                .as(uptake.toString())
                .isTrue();
        assertThat(uptake.path("responses").path("200").path("content").has("text/csv"))
                .as(uptake.toString())
                .isTrue();
        assertThat(uptake.path("parameters").findValuesAsText("name"))
                .containsExactlyInAnyOrder("from", "to", "groupBy", "district", "service");
    }

    @Test
    void the_description_is_one_document_not_groups_of_their_own() throws Exception {
        JsonNode config = fetch("/v3/api-docs/swagger-config");

        assertThat(config.has("urls")).as(config.toString()).isFalse();
        assertThat(config.path("url").asText()).isEqualTo("/v3/api-docs");
    }

    /** "METHOD /path" for every mapping of every REST controller of the application. */
    private List<String> endpoints() {
        Set<Class<?>> controllers = new HashSet<>();
        for (Object bean : context.getBeansWithAnnotation(RestController.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (type.getName().startsWith(APPLICATION)) {
                controllers.add(type);
            }
        }
        List<String> endpoints = new ArrayList<>();
        Set<Class<?>> mapped = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Class<?> type = e.getValue().getBeanType();
            if (!type.getName().startsWith(APPLICATION)
                    || !AnnotatedElementUtils.hasAnnotation(type, RestController.class)) {
                continue;
            }
            mapped.add(type);
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            assertThat(methods).as("HTTP methods of %s", e.getValue()).isNotEmpty();
            for (String path : e.getKey().getPatternValues()) {
                methods.forEach(m -> endpoints.add(m.name() + " " + path));
            }
        }
        assertThat(mapped).as("controllers with mappings").containsExactlyInAnyOrderElementsOf(controllers);
        return endpoints.stream().distinct().sorted().toList();
    }

    private JsonNode fetch(String path) throws Exception {
        HttpResponse<String> r = new ApiHttp(port).get(path, null, "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }
}
