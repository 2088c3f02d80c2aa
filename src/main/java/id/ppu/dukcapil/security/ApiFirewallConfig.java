package id.ppu.dukcapil.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What the request firewall (ahead of every security chain) answers to a request it refuses: a
 * 400 problem+json for the API, so that scripts get the same kind of answer as for any other
 * malformed request; a plain 400 for the rest of the application, as before.
 */
@Configuration
class ApiFirewallConfig {

    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiMessages messages, ObjectMapper json) {
        ApiProblemResponses api = new ApiProblemResponses(messages, json);
        RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();
        return (request, response, e) -> {
            String uri = request.getRequestURI();
            if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
                api.handle(request, response, e);
            } else {
                others.handle(request, response, e);
            }
        };
    }
}
