package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.cases.CaseNotFoundException;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.security.ApiMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Failures of the intake API as {@code application/problem+json} in the client's language
 * (Bahasa Indonesia unless it asks for English). Invalid requests list every invalid field.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiMessages messages;

    ApiExceptionHandler(ApiMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseValidationException.class)
    ResponseEntity<ProblemDetail> invalid(CaseValidationException e, HttpServletRequest request) {
        Locale locale = messages.localeOf(request);
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "api.error.invalid", locale);
        p.setProperty("errors", e.problems().stream().map(f -> Map.of("field", f.field(), "code", f.messageKey(),
                "message", messages.get(f.messageKey(), locale))).toList());
        return response(p);
    }

    @ExceptionHandler(ChannelMismatchException.class)
    ResponseEntity<ProblemDetail> wrongChannel(ChannelMismatchException e, HttpServletRequest request) {
        return response(problem(HttpStatus.FORBIDDEN, e.messageKey(), messages.localeOf(request), e.args()));
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(CaseNotFoundException e, HttpServletRequest request) {
        return response(problem(HttpStatus.NOT_FOUND, e.messageKey(), messages.localeOf(request), e.args()));
    }

    @ExceptionHandler(InvalidSignatureException.class)
    ResponseEntity<ProblemDetail> badSignature(InvalidSignatureException e, HttpServletRequest request) {
        return response(problem(HttpStatus.UNAUTHORIZED, "api.error.signature", messages.localeOf(request)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return response(problem(HttpStatus.BAD_REQUEST, "api.error.body", messages.localeOf(request)));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e, HttpServletRequest request) {
        return response(problem(HttpStatus.BAD_REQUEST, e.messageKey(), messages.localeOf(request), e.args()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> noFile(MissingServletRequestPartException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "api.error.invalid", messages.localeOf(request));
        p.setProperty("errors", List.of(Map.of("field", e.getRequestPartName(), "code", "validation.required",
                "message", messages.get("validation.required", messages.localeOf(request)))));
        return response(p);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return response(problem(HttpStatus.PAYLOAD_TOO_LARGE, "api.error.fileTooLarge", messages.localeOf(request)));
    }

    /** Anything else is our fault: logged, and answered without internals. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> failure(DataAccessException e, HttpServletRequest request) {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return response(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", messages.localeOf(request)));
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... args) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.get(key, locale, args));
        p.setProperty("code", key);
        return p;
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
