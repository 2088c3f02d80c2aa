package id.ppu.dukcapil.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;

/**
 * Paths under /api that no endpoint serves are 404 problem+json. Without this, Vaadin's catch-all
 * would answer a script with the application's HTML page. It is a handler of its own, asked only
 * after the endpoints' mapping found no path at all (see {@link ApiWebConfig}): a path an endpoint
 * serves with another method, content type or representation keeps its precise 405, 415 or 406.
 */
class ApiFallbackController implements HttpRequestHandler {

    private final ApiProblemWriter problems;

    ApiFallbackController(ApiProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.NOT_FOUND, "api.error.notFound");
    }
}
