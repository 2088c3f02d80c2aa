package id.ppu.dukcapil.outreach;

import id.ppu.dukcapil.base.api.ApiDocsConfig;
import id.ppu.dukcapil.base.api.ApiParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outreach ranking for other tools, with the planner's saved weights or the defaults. */
@RestController
@RequestMapping("/api/v1/outreach")
@Tag(name = "Outreach", description = "The planner's ranking of villages for the next outreach visits")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class OutreachApiController {

    /** Dates outside these years are typing errors; far beyond them the planner's date arithmetic overflows. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final OutreachPlanner planner;

    OutreachApiController(OutreachPlanner planner) {
        this.planner = planner;
    }

    /**
     * Villages in rank order at {@code date} (default: today, WITA); date as YYYY-MM-DD. A date that
     * is none is refused by the API's handler naming the parameter.
     */
    @GetMapping("/priorities")
    @Operation(summary = "Villages in rank order", description = """
            Every village with its score, each factor's raw and scaled value and its category in the 2x2 of Reaching \
            Every District, ranked with the planner's saved weights or the defaults (key scope read). Aggregates only.""")
    @ApiResponse(responseCode = "200", description = "The ranking")
    @ApiResponse(
            responseCode = "400",
            description = "A date that is none or outside 1900-2999, or an unknown parameter",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "401",
            description = "No key, or an unknown or revoked key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(
            responseCode = "403",
            description = "Key without the read scope",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    PrioritiesResponse priorities(
            @Parameter(description = "The day of the ranking, YYYY-MM-DD (default: today, WITA)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new ApiParameterException("date", "api.error.parameter.date");
        }
        LocalDate day = date == null ? planner.today() : date;
        PlannerSettings settings = planner.settings();
        return PrioritiesResponse.of(
                planner.priorities(day, settings.weights(), settings.thresholds(), Set.of()), settings);
    }
}
