package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import id.ppu.dukcapil.base.api.ApiParameterException;
import id.ppu.dukcapil.cases.CaseNotFoundException;
import id.ppu.dukcapil.cases.CaseValidationException;
import id.ppu.dukcapil.security.ApiMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Failures of the API as {@code application/problem+json} in the client's language (Bahasa
 * Indonesia unless it asks for English), each with a {@code code} and the names of what is wrong:
 * {@code errors[].field} for body fields, {@code parameter} for query and path parameters. No
 * exception text, class name or input value reaches the client.
 * <p>
 * It applies to every controller, not only this package's: requests refused before any endpoint
 * is chosen (a method, content type or Accept header no endpoint serves, a multipart body that
 * cannot be parsed) have no controller, and a restricted advice would never see them.
 */
@RestControllerAdvice
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

    /**
     * A body that is no JSON, or JSON of the wrong shape. When Jackson knows where it stopped (a
     * field of the wrong type, an array in place of text), that field is named.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = messages.localeOf(request);
        String field = e.getCause() instanceof JsonMappingException m && !(m.getCause() instanceof JsonProcessingException)
                ? fieldOf(m) : null;
        if (field == null) {
            return response(problem(HttpStatus.BAD_REQUEST, "api.error.body", locale));
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "api.error.invalid", locale);
        p.setProperty("errors", List.of(Map.of("field", field, "code", "api.error.type",
                "message", messages.get("api.error.type", locale))));
        return response(p);
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

    /** A multipart body the server cannot parse: no boundary, a wrong one, or cut short. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(MultipartException e, HttpServletRequest request) {
        return response(problem(HttpStatus.BAD_REQUEST, "api.error.multipart", messages.localeOf(request)));
    }

    @ExceptionHandler(ApiParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(ApiParameterException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e.messageKey(), messages.localeOf(request), e.parameter());
        p.setProperty("parameter", e.parameter());
        if (!e.allowed().isEmpty()) {
            p.setProperty("allowed", e.allowed());
        }
        return response(p);
    }

    /** The request firewall's refusal of a parameter name or value, read only once an endpoint asks for it. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
        return response(problem(HttpStatus.BAD_REQUEST, "api.error.rejected", messages.localeOf(request)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameterValue(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badParameter(new ApiParameterException(e.getName(), "api.error.parameter.value"), request);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> badValue(TypeMismatchException e, HttpServletRequest request) {
        return badParameter(new ApiParameterException(Objects.requireNonNullElse(e.getPropertyName(), "?"),
                "api.error.parameter.value"), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badParameter(new ApiParameterException(e.getParameterName(), "api.error.parameter.missing"), request);
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> unbindable(ServletRequestBindingException e, HttpServletRequest request) {
        return response(problem(HttpStatus.BAD_REQUEST, "api.error.request", messages.localeOf(request)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.METHOD_NOT_ALLOWED, "api.error.method", messages.localeOf(request));
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return response(p, headers);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        ProblemDetail p = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.contentType", messages.localeOf(request),
                supported);
        HttpHeaders headers = new HttpHeaders();
        if (!e.getSupportedMediaTypes().isEmpty()) {
            headers.setAccept(e.getSupportedMediaTypes());
        }
        return response(p, headers);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return response(problem(HttpStatus.NOT_ACCEPTABLE, "api.error.notAcceptable", messages.localeOf(request), supported));
    }

    /** Anything else is our fault: logged, and answered without internals. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> failure(DataAccessException e, HttpServletRequest request) {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return response(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", messages.localeOf(request)));
    }

    /**
     * Whatever else fails in an API request is answered as a problem too, without internals:
     * with the status Spring gives it when it has one, else 500 (logged). Security's own
     * exceptions go on to the security chain; requests outside the API keep Spring's handling.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            throw e;
        }
        Locale locale = messages.localeOf(request);
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(known.getStatusCode(), messages.get("api.error.request", locale));
            p.setProperty("code", "api.error.request");
            return response(p, known.getHeaders());
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return response(problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", locale));
    }

    /** The top-level field a mapping error is about, e.g. {@code nik} for {@code {"nik": ["x"]}}. */
    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... args) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.get(key, locale, args));
        p.setProperty("code", key);
        return p;
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail p) {
        return response(p, new HttpHeaders());
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail p, HttpHeaders headers) {
        return ResponseEntity.status(p.getStatus()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
