package id.ppu.dukcapil.base.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one writer of the API's refusals, used by every exception handler, controller, servlet
 * filter, security handler and Tomcat valve of the API: {@code application/problem+json} with the
 * status, its reason phrase as title, a {@code code} (the i18n key of the reason) and a
 * {@code detail} in the client's language (Bahasa Indonesia unless it prefers English, see
 * {@link ApiMessages}). Invalid fields are listed in {@code errors[]} with their own code and
 * text. No exception text, class name or input value goes into an answer.
 */
@Component
public class ApiProblemWriter {

    private final ApiMessages messages;
    private final ObjectMapper json;

    ApiProblemWriter(ApiMessages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A field of the request body that is invalid, and why (an i18n key). */
    public record FieldError(String field, String code) {}

    /** A problem whose code is {@code key} and whose detail is its text in the request's language, arguments filled in. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String key, Object... args) {
        return problemWithDetail(request, status, key, key, args);
    }

    /**
     * A problem whose code is {@code code} and whose detail is the text of {@code detailKey}: a general
     * code clients may branch on, with a precise explanation for the people reading it.
     */
    public ProblemDetail problemWithDetail(
            HttpServletRequest request, HttpStatusCode status, String code, String detailKey, Object... args) {
        ProblemDetail p =
                ProblemDetail.forStatusAndDetail(status, messages.get(detailKey, messages.localeOf(request), args));
        p.setProperty("code", code);
        return p;
    }

    /** A problem of {@code status} with code {@code key} listing every invalid field in {@code errors[]}. */
    public ProblemDetail invalidFields(
            HttpServletRequest request, HttpStatusCode status, String key, List<FieldError> fields) {
        ProblemDetail p = problem(request, status, key);
        Locale locale = messages.localeOf(request);
        p.setProperty(
                "errors",
                fields.stream()
                        .map(f ->
                                Map.of("field", f.field(), "code", f.code(), "message", messages.get(f.code(), locale)))
                        .toList());
        return p;
    }

    /** The answer of a handler method: the problem as problem+json (Spring MVC adds its {@code instance}). */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return answer(p, HttpHeaders.EMPTY);
    }

    /** The answer of a handler method with headers of its own (Allow, Accept). */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail p, HttpHeaders headers) {
        return ResponseEntity.status(p.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /** Writes the problem as the whole answer, for filters and handlers that run outside Spring MVC. */
    public void write(HttpServletResponse response, ProblemDetail p) throws IOException {
        response.setStatus(p.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), p);
    }

    /** Writes a problem of {@code status} whose code is {@code key} as the whole answer. */
    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String key, Object... args)
            throws IOException {
        write(response, problem(request, status, key, args));
    }

    /** The problem as JSON text, for Tomcat's error report, which writes through its own writer. */
    String toJson(ProblemDetail p) throws JsonProcessingException {
        return json.writeValueAsString(p);
    }
}
