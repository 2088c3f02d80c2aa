package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.ppu.dukcapil.security.ApiMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestHandler;

/**
 * Paths under /api that no endpoint serves are 404 problem+json. Without this, Vaadin's catch-all
 * would answer a script with the application's HTML page. It is a handler of its own, asked only
 * after the endpoints' mapping found no path at all (see {@link ApiWebConfig}): a path an endpoint
 * serves with another method, content type or representation keeps its precise 405, 415 or 406.
 */
class ApiFallbackController implements HttpRequestHandler {

    private final ApiMessages messages;
    private final ObjectMapper json;

    ApiFallbackController(ApiMessages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.get("api.error.notFound", messages.localeOf(request)));
        p.setProperty("code", "api.error.notFound");
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), p);
    }
}
