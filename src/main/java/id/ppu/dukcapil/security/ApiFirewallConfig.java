package id.ppu.dukcapil.security;

import id.ppu.dukcapil.base.api.ApiPaths;
import id.ppu.dukcapil.base.api.ApiProblemWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What the request firewall (ahead of every security chain) answers to a request it refuses: a
 * 400 problem+json for the API, so that scripts get the same kind of answer as for any other
 * malformed request; a bare 400 for the rest of the application. The bare one sets the status
 * rather than sending an error: an error dispatch went to the error page through the security
 * chain, which answered a redirect to the login page instead of the 400.
 */
@Configuration
class ApiFirewallConfig {

    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiProblemWriter writer) {
        ApiProblemResponses problems = new ApiProblemResponses(writer);
        return (request, response, e) -> {
            if (ApiPaths.isApi(request.getRequestURI(), request.getContextPath())) {
                problems.handle(request, response, e);
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }
}
