package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.api.ApiDocsConfig;
import id.ppu.dukcapil.base.api.ApiParameterException;
import id.ppu.dukcapil.cases.CaseNotFoundException;
import id.ppu.dukcapil.cases.CaseStatusReport;
import id.ppu.dukcapil.cases.Registration;
import id.ppu.dukcapil.security.ApiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Requests of the web portal and the GOPPU app, each authenticated by its channel's API key. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Submit a citizen's request and follow its status")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class CaseApiController {

    /** What a case number can look like (PPU-2026-0001234 and the like); anything else is not looked up. */
    private static final Pattern CASE_NUMBER = Pattern.compile("^[A-Za-z0-9-]{1,40}$");

    private final IntakeService intake;

    CaseApiController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a request", description = """
            Registers a request for the key's channel (scope submit). A request for the same NIK and service as an \
            open case is stored as MERGED into that case (mergedInto). Retrying with the same externalId returns \
            200 and the same case; nothing is stored twice. Bodies over 64 KiB are refused with 413.""")
    @ApiResponse(responseCode = "201", description = "Registered (new case or merged into an open one)")
    @ApiResponse(responseCode = "200", description = "Registered before under this externalId: the same case")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields, all listed in errors[]; nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "No key, or an unknown or revoked key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "403",
            description = "Key without the submit scope, or the body's channel is not the key's",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "413",
            description = "Body larger than 64 KiB",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<CaseReceipt> submit(@RequestBody CaseSubmission submission) {
        Registration r = intake.submit(submission, caller());
        CaseReceipt receipt = CaseReceipt.of(r);
        return r.isNew()
                ? ResponseEntity.created(URI.create("/api/v1/cases/" + r.caseNumber()))
                        .body(receipt)
                : ResponseEntity.ok(receipt);
    }

    @GetMapping(path = "/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Status of a request", description = """
            The status, the channels the case was touched by and the timestamps of its history, without personal \
            data. A submit key sees the cases its channel submitted or touched; a read key sees every case.""")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(
            responseCode = "400",
            description = "Not a case number (letters, digits and dashes, at most 40), or a " + "query parameter",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "404",
            description = "No such case for this key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(hidden = true)))
    CaseStatusReport status(@PathVariable String caseNumber) {
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw new ApiParameterException("caseNumber", "api.error.parameter.caseNumber");
        }
        return intake.statusFor(caseNumber, caller()).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    private static ApiPrincipal caller() {
        return ApiPrincipal.current().orElseThrow(() -> new InsufficientAuthenticationException("API key required"));
    }
}
