package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.api.ApiExceptionHandler;
import id.ppu.dukcapil.base.api.ApiProblemWriter;
import id.ppu.dukcapil.cases.CaseNotFoundException;
import id.ppu.dukcapil.cases.CaseValidationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The intake API's own refusals, asked before the API's generic handler: invalid fields of a
 * request (all of them in {@code errors[]}), a body naming another channel than the key's, an
 * unknown case, a wrong WhatsApp signature, a CSV file without the required columns.
 */
@RestControllerAdvice
@Order(ApiExceptionHandler.FEATURE_ORDER)
class IntakeExceptionHandler {

    private final ApiProblemWriter problems;

    IntakeExceptionHandler(ApiProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CaseValidationException.class)
    ResponseEntity<ProblemDetail> invalid(CaseValidationException e, HttpServletRequest request) {
        return ApiProblemWriter.answer(problems.invalidFields(
                request,
                HttpStatus.BAD_REQUEST,
                "api.error.invalid",
                e.problems().stream()
                        .map(f -> new ApiProblemWriter.FieldError(f.field(), f.messageKey()))
                        .toList()));
    }

    @ExceptionHandler(ChannelMismatchException.class)
    ResponseEntity<ProblemDetail> wrongChannel(ChannelMismatchException e, HttpServletRequest request) {
        return ApiProblemWriter.answer(problems.problem(request, HttpStatus.FORBIDDEN, e.messageKey(), e.args()));
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(CaseNotFoundException e, HttpServletRequest request) {
        return ApiProblemWriter.answer(problems.problem(request, HttpStatus.NOT_FOUND, e.messageKey(), e.args()));
    }

    @ExceptionHandler(InvalidSignatureException.class)
    ResponseEntity<ProblemDetail> badSignature(InvalidSignatureException e, HttpServletRequest request) {
        return ApiProblemWriter.answer(problems.problem(request, HttpStatus.UNAUTHORIZED, "api.error.signature"));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e, HttpServletRequest request) {
        return ApiProblemWriter.answer(problems.problem(request, HttpStatus.BAD_REQUEST, e.messageKey(), e.args()));
    }
}
