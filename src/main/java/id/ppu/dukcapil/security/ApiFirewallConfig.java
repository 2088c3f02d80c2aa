package id.ppu.dukcapil.security;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    RequestRejectedHandler requestRejectedHandler(ApiMessages messages, ObjectMapper json) {
        ApiProblemResponses problems = new ApiProblemResponses(messages, json);
        return (request, response, e) -> {
            String uri = request.getRequestURI();
            String prefix = request.getContextPath() + "/api";
            // "/api", "/api/..." and "/api;..." (a path parameter on the first segment), as sent.
            if (uri != null && uri.startsWith(prefix) && (uri.length() == prefix.length()
                    || uri.charAt(prefix.length()) == '/' || uri.charAt(prefix.length()) == ';')) {
                problems.handle(request, response, e);
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }
}
