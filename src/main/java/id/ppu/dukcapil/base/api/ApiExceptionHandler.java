package id.ppu.dukcapil.base.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
 * It answers what any endpoint may meet (bodies, parameters, methods, content types, uploads, a
 * failing database) and knows no feature: a feature answers its own exceptions in an advice of
 * its own, ordered {@link #FEATURE_ORDER} so that it is asked first. It applies to every
 * controller: requests refused before any endpoint is chosen (a method, content type or Accept
 * header no endpoint serves, a multipart body that cannot be parsed) have no controller, and a
 * restricted advice would never see them.
 */
@RestControllerAdvice
@Order(ApiExceptionHandler.ORDER)
public class ApiExceptionHandler {

    /**
     * The order of a feature's advice for its own exceptions: ahead of this one, which answers
     * anything else as a last resort, and both ahead of Spring Boot's problem details (order 0).
     */
    public static final int FEATURE_ORDER = Ordered.HIGHEST_PRECEDENCE;

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblemWriter problems;

    ApiExceptionHandler(ApiProblemWriter problems) {
        this.problems = problems;
    }

    /**
     * A body that is no JSON, or JSON of the wrong shape. When Jackson knows where it stopped (a
     * field of the wrong type, an array in place of text), that field is named.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field =
                e.getCause() instanceof JsonMappingException m && !(m.getCause() instanceof JsonProcessingException)
                        ? fieldOf(m)
                        : null;
        if (field == null) {
            return answer(request, HttpStatus.BAD_REQUEST, "api.error.body");
        }
        return ApiProblemWriter.answer(problems.invalidFields(
                request,
                HttpStatus.BAD_REQUEST,
                "api.error.invalid",
                List.of(new ApiProblemWriter.FieldError(field, "api.error.type"))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> noFile(MissingServletRequestPartException e, HttpServletRequest request) {
        return ApiProblemWriter.answer(problems.invalidFields(
                request,
                HttpStatus.BAD_REQUEST,
                "api.error.invalid",
                List.of(new ApiProblemWriter.FieldError(e.getRequestPartName(), "validation.required"))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "api.error.fileTooLarge");
    }

    /** A multipart body the server cannot parse: no boundary, a wrong one, or cut short. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(MultipartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "api.error.multipart");
    }

    @ExceptionHandler(ApiParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(ApiParameterException e, HttpServletRequest request) {
        ProblemDetail p = problems.problemWithDetail(
                request, HttpStatus.BAD_REQUEST, e.messageKey(), e.detailKey(), e.parameter());
        p.setProperty("parameter", e.parameter());
        if (!e.allowed().isEmpty()) {
            p.setProperty("allowed", e.allowed());
        }
        return ApiProblemWriter.answer(p);
    }

    /** The request firewall's refusal of a parameter name or value, read only once an endpoint asks for it. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "api.error.rejected");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameterValue(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badParameter(new ApiParameterException(e.getName(), ApiParameterException.INVALID_VALUE), request);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> badValue(TypeMismatchException e, HttpServletRequest request) {
        return badParameter(
                new ApiParameterException(
                        Objects.requireNonNullElse(e.getPropertyName(), "?"), ApiParameterException.INVALID_VALUE),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(
            MissingServletRequestParameterException e, HttpServletRequest request) {
        return badParameter(new ApiParameterException(e.getParameterName(), "api.error.parameter.missing"), request);
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ProblemDetail> unbindable(ServletRequestBindingException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "api.error.request");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ApiProblemWriter.answer(
                problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "api.error.method"), headers);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (!e.getSupportedMediaTypes().isEmpty()) {
            headers.setAccept(e.getSupportedMediaTypes());
        }
        return ApiProblemWriter.answer(
                problems.problem(
                        request,
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "api.error.contentType",
                        names(e.getSupportedMediaTypes())),
                headers);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_ACCEPTABLE, "api.error.notAcceptable", names(e.getSupportedMediaTypes()));
    }

    /** Anything else is our fault: logged, and answered without internals. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> failure(DataAccessException e, HttpServletRequest request) {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    /**
     * Whatever else fails in an API request is answered as a problem too, without internals:
     * with the status Spring gives it when it has one, else 500 (logged). Security's own
     * exceptions go on to the security chain; requests outside the API keep Spring's handling.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return ApiProblemWriter.answer(
                    problems.problem(request, known.getStatusCode(), "api.error.request"), known.getHeaders());
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    /** The top-level field a mapping error is about, e.g. {@code nik} for {@code {"nik": ["x"]}}. */
    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static String names(List<MediaType> types) {
        return types.stream().map(MediaType::toString).collect(Collectors.joining(", "));
    }

    private ResponseEntity<ProblemDetail> answer(
            HttpServletRequest request, HttpStatus status, String key, Object... args) {
        return ApiProblemWriter.answer(problems.problem(request, status, key, args));
    }
}
