package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.security.ApiMessages;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Paths under /api that no endpoint serves are 404 problem+json. Without this, Vaadin's catch-all
 * would answer a script with the application's HTML page. Every real endpoint's mapping is more
 * specific and wins.
 */
@RestController
@Hidden
class ApiFallbackController {

    private final ApiMessages messages;

    ApiFallbackController(ApiMessages messages) {
        this.messages = messages;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.get("api.error.notFound", messages.localeOf(request)));
        p.setProperty("code", "api.error.notFound");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
